/**
 * Name codecs: reading Plex and Jellyfin names into the model, writing them back, translating a
 * whole movie folder from one format to another, and detecting a library's format.
 */
@NullMarked
// The Immutables style of every jellyplex package, the same in each package-info.java (a style
// annotation shared across packages would have to be public API): generated implementations are
// package-private, users see only the abstract value types, their nested Builders and the with*
// methods; only the JDK's source-retention @Generated, so users need no Immutables jar.
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
    defaults = @Value.Immutable(copy = true))
package dev.jellyplex.formats;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

/**
 * Demo libraries: deterministic, plausible Plex or Jellyfin movie trees for trying the tool, tests
 * and benchmarks. Entry point: {@link dev.jellyplex.demo.DemoLibrary}.
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
package dev.jellyplex.demo;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

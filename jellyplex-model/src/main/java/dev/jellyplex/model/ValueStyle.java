package dev.jellyplex.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package, applied in its {@code package-info.java}: generated
 * implementations are package-private, users see only the abstract value types, their nested
 * Builders and the with* methods; only the JDK's source-retention {@code @Generated}, so users need
 * no Immutables jar. Every jellyplex package has the same one. It is a package-private
 * meta-annotation rather than {@code @Value.Style} on the package itself so that the package's
 * class file names no Immutables type: a program compiled against the library sees no "unknown enum
 * constant" warning without the Immutables jar.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
    defaults = @Value.Immutable(copy = true))
@interface ValueStyle {}

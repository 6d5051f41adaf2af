package dev.jellyplex.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of jellyplex.
 *
 * <p>Generated implementations are package-private; users see only the abstract value types, their
 * nested {@code Builder}s and the {@code with*} copy methods they inherit from the generated {@code
 * With*} interfaces. Apply it in a {@code package-info.java}.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    // Only the JDK's source-retention @Generated: users need no Immutables jar at compile time.
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
    defaults = @Value.Immutable(copy = true))
public @interface JellyStyle {}

package dev.jellyplex.model;

import org.immutables.value.Value;

/**
 * A {@code {key-value}} pair seen in a name that has no dedicated meaning, kept for lint mode.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Attribute {
  /** The key as written, e.g. {@code youtube}; never blank. */
  @Value.Parameter
  String key();

  /** The value as written; may be empty. */
  @Value.Parameter
  String value();

  /** Creates an attribute. */
  static Attribute of(String key, String value) {
    return ImmutableAttribute.of(key, value);
  }

  /** Rejects blank keys. */
  @Value.Check
  default void check() {
    Names.requireUsable("attribute key", key());
    Names.requireNoSeparator("attribute value", value());
  }
}

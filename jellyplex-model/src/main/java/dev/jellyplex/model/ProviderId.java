package dev.jellyplex.model;

import org.immutables.value.Value;

/**
 * One provider id of a movie, e.g. {@code imdb tt0075784}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ProviderId {
  /** The provider. */
  @Value.Parameter
  Provider provider();

  /** The id as written, trimmed; never blank. */
  @Value.Parameter
  String value();

  /** Creates an id. */
  static ProviderId of(Provider provider, String value) {
    return ImmutableProviderId.of(provider, value);
  }

  /** Rejects blank values and values that cannot stand in a file name. */
  @Value.Check
  default void check() {
    Names.requireUsable("provider id value", value());
  }
}

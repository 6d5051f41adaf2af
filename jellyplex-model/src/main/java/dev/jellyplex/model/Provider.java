package dev.jellyplex.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A metadata provider whose id both servers can read from a name, in canonical write order.
 *
 * @since 0.1.0
 */
public enum Provider {
  /** IMDb, ids like {@code tt0075784}. */
  IMDB,
  /** TheMovieDB, numeric ids. */
  TMDB,
  /** TheTVDB, numeric ids. */
  TVDB;

  /** Computed once: names ask for keys on a hot path. */
  private final String key = name().toLowerCase(Locale.ROOT);

  /** The lower-case key used in names, e.g. {@code imdb}. */
  public String key() {
    return key;
  }

  /** The provider whose key is {@code key}, ignoring case; empty for any other key. */
  public static Optional<Provider> byKey(String key) {
    for (Provider p : values()) {
      if (p.key().equalsIgnoreCase(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}

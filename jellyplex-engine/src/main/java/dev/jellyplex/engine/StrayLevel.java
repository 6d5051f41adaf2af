package dev.jellyplex.engine;

import java.util.Locale;

/**
 * Where in the target a stray entry was found.
 *
 * @since 0.1.0
 */
public enum StrayLevel {
  /** A top-level entry of the target library. */
  LIBRARY_STRAY,
  /** An entry at the top of a target movie folder. */
  MOVIE_STRAY,
  /** An entry inside a subfolder of a target movie folder. */
  ASSET_STRAY;

  /** The name used in JSON output, e.g. {@code movie_stray}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package dev.jellyplex.engine;

import java.util.Locale;

/**
 * What realizing the plan did (or, in a dry run, would do) to one target entry.
 *
 * @since 0.1.0
 */
public enum Action {
  /** A new file was created. */
  LINK,
  /** An existing name with wrong content was replaced. */
  REPLACE,
  /** The target was already right. */
  SKIP,
  /** A stray was deleted. */
  REMOVE,
  /** A stray that is the same file as a planned source file was renamed into place. */
  RENAME;

  /** The name used in JSON output, e.g. {@code link}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

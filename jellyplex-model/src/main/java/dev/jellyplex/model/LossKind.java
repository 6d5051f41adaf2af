package dev.jellyplex.model;

import java.util.Locale;

/**
 * What kind of thing a target format could not express.
 *
 * @since 0.1.0
 */
public enum LossKind {
  /** A free {@code [...]} label, also on folders. */
  LABEL,
  /** A {@code {key-value}} pair or an id the target cannot hold. */
  ATTRIBUTE,
  /** An extras category the target has no folder for. */
  CATEGORY,
  /** Plex version text kept in a Jellyfin label, where it reads back as an edition. */
  VERSION_TEXT,
  /** Other words a name loses, e.g. after the year. */
  TEXT;

  /** The name used in JSON output, e.g. {@code version_text}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

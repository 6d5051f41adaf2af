package dev.jellyplex.notify;

import java.util.Locale;

/**
 * How a movie folder changed, in the words of Jellyfin's media-update API.
 *
 * @since 0.1.0
 */
public enum ChangeType {
  /** The folder is new. */
  CREATED,
  /** Files in the folder were added, replaced, renamed or removed. */
  MODIFIED,
  /** The folder is gone. */
  DELETED;

  /** The name Jellyfin's API uses, e.g. {@code Created}. */
  public String apiName() {
    String n = name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}

package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;

/**
 * One media server's naming rules: a reader and a writer for movie folder and video names.
 *
 * <p>A new server is one new implementation registered in {@link Formats}; nothing else switches on
 * format names.
 *
 * @since 0.1.0
 */
public interface NamingFormat {
  /** The format's name, e.g. {@code plex}. */
  FormatId id();

  /**
   * How strongly a video file name looks like this format: a positive score is a hint for it, a
   * score of {@link Integer#MAX_VALUE} is conclusive (e.g. a {@code [imdbid-...]} block for
   * Jellyfin), zero says nothing.
   */
  int detectionScore(String videoFileName);
}

package dev.jellyplex.formats;

/**
 * What a file in a movie folder is, which decides how its name is translated.
 *
 * @since 0.1.0
 */
public enum FileRole {
  /** A main-feature video: a version, an edition or a part. Renamed. */
  VIDEO,
  /** A file named after a video ({@code .srt}, {@code .nfo}, {@code -poster.jpg}); follows it. */
  VIDEO_SIDECAR,
  /** Any other non-video file at the top of the movie folder; copied 1:1. */
  SIDECAR,
  /** A video at the top of the movie folder that is an extra ({@code -trailer}); may be renamed. */
  INLINE_EXTRA,
  /** A file inside an extras folder; the folder may be renamed, the file is not. */
  EXTRA,
  /** A file inside any other subfolder; mirrored 1:1 (subtitle folders follow their videos). */
  OTHER
}

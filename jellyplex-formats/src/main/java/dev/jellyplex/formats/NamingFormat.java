package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.Movie;

/**
 * One media server's naming rules: a reader and a writer for movie folder and video names.
 *
 * <p>Sealed: the built-in formats are the only ones, and only through {@link Formats} and {@link
 * LibraryTranslator} do users reach them. A new server is one new permitted implementation
 * registered in {@link Formats}; nothing else switches on format names. Readers never throw,
 * whatever the string; writers produce one path segment.
 */
sealed interface NamingFormat permits FormatBase {
  /** The format's name, e.g. {@code plex}. */
  FormatId id();

  /**
   * How strongly a video file name looks like this format: a positive score is a hint for it, a
   * score of {@link Integer#MAX_VALUE} is conclusive (e.g. a {@code [imdbid-...]} block for
   * Jellyfin), zero says nothing.
   */
  int detectionScore(String videoFileName);

  /** Reads a movie folder name; never throws. */
  FolderReading readFolder(String folderName);

  /** Writes the folder name of a movie (title, year, ids). */
  NameWriting writeFolder(Movie movie);

  /**
   * Reads a main-feature video file name found in a folder; never throws.
   *
   * @param folderName the folder's name as found on disk
   * @param movie the movie read from that folder name
   * @param fileName the video's file name with extension
   */
  VideoReading readVideo(String folderName, Movie movie, String fileName);

  /**
   * Writes a video's file name (with extension) for a movie folder of this format.
   *
   * @param folderName the folder name this format writes for the movie
   * @param video the video
   */
  NameWriting writeVideo(String folderName, Video video);
}

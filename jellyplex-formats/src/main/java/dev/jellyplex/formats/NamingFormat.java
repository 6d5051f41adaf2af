package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.Video;

/**
 * One media server's naming rules: a reader and a writer for movie folder and video names.
 *
 * <p>A new server is one new implementation registered in {@link Formats}; nothing else switches on
 * format names. Readers never throw, whatever the string; writers produce one path segment.
 *
 * <pre>{@code
 * NamingFormat plex = Formats.plex();
 * Movie heat = plex.readFolder("Heat (1995) {imdb-tt0113277}").movie().orElseThrow();
 * Formats.jellyfin().writeFolder(heat).name();  // Heat (1995) [imdbid-tt0113277]
 * }</pre>
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

package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import java.util.List;

/**
 * Translates movie folders from a source format to a target format; pure and thread-safe.
 *
 * <pre>{@code
 * LibraryTranslator t = Formats.translator(FormatId.PLEX, FormatId.JELLYFIN);
 * MovieTranslation m = t.translate("Heat (1995)", List.of("Heat (1995) [1080p].mkv"));
 * m.targetFolder();  // Optional[Heat (1995)]
 * m.files().get(0).target();  // Heat (1995) - BD.mkv
 * }</pre>
 *
 * @since 0.1.0
 */
public interface LibraryTranslator {
  /** The source format. */
  FormatId source();

  /** The target format. */
  FormatId target();

  /**
   * Translates one source movie folder; never throws for any names.
   *
   * @param folderName the folder's own name, e.g. {@code Heat (1995) {imdb-tt0113277}}
   * @param files every regular file below the folder, as a path relative to it, {@code /}-separated
   *     ({@code Heat (1995).mkv}, {@code Trailers/Teaser.mkv}), in any order
   */
  MovieTranslation translate(String folderName, List<String> files);

  /**
   * Reads a loose video file name (for import) into a target folder name and file name.
   *
   * @param fileName a video file name with extension, e.g. {@code Heat (1995) [1080p].mkv}
   * @return the translation of a folder holding just that file: its {@link
   *     MovieTranslation#sourceFolder()} is the folder name the source format gives the movie
   *     (title, year and ids read from the file name), its one file's source is {@code fileName}
   *     without any directory; or a translation whose {@link MovieTranslation#movie()} is empty
   *     (the file listed as ignored) when the name does not read as a movie or is not a video
   */
  MovieTranslation translateLoose(String fileName);
}

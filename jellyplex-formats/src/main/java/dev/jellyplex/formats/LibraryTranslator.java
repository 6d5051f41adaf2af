package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
   * Merges Plex's one-folder-per-edition layout into one target folder (naming contract section 6):
   * source folders that map to one target folder and read as the same movie (title, year, ids) but
   * differ in their folder edition. Each video keeps the edition it inherited, sidecars follow
   * their videos, extras folders merge, and names that then collide get the hash of {@code <source
   * folder>/<path>}; of generic sidecars of one name ({@code poster.jpg}), the one of the folder
   * without an edition is kept and the others are listed as ignored.
   *
   * <pre>{@code
   * t.translateEditionFolders(Map.of(
   *     "Alien (1979)", List.of("Alien (1979).mkv"),
   *     "Alien (1979) {edition-Director's Cut}", List.of("Alien (1979) {edition-Director's Cut}.mkv")));
   * // Alien (1979): Alien (1979).mkv, Alien (1979) - Director's Cut.mkv
   * }</pre>
   *
   * @param folders each source folder's name and its files (as for {@link #translate})
   * @return the merged translation, whose {@link MovieTranslation#sourceFolder()} is the folder
   *     without an edition (else the first by name) and whose file sources are {@code <source
   *     folder>/<path>}; empty when the folders are not such a set (then they are a folder clash)
   */
  Optional<MovieTranslation> translateEditionFolders(Map<String, List<String>> folders);

  /**
   * Translates a folder below the library root and everything in it, classified as the naming
   * contract's section 8 says: a movie folder (one translation, as {@link #translate}), a
   * collection folder (its name kept, its loose files copied as they are, its subfolders classified
   * the same way), a folder of several movies (each movie gets its own folder inside it), or a NAS
   * or system folder ({@code #recycle}, {@code @eaDir}, dot-folders, a folder with a {@code
   * .ignore} file: nothing, never a stray). Never throws for any names.
   *
   * <p>The source and target folders of the translations are paths relative to the library root
   * ({@code Action/Heat (1995)}); file paths stay relative to them. A collection folder's own files
   * come as a translation without a movie whose target folder is the collection's path.
   *
   * <pre>{@code
   * t.translateTree("Alien Anthology", List.of("Alien (1979).mkv", "Aliens (1986).mkv"));
   * // Alien Anthology (its own files), Alien Anthology/Alien (1979), Alien Anthology/Aliens (1986)
   * }</pre>
   *
   * <p>With the empty path, {@code files} are the files at the library root itself: each video
   * there that reads as {@code Title (Year)} becomes a movie folder of its own (with the files
   * whose names start with its {@code Title (Year)}), and every other file is ignored; the
   * translation that lists them has no target folder.
   *
   * @param path the folder's path relative to the library root, {@code /}-separated; empty for the
   *     library root
   * @param files every regular file below it, relative to it, {@code /}-separated
   */
  List<MovieTranslation> translateTree(String path, List<String> files);

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

  /**
   * Reads a loose video file name (for import) together with the files that go with it (naming
   * contract 8.1): sidecars that share its stem ({@code
   * The.Matrix.1999.1080p.BluRay.x264-GRP.en.srt}) are renamed with it, other companions ({@code
   * Subs/English.srt} of a release folder) are placed as the target format places a movie folder's
   * files (next to the video for Jellyfin, in {@code Subs} for Plex).
   *
   * <pre>{@code
   * t.translateLoose("The.Matrix.1999.1080p.BluRay.x264-GRP.mkv",
   *     List.of("The.Matrix.1999.1080p.BluRay.x264-GRP.en.srt", "Subs/English.srt"));
   * }</pre>
   *
   * @param fileName the video file name, as for {@link #translateLoose(String)}
   * @param companions the files that go with the video, relative to the video's folder, {@code
   *     /}-separated
   * @return as {@link #translateLoose(String)}, with a mapping for each companion whose source is
   *     the companion as given (a companion the target format does not mirror is listed as ignored)
   * @since 0.1.0
   */
  MovieTranslation translateLoose(String fileName, List<String> companions);
}

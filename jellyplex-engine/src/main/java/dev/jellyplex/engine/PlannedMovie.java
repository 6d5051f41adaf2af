package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.model.Movie;
import java.util.List;
import org.immutables.value.Value;

/**
 * One movie of a plan: its source folder, its target folder and every file mapping.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface PlannedMovie {
  /**
   * The source folder the file sources are relative to, as a {@code /}-separated path relative to
   * the source root: the movie's own folder ({@code Heat (1995)}, {@code Action/Heat (1995)}), or
   * the folder holding its files when it has none of its own: a folder of several movies ({@code
   * Alien Anthology}), the library root ({@code ""}) for a video there, the folder holding merged
   * edition folders.
   */
  String sourceFolder();

  /**
   * The target folder, as a {@code /}-separated path relative to the target root ({@code
   * Action/Heat (1995)} inside a collection folder).
   */
  String targetFolder();

  /**
   * For Plex edition folders merged into this one movie (naming contract 6), every one of them as a
   * path relative to the source root, the folder without an edition first; empty otherwise.
   *
   * @since 0.1.0
   */
  List<String> mergedFolders();

  /**
   * The movie's source as a person names it: its source folder, the merged edition folders joined
   * by {@code " + "}, or, for a movie without a folder of its own, its first video's path.
   *
   * @since 0.1.0
   */
  default String sourceName() {
    if (!mergedFolders().isEmpty()) {
      return String.join(" + ", mergedFolders());
    }
    String own = Scanner.lastSegment(targetFolder());
    if (!sourceFolder().isEmpty() && !targetFolder().equals(sourceFolder() + "/" + own)) {
      return sourceFolder();
    }
    for (FileMapping f : files()) {
      if (f.role() == dev.jellyplex.formats.FileRole.VIDEO) {
        return sourceFolder().isEmpty() ? f.source() : sourceFolder() + "/" + f.source();
      }
    }
    return sourceFolder();
  }

  /** The movie read from the source folder name. */
  Movie movie();

  /** Every file to materialize, sorted by target path. */
  List<FileMapping> files();
}

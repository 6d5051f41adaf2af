package dev.jellyplex.formats;

import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files of one movie folder sorted by what they are (naming contract, section 4): main videos,
 * inline extras, top-level files that may follow a video, files of a subtitles folder; extras
 * folders and other subfolders are mapped at once, hidden and unusable names left out.
 */
final class FolderContents {
  private static final String PLEX_VERSIONS = "Plex Versions";

  /** Main-feature videos at the top of the folder, sorted. */
  final List<String> videos = new ArrayList<>();

  /** Inline extras ({@code -trailer}, ...) at the top of the folder, sorted. */
  final List<String> inlineExtras = new ArrayList<>();

  /** Other files at the top of the folder: sidecars of a video or generic ones. */
  final List<String> topFiles = new ArrayList<>();

  /** What the target's spelling of the extras folders loses (a category it has no folder for). */
  final List<TranslationLoss> folderLosses = new ArrayList<>();

  /** Files directly in a {@code subs}/{@code subtitles} folder that are not videos. */
  final List<String> subtitleFolderFiles = new ArrayList<>();

  private FolderContents() {}

  /**
   * Sorts {@code files} of the folder of {@code movie}; extras folders get the {@code target}
   * format's spelling, other subfolders are mirrored, both straight into {@code out}.
   */
  static FolderContents classify(
      List<String> files, Movie movie, FormatBase target, FolderOutput out) {
    FolderContents c = new FolderContents();
    for (String path : sortedDistinct(files)) {
      // most files sit in the folder itself: no need to split those
      String[] segments = path.indexOf('/') < 0 ? new String[] {path} : path.split("/", -1);
      if (hidden(segments)) {
        continue;
      }
      if (path.indexOf('\0') >= 0) {
        out.ignore(path, "not a valid file name");
        continue;
      }
      if (segments.length > 1 && segments[0].equals(PLEX_VERSIONS)) {
        out.ignore(PLEX_VERSIONS, "Plex's own optimized copies");
        continue;
      }
      if (segments.length == 1) {
        if (!Formats.isVideoFileName(path)) {
          c.topFiles.add(path);
        } else if (InlineExtras.match(FileNames.stem(path)).isPresent()
            && !namedAfterMovie(out.folder, FileNames.stem(path), movie)) {
          c.inlineExtras.add(path);
        } else {
          c.videos.add(path);
        }
        continue;
      }
      String top = segments[0];
      String rest = path.substring(top.length());
      Optional<ExtrasCategory> category = ExtrasCategory.of(top);
      if (category.isPresent()) {
        String targetTop = target.extrasFolder(category.get(), top, c.folderLosses);
        out.mappings.add(FileMapping.of(path, targetTop + rest, FileRole.EXTRA));
      } else if (segments.length == 2
          && (top.equalsIgnoreCase("subs") || top.equalsIgnoreCase("subtitles"))
          && !Formats.isVideoFileName(segments[1])) {
        c.subtitleFolderFiles.add(path);
      } else {
        out.mappings.add(FileMapping.of(path, path, FileRole.OTHER));
      }
    }
    return c;
  }

  /** The files in {@code TreeSet} order, each once: sorting an array is cheaper for a few. */
  private static List<String> sortedDistinct(List<String> files) {
    String[] sorted = files.toArray(new String[0]);
    Arrays.sort(sorted);
    List<String> distinct = new ArrayList<>(sorted.length);
    for (String f : sorted) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(f)) {
        distinct.add(f);
      }
    }
    return distinct;
  }

  /** A video named exactly like the folder or the movie is the movie, whatever its suffix. */
  private static boolean namedAfterMovie(String folder, String stem, Movie movie) {
    if (stem.equalsIgnoreCase(folder)) {
      return true;
    }
    for (String prefix : FormatBase.moviePrefixes(movie)) {
      if (stem.equalsIgnoreCase(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(String[] segments) {
    for (String s : segments) {
      if (s.isEmpty() || s.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}

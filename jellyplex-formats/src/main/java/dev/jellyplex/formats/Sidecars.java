package dev.jellyplex.formats;

import dev.jellyplex.formats.FolderOutput.StemTarget;
import dev.jellyplex.model.Movie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Places the files that are not videos: sidecars follow the video whose stem they start with
 * (naming contract, section 4), the rest keeps its name; then names taken twice are resolved.
 */
final class Sidecars {
  private Sidecars() {}

  /** Subtitle and audio extensions: the sidecars Jellyfin reads only next to their video. */
  private static final Set<String> SUBTITLES_AND_AUDIO =
      Set.of(
          ".ass", ".mks", ".sami", ".smi", ".srt", ".ssa", ".sub", ".sup", ".vtt", ".idx", ".aac",
          ".ac3", ".dts", ".eac3", ".flac", ".m4a", ".mka", ".mp3", ".ogg", ".opus", ".wav",
          ".wma");

  /** Whether a file name has a subtitle or audio extension (any case). */
  static boolean isSubtitleOrAudio(String fileName) {
    String extension = FileNames.extension(fileName);
    return !extension.isEmpty() && SUBTITLES_AND_AUDIO.contains(extension.toLowerCase(Locale.ROOT));
  }

  /**
   * Maps the top-level files and the subtitle folder's files of {@code contents}. In a target that
   * reads subtitles only next to the video (Jellyfin), those of a {@code Subs} folder are placed
   * next to it, and one named after the movie goes with every main video of the default edition.
   */
  static void place(
      FolderContents contents,
      VideoNaming naming,
      Movie movie,
      FormatBase target,
      FolderOutput out) {
    Map<String, StemTarget> stems = naming.stems;
    boolean nextToVideo = target.readsSubtitlesOnlyNextToVideo();
    List<StemTarget> cut = nextToVideo ? naming.defaultEditionVideos(movie) : List.of();
    for (String path : contents.topFiles) {
      String stem = bestStem(path, stems);
      if (stem != null) {
        follow(path, "", path, stem, stems.get(stem), FileRole.VIDEO_SIDECAR, out);
        continue;
      }
      String rest =
          nextToVideo && isSubtitleOrAudio(path) ? afterMovieName(path, out, movie) : null;
      if (rest != null && !cut.isEmpty()) {
        for (StemTarget video : cut) {
          out.mappings.add(mapping(path, video.stem() + rest, video, FileRole.VIDEO_SIDECAR));
        }
      } else {
        out.mappings.add(FileMapping.of(path, path, FileRole.SIDECAR));
      }
    }
    Set<String> taken = new HashSet<>();
    for (FileMapping m : out.mappings) {
      taken.add(key(m.target()));
    }
    for (String path : contents.subtitleFolderFiles) {
      int slash = path.indexOf('/');
      String dir = path.substring(0, slash + 1);
      String fileName = path.substring(slash + 1);
      String stem = bestStem(fileName, stems);
      if (!nextToVideo || !isSubtitleOrAudio(fileName)) {
        if (stem == null) {
          out.mappings.add(FileMapping.of(path, path, FileRole.OTHER));
        } else {
          follow(path, dir, fileName, stem, stems.get(stem), FileRole.OTHER, out);
        }
        continue;
      }
      List<FileMapping> placed = new ArrayList<>();
      String rest = afterMovieName(fileName, out, movie);
      if (stem != null) {
        StemTarget video = stems.get(stem);
        if (video == null || video.stem() == null) {
          out.ignore(path, "follows a video in an unresolved clash");
          continue;
        }
        placed.add(
            mapping(
                path,
                video.stem() + fileName.substring(stem.length()),
                video,
                FileRole.VIDEO_SIDECAR));
      } else {
        for (StemTarget video : cut) {
          String name = video.stem() + (rest != null ? rest : "." + fileName);
          placed.add(mapping(path, name, video, FileRole.VIDEO_SIDECAR));
        }
      }
      for (FileMapping m : placed) {
        if (taken.add(key(m.target()))) {
          out.mappings.add(m);
        } else {
          out.ignore(path, "same name next to the video");
        }
      }
    }
  }

  /**
   * What follows the movie's name in {@code fileName} when the file is named after the movie (the
   * source folder's name or the movie's {@code Title (Year)}, then a dot), starting with the dot;
   * null otherwise.
   */
  private static @Nullable String afterMovieName(String fileName, FolderOutput out, Movie movie) {
    if (fileName.startsWith(out.folder + ".")) {
      return fileName.substring(out.folder.length());
    }
    if (movie.year().isPresent()) {
      String titleYear = movie.title() + " (" + movie.year().getAsInt() + ")";
      if (fileName.startsWith(titleYear + ".")) {
        return fileName.substring(titleYear.length());
      }
    }
    return null;
  }

  private static FileMapping mapping(String path, String target, StemTarget video, FileRole role) {
    FileMapping.Builder m = FileMapping.builder().source(path).target(target).role(role);
    if (video.disambiguation() != null) {
      m.disambiguation(video.disambiguation());
    }
    return m.build();
  }

  /** The longest video stem {@code fileName} starts with, followed by {@code .} or {@code -}. */
  private static @Nullable String bestStem(String fileName, Map<String, StemTarget> stems) {
    String best = null;
    for (String stem : stems.keySet()) {
      if (fileName.length() > stem.length()
          && fileName.startsWith(stem)
          && (fileName.charAt(stem.length()) == '.' || fileName.charAt(stem.length()) == '-')
          && (best == null || stem.length() > best.length())) {
        best = stem;
      }
    }
    return best;
  }

  /** Maps a file named after a video: it follows the video's new stem. */
  private static void follow(
      String path,
      String dir,
      String fileName,
      String stem,
      @Nullable StemTarget video,
      FileRole role,
      FolderOutput out) {
    if (video == null || video.stem() == null) {
      out.ignore(path, "follows a video in an unresolved clash");
      return;
    }
    out.mappings.add(
        mapping(path, dir + video.stem() + fileName.substring(stem.length()), video, role));
  }

  /**
   * {@code name} with {@code targetFolder} in place of a leading {@code sourceFolder} (followed by
   * something that is not a letter or digit, or nothing), else {@code name} itself.
   */
  static String withFolderPrefix(String name, String sourceFolder, String targetFolder) {
    if (sourceFolder.equals(targetFolder)
        || !name.startsWith(sourceFolder)
        || !Text.boundary(name, sourceFolder.length())) {
      return name;
    }
    return targetFolder + name.substring(sourceFolder.length());
  }

  /**
   * Files of extras folders whose name starts with the source folder's name get the target folder's
   * name in its place, as inline extras do (no foreign id blocks in the target).
   */
  static void renameExtrasNamedAfterFolder(
      String sourceFolder, String targetFolder, FolderOutput out) {
    if (sourceFolder.equals(targetFolder)) {
      return;
    }
    List<FileMapping> mappings = out.mappings;
    for (int i = 0; i < mappings.size(); i++) {
      FileMapping m = mappings.get(i);
      if (m.role() != FileRole.EXTRA) {
        continue;
      }
      String t = m.target();
      int slash = t.lastIndexOf('/');
      String file = t.substring(slash + 1);
      String renamed = withFolderPrefix(file, sourceFolder, targetFolder);
      if (!renamed.equals(file)) {
        mappings.set(i, FileMapping.of(m.source(), t.substring(0, slash + 1) + renamed, m.role()));
      }
    }
  }

  /**
   * The mappings sorted by target: extras folders that merge (two sources, one target) may bring
   * one file name twice, and each then gets a hash of its source path; anything still taken twice
   * is kept once and reported.
   */
  static List<FileMapping> resolveCollisions(FolderOutput out) {
    List<FileMapping> mappings = out.mappings;
    int n = mappings.size();
    String[] keys = new String[n];
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < n; i++) {
      keys[i] = key(mappings.get(i).target());
      distinct.add(keys[i]);
    }
    if (distinct.size() == n) {
      // The usual case: every target is taken once, so nothing is renamed or left out, and the
      // order by target then source is total (no two targets are equal).
      List<FileMapping> files = new ArrayList<>(mappings);
      files.sort(BY_TARGET_THEN_SOURCE);
      return files;
    }
    Map<String, List<Integer>> byTarget = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byTarget.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> group : byTarget.values()) {
      if (group.size() < 2) {
        continue;
      }
      for (int i : group) {
        FileMapping m = mappings.get(i);
        if (m.role() == FileRole.EXTRA || m.role() == FileRole.OTHER) {
          String hash = FileNames.hash(m.source());
          String t = m.target();
          int slash = t.lastIndexOf('/');
          String file = t.substring(slash + 1);
          String stem = FileNames.stem(file);
          String renamed =
              t.substring(0, slash + 1) + stem + " [" + hash + "]" + file.substring(stem.length());
          mappings.set(
              i, FileMapping.builder().from(m).target(renamed).disambiguation(hash).build());
        }
      }
    }
    List<FileMapping> sorted = new ArrayList<>(mappings);
    sorted.sort(Comparator.comparing(FileMapping::source));
    Map<String, FileMapping> kept = new LinkedHashMap<>();
    for (FileMapping m : sorted) {
      FileMapping first = kept.putIfAbsent(key(m.target()), m);
      if (first != null) {
        out.ignore(m.source(), "its target name is taken by " + first.source());
      }
    }
    List<FileMapping> files = new ArrayList<>(kept.values());
    files.sort(BY_TARGET_THEN_SOURCE);
    return files;
  }

  private static final Comparator<FileMapping> BY_TARGET_THEN_SOURCE =
      Comparator.comparing(FileMapping::target).thenComparing(FileMapping::source);

  private static String key(String target) {
    return target.toLowerCase(Locale.ROOT);
  }
}

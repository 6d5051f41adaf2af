package dev.jellyplex.formats;

import dev.jellyplex.formats.FolderOutput.StemTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places the files that are not videos: sidecars follow the video whose stem they start with
 * (naming contract, section 4), the rest keeps its name; then names taken twice are resolved.
 */
final class Sidecars {
  private Sidecars() {}

  /** Maps the top-level files and the subtitle folder's files of {@code contents}. */
  static void place(FolderContents contents, Map<String, StemTarget> stems, FolderOutput out) {
    for (String path : contents.topFiles) {
      follow(path, "", path, stems, FileRole.VIDEO_SIDECAR, FileRole.SIDECAR, out);
    }
    for (String path : contents.subtitleFolderFiles) {
      int slash = path.indexOf('/');
      follow(
          path,
          path.substring(0, slash + 1),
          path.substring(slash + 1),
          stems,
          FileRole.OTHER,
          FileRole.OTHER,
          out);
    }
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

  /** Maps a file that may be named after a video: it follows the longest matching stem. */
  private static void follow(
      String path,
      String dir,
      String fileName,
      Map<String, StemTarget> stems,
      FileRole following,
      FileRole alone,
      FolderOutput out) {
    String best = null;
    for (String stem : stems.keySet()) {
      if (fileName.length() > stem.length()
          && fileName.startsWith(stem)
          && (fileName.charAt(stem.length()) == '.' || fileName.charAt(stem.length()) == '-')
          && (best == null || stem.length() > best.length())) {
        best = stem;
      }
    }
    if (best == null) {
      out.mappings.add(FileMapping.of(path, path, alone));
      return;
    }
    StemTarget t = stems.get(best);
    if (t == null || t.stem() == null) {
      out.ignore(path, "follows a video in an unresolved clash");
      return;
    }
    FileMapping.Builder m =
        FileMapping.builder()
            .source(path)
            .target(dir + t.stem() + fileName.substring(best.length()))
            .role(following);
    if (t.disambiguation() != null) {
      m.disambiguation(t.disambiguation());
    }
    out.mappings.add(m.build());
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

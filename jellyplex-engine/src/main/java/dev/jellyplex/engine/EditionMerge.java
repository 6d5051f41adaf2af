package dev.jellyplex.engine;

import dev.jellyplex.formats.LibraryTranslator;
import dev.jellyplex.formats.MovieTranslation;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.VideoClash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Source folders of one target folder that are Plex edition folders of one movie (naming contract
 * 6), merged by the name codecs into one movie whose file sources are relative to the folder that
 * holds them all.
 *
 * @param translation the merged movie: its source folder is the folder holding the edition folders
 *     (a path relative to the source root, {@code ""} for the root), its file sources {@code
 *     <edition folder>/<path>}
 * @param folders the edition folders, relative to the source root, the one without an edition first
 */
record EditionMerge(MovieTranslation translation, List<String> folders) {

  /**
   * The merge of {@code placed} (translations of one target folder), or null when they are not
   * edition folders of one movie, all in one folder (then they are a folder clash).
   */
  static @Nullable EditionMerge of(LibraryTranslator translator, List<Planner.Placed> placed) {
    String parent = null;
    Map<String, List<String>> byName = new TreeMap<>();
    for (Planner.Placed p : placed) {
      MovieTranslation t = p.translation();
      String folder = t.sourceFolder();
      String target = t.targetFolder().orElse("");
      String up = Scanner.parent(folder);
      // only movie folders of their own: not a movie of a folder of several, nor one at the root
      if (folder.isEmpty()
          || target.startsWith(folder + "/")
          || !up.equals(Scanner.parent(target))) {
        return null;
      }
      if (parent != null && !parent.equals(up)) {
        return null;
      }
      parent = up;
      byName.put(Scanner.lastSegment(folder), filesOf(p.folder(), folder));
    }
    if (parent == null) {
      return null;
    }
    Optional<MovieTranslation> merged = translator.translateEditionFolders(byName);
    if (merged.isEmpty()) {
      return null;
    }
    MovieTranslation m = merged.get();
    String prefix = parent.isEmpty() ? "" : parent + "/";
    List<String> folders = new ArrayList<>();
    folders.add(prefix + m.sourceFolder());
    for (String name : byName.keySet()) {
      if (!name.equals(m.sourceFolder())) {
        folders.add(prefix + name);
      }
    }
    MovieTranslation.Builder out =
        MovieTranslation.builder()
            .from(m)
            .sourceFolder(parent)
            .ignored(List.of())
            .clashes(List.of());
    for (IgnoredEntry e : m.ignored()) {
      out.addIgnored(IgnoredEntry.of(prefix + e.relativePath(), e.reason()));
    }
    for (VideoClash c : m.clashes()) {
      out.addClashes(
          VideoClash.of(prefix + c.movieFolder(), c.targetFileName(), c.sourceFileNames()));
    }
    return new EditionMerge(out.build(), List.copyOf(folders));
  }

  /** The files of the source folder {@code path}, listed as part of {@code listed}. */
  private static List<String> filesOf(Discovery.SourceFolder listed, String path) {
    if (path.equals(listed.name())) {
      return listed.files().names();
    }
    String prefix = path.substring(listed.name().length() + 1) + "/";
    List<String> out = new ArrayList<>();
    for (String f : listed.files().names()) {
      if (f.startsWith(prefix)) {
        out.add(f.substring(prefix.length()));
      }
    }
    return out;
  }
}

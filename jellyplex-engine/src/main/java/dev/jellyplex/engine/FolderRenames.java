package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds renamed movie folders: a stray folder at the target's root whose files are the same files
 * (device and inode) as those of a planned movie whose folder does not exist yet is that movie's
 * folder under an old name (a renamed source folder, a naming rule change). Renaming it keeps the
 * media server's item (and its watch state) and deletes nothing. Reads only; the stray folders are
 * walked only when some planned movie folder is missing.
 */
final class FolderRenames {
  private FolderRenames() {}

  private static int slashes(String path) {
    int n = 0;
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * The stray folder to rename, by the planned movie folder it becomes; empty when there is none.
   *
   * @param names the root names a partial run may look at; null for all
   * @param keep a kept folder is never renamed
   */
  static Map<String, String> find(
      Plan plan,
      FileTable root,
      TargetDirs targetDirs,
      Discovery.SourceAttributes sourceCache,
      @Nullable Set<String> names,
      KeepRules keep)
      throws IOException {
    List<PlannedMovie> missing = new ArrayList<>();
    Set<String> known = new HashSet<>();
    plan.protectedTargetFolders().forEach(p -> known.add(Scanner.firstSegment(p)));
    plan.folderClashes().forEach(c -> known.add(Scanner.firstSegment(c.targetFolder())));
    plan.collections().keySet().forEach(path -> known.add(Scanner.firstSegment(path)));
    for (PlannedMovie m : plan.movies()) {
      known.add(Scanner.firstSegment(m.targetFolder()));
      if (targetDirs.entry(m.targetFolder()) == null) {
        missing.add(m);
      }
    }
    if (missing.isEmpty()) {
      return Map.of();
    }
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      String name = root.name(i);
      if (root.entry(i).isDirectory()
          && !Scanner.isHiddenOrSystem(name)
          && !known.contains(name)
          && (names == null || names.contains(name))
          && !keep.covers(name, true)) {
        candidates.add(name);
      }
    }
    if (candidates.isEmpty()) {
      return Map.of();
    }
    Path target = plan.target();
    // A mount point inside the target is never renamed (nor entered nor removed): rename(2) would
    // refuse it anyway, and what is mounted there is not the mirror's.
    Set<String> mounts = TreeRemover.mountPointsUnder(target.toRealPath());
    if (!mounts.isEmpty()) {
      Path real = target.toRealPath();
      candidates.removeIf(c -> mounts.contains(real.resolve(c).toString()));
      if (candidates.isEmpty()) {
        return Map.of();
      }
    }
    // The files of each candidate, by file key.
    List<FileTable> listed =
        Parallel.map(
            candidates,
            c -> {
              try {
                return Scanner.walk(target.resolve(c));
              } catch (IOException e) {
                return FileTable.EMPTY; // unreadable: not renamed; reported as a stray
              }
            });
    Map<Object, String> strayOf = new HashMap<>();
    // where in the stray each file is: a collection folder holding the movie one level deeper is
    // not the movie's folder under an old name
    Map<Object, Integer> depthOf = new HashMap<>();
    Map<String, Integer> filesOf = new HashMap<>();
    for (int c = 0; c < candidates.size(); c++) {
      FileTable files = listed.get(c);
      int n = 0;
      for (int i = 0; i < files.size(); i++) {
        Entry e = files.entry(i);
        if (e.isFile() && !Scanner.hasHiddenOrSystemSegment(files.name(i))) {
          n++;
          if (e.key() != null && strayOf.putIfAbsent(e.key(), candidates.get(c)) == null) {
            depthOf.put(e.key(), slashes(files.name(i)));
          }
        }
      }
      filesOf.put(candidates.get(c), n);
    }
    Map<String, String> renames = new HashMap<>();
    Set<String> claimed = new HashSet<>();
    for (PlannedMovie movie : missing) {
      Map<String, Integer> matches = new HashMap<>();
      MovieDirs dirs = MovieDirs.of(plan, movie);
      for (FileMapping f : movie.files()) {
        Entry s = sourceCache.get(movie.sourceFolder(), f.source());
        if (s == null) {
          try {
            s = Entry.read(dirs.source(f.source()));
          } catch (IOException e) {
            continue;
          }
        }
        String stray = s.key() == null ? null : strayOf.get(s.key());
        if (stray != null
            && !claimed.contains(stray)
            && depthOf.getOrDefault(s.key(), -1) == slashes(f.target())) {
          matches.merge(stray, 1, Integer::sum);
        }
      }
      String best = null;
      int bestCount = 0;
      for (var e : matches.entrySet()) {
        if (e.getValue() > bestCount
            || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      // most of the stray's files are this movie's: it is the movie's folder under an old name
      if (best != null && bestCount * 2 > filesOf.getOrDefault(best, 0)) {
        renames.put(movie.targetFolder(), best);
        claimed.add(best);
      }
    }
    return renames;
  }
}

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
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Works out the operations of one movie folder of a sync from its plan and what the target holds
 * there: skip, link or copy, replace, rename (a stray that is the same file as a planned source
 * file), remove (strays, and things in the way). Reads only (the source's attributes when discovery
 * did not keep them, and the case rule's probes); may run on any thread.
 */
final class MovieReconciler {
  private final Plan plan;
  private final Materializer materializer;
  private final boolean delete;
  private final Discovery.SourceAttributes sourceCache;
  private final KeepRules keep;

  MovieReconciler(
      Plan plan,
      Materializer materializer,
      boolean delete,
      Discovery.SourceAttributes sourceCache,
      KeepRules keep) {
    this.plan = plan;
    this.materializer = materializer;
    this.delete = delete;
    this.sourceCache = sourceCache;
    this.keep = keep;
  }

  /** Records the stray {@code relative} (to the library) and, with delete, its removal. */
  private void stray(
      FolderWork.Builder w, String relative, String op, StrayLevel level, int files) {
    w.stray(relative);
    if (delete) {
      w.operation(Operation.remove(op, level, files));
    }
  }

  FolderWork reconcile(TargetReader.MovieScan scan) {
    return reconcile(scan, null);
  }

  /**
   * Reconciles one movie; with {@code renamedFrom}, {@code scan} is of that stray folder (at the
   * library root), which is first renamed to the movie's folder name.
   */
  FolderWork reconcile(TargetReader.MovieScan scan, @Nullable String renamedFrom) {
    PlannedMovie movie = scan.movie();
    Entry rootEntry = scan.rootEntry();
    MovieDirs dirs = MovieDirs.of(plan, movie);
    FolderWork.Builder w = new FolderWork.Builder(movie, dirs, plan.target());
    w.folder(rootEntry != null && rootEntry.isDirectory(), rootEntry == null);
    if (renamedFrom != null && scan.error() == null) {
      w.operation(Operation.renameFolder(renamedFrom));
    }
    String folder = movie.targetFolder();
    Path dir = dirs.targetDir();
    FileTable existing = scan.existing();
    String scanError = scan.error();
    if (scanError != null) {
      w.error(FileError.of(FileError.Kind.UNREADABLE, dir, scanError));
      return w.build();
    }
    if (rootEntry != null && !rootEntry.isDirectory()) {
      // a file or a link where the movie folder belongs
      boolean kept = keep.covers(folder, false);
      if (kept) {
        w.kept(folder);
      } else {
        stray(w, folder, "", StrayLevel.LIBRARY_STRAY, 1);
      }
      if (!delete || kept) {
        w.error(
            FileError.of(
                FileError.Kind.IN_THE_WAY,
                dir,
                kept
                    ? "something that is not a folder is in the way and kept by withKeep(...)"
                    : "something that is not a folder is in the way; rerun withDelete(true)"));
        return w.build();
      }
    }

    int seen = 0;
    for (int i = 0; i < existing.size(); i++) {
      if (!existing.entry(i).isDirectory()) {
        seen++;
      }
    }
    w.filesSeen(seen);
    List<FileMapping> planned = byTarget(movie.files());
    Set<String> requiredDirs = new HashSet<>();
    for (FileMapping f : planned) {
      for (String p = Scanner.parent(f.target()); !p.isEmpty(); p = Scanner.parent(p)) {
        requiredDirs.add(p);
      }
    }

    // Classify what the target folder holds, in sorted order, each entry once.
    Set<String> visibleDirs = new HashSet<>();
    List<String> blockers = new ArrayList<>();
    List<String> topStrays = new ArrayList<>();
    for (int i = 0; i < existing.size(); i++) {
      String rel = existing.name(i);
      Entry entry = existing.entry(i);
      String parent = Scanner.parent(rel);
      if (!parent.isEmpty() && !visibleDirs.contains(parent)) {
        continue; // inside a stray folder or a blocker
      }
      String name = Scanner.lastSegment(rel);
      if (name.startsWith(Scanner.TEMP_PREFIX)) {
        w.temp(Scanner.resolve(dir, rel));
      } else if (Scanner.isHiddenOrSystem(name)) {
        // hidden and NAS system entries are left alone
      } else if (isPlanned(planned, rel)) {
        if (entry.isDirectory() || entry.kind() == Entry.Kind.OTHER) {
          blockers.add(rel);
        }
      } else if (requiredDirs.contains(rel)) {
        if (entry.isDirectory()) {
          visibleDirs.add(rel);
        } else {
          blockers.add(rel);
        }
      } else {
        topStrays.add(rel);
      }
    }

    List<String> kept = List.of();
    if (!topStrays.isEmpty() && !keep.isEmpty()) {
      kept = new ArrayList<>();
      List<String> strays = new ArrayList<>();
      keep.sort(folder + "/", existing, topStrays, planned, kept, strays);
      topStrays = strays;
      kept.forEach(k -> w.kept(folder + "/" + k));
    }

    // Files that are the same as a planned source file can be renamed into place (hardlinks).
    Map<Object, String> renameCandidates = new HashMap<>();
    if (materializer == Materializer.HARDLINK) {
      for (int i = 0; i < existing.size(); i++) {
        String rel = existing.name(i);
        Object key = existing.entry(i).key();
        if (existing.entry(i).isFile()
            && key != null
            && !isPlanned(planned, rel)
            && !Scanner.hasHiddenOrSystemSegment(rel)
            && !under(rel, blockers)
            && !under(rel, kept)) {
          renameCandidates.putIfAbsent(key, rel);
        }
      }
    }

    List<Operation> removesFirst = new ArrayList<>();
    Set<String> keptBlockers = Set.of();
    for (String b : blockers) {
      Entry blocking = existing.get(b);
      if (keep.covers(folder + "/" + b, blocking != null && blocking.isDirectory())) {
        w.kept(folder + "/" + b);
        keptBlockers = keptBlockers.isEmpty() ? new HashSet<>() : keptBlockers;
        keptBlockers.add(b);
        continue;
      }
      w.stray(folder + "/" + b);
      if (delete) {
        removesFirst.add(Operation.remove(b, level(b), filesIn(existing, b)));
      }
    }
    Map<String, List<String>> existingByLowerCase = null; // built on the first missing name
    List<Operation> renames = new ArrayList<>();
    OperationList files = new OperationList(planned.size());
    Set<String> consumed = new HashSet<>();
    for (FileMapping f : planned) {
      String rel = f.target();
      String srcRel = f.source();
      Entry s;
      try {
        s = sourceEntry(dirs, srcRel);
      } catch (IOException ex) {
        w.error(FileError.of(FileError.Kind.UNREADABLE, dirs.source(srcRel), Errors.reason(ex)));
        continue;
      }
      if (!s.isFile()) {
        w.error(
            FileError.of(
                FileError.Kind.UNREADABLE, dirs.source(srcRel), "not a regular file any more"));
        continue;
      }
      String blocker = blockerOf(rel, blockers);
      if (blocker != null && (!delete || keptBlockers.contains(blocker))) {
        w.error(
            FileError.of(
                FileError.Kind.IN_THE_WAY,
                dirs.target(rel),
                "cannot write: "
                    + Scanner.resolve(dir, blocker)
                    + (keptBlockers.contains(blocker)
                        ? " is in the way and kept by withKeep(...)"
                        : " is in the way; rerun withDelete(true)")));
        continue;
      }
      Entry t = blocker == null ? existing.get(rel) : null;
      if (t == null && blocker == null && !existing.isEmpty()) {
        if (existingByLowerCase == null) {
          existingByLowerCase = TargetReader.byLowerCase(existing.names());
        }
        t = TargetReader.caseVariant(existing, existingByLowerCase, rel, dir);
      }
      String candidate = t != null || s.key() == null ? null : renameCandidates.get(s.key());
      if (candidate != null && consumed.add(candidate)) {
        renames.add(Operation.rename(rel, srcRel, s, candidate));
      } else if (t != null
          && !t.alreadyRight(s, materializer)
          && keep.covers(folder + "/" + rel, false)) {
        w.kept(folder + "/" + rel); // never replaced
        files.append(Operation.Kind.SKIP, f);
      } else {
        files.appendFor(f, s, t, materializer);
      }
    }
    List<Operation> removesLast = new ArrayList<>();
    Map<String, List<String>> plannedByLowerCase = null; // built on the first stray
    for (String rel : topStrays) {
      if (consumed.contains(rel)) {
        continue; // renamed into place: not a stray any more
      }
      if (plannedByLowerCase == null) {
        plannedByLowerCase =
            TargetReader.byLowerCase(planned.stream().map(FileMapping::target).toList());
        plannedByLowerCase.putAll(TargetReader.byLowerCase(requiredDirs));
      }
      if (TargetReader.aliasOfPlanned(dir, rel, plannedByLowerCase)) {
        continue; // a case-insensitive target: this is the planned entry under another case
      }
      w.stray(folder + "/" + rel);
      if (delete) {
        removesLast.add(Operation.remove(rel, level(rel), filesIn(existing, rel)));
      }
    }
    if (!movie.sourceFolder().isEmpty()
        && movie.sourceFolder().indexOf('/') < 0
        && folder.indexOf('/') < 0) {
      // every operation of the movie has its entry now (a listed folder of its own)
      sourceCache.release(movie.sourceFolder());
    }
    List<Operation> before = w.operations();
    int n =
        before.size() + removesFirst.size() + renames.size() + files.size() + removesLast.size();
    if (n == files.size()) {
      w.operations(files); // the common case: one operation per planned file, nothing else
    } else {
      OperationList ops = new OperationList(n);
      before.forEach(ops::append);
      removesFirst.forEach(ops::append);
      renames.forEach(ops::append);
      ops.appendAll(files);
      removesLast.forEach(ops::append);
      w.operations(ops);
    }
    return w.build();
  }

  /**
   * The files a removal of {@code rel} deletes: 1 for a file or link, the files below it (at least
   * 1, the folder itself) for a folder. {@code existing} is sorted, so they follow it.
   */
  static int filesIn(FileTable existing, String rel) {
    Entry e = existing.get(rel);
    if (e == null || !e.isDirectory()) {
      return 1;
    }
    String prefix = rel + "/";
    int n = 0;
    int i = java.util.Collections.binarySearch(existing.names(), rel) + 1;
    for (; i > 0 && i < existing.size() && existing.name(i).startsWith(prefix); i++) {
      if (!existing.entry(i).isDirectory()) {
        n++;
      }
    }
    return Math.max(1, n);
  }

  /**
   * The mappings sorted by target, one per target (the last one of a target wins): the plan's own
   * list when it is sorted already, as a planned movie's files are.
   */
  static List<FileMapping> byTarget(List<FileMapping> files) {
    for (int i = 1; i < files.size(); i++) {
      if (files.get(i - 1).target().compareTo(files.get(i).target()) >= 0) {
        SortedMap<String, FileMapping> byTarget = new TreeMap<>();
        for (FileMapping f : files) {
          byTarget.put(f.target(), f);
        }
        return new ArrayList<>(byTarget.values());
      }
    }
    return files;
  }

  /** Whether {@code rel} is the target of one of the {@code planned} mappings (sorted). */
  private static boolean isPlanned(List<FileMapping> planned, String rel) {
    int lo = 0;
    int hi = planned.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = planned.get(mid).target().compareTo(rel);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static StrayLevel level(String relativeToMovie) {
    return relativeToMovie.indexOf('/') < 0 ? StrayLevel.MOVIE_STRAY : StrayLevel.ASSET_STRAY;
  }

  private static boolean under(String rel, List<String> dirs) {
    for (String d : dirs) {
      if (rel.equals(d) || rel.startsWith(d + "/")) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String blockerOf(String rel, List<String> blockers) {
    for (String b : blockers) {
      if (rel.equals(b) || rel.startsWith(b + "/")) {
        return b;
      }
    }
    return null;
  }

  private Entry sourceEntry(MovieDirs dirs, String relative) throws IOException {
    Entry cached = sourceCache.get(dirs.sourceFolder(), relative);
    return cached != null ? cached : Entry.read(dirs.source(relative));
  }
}

package dev.jellyplex.engine;

import dev.jellyplex.model.FolderClash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Subtracts the target from a plan: reads the target once ({@link TargetReader}) and returns the
 * {@link Reconciliation}, per movie folder ({@link MovieReconciler}) and at the library root.
 * Writes nothing. It reconciles the whole library, or only some of its movie folders (then only the
 * given names at the library root can be strays).
 */
final class Reconciler {
  private Reconciler() {}

  /**
   * Reconciles {@code plan} for a sync.
   *
   * @param names the target folder names at the library root to look at for strays; null for all
   * @param keep what is never a stray, never removed and never replaced
   */
  static Reconciliation sync(
      Plan plan,
      Materializer materializer,
      boolean delete,
      Discovery.SourceAttributes sourceCache,
      @Nullable Set<String> names,
      KeepRules keep,
      TargetReader.Root targetRoot)
      throws IOException {
    Path target = plan.target();
    FileTable root = targetRoot.get();
    TargetDirs dirs = TargetDirs.read(plan, root);
    MovieReconciler movies = new MovieReconciler(plan, materializer, delete, sourceCache, keep);
    // Read each existing movie folder and work out its operations in parallel: reading is
    // latency-bound on a NAS, deciding is CPU work; both are per folder.
    Map<String, String> renames = FolderRenames.find(plan, root, dirs, sourceCache, names, keep);
    List<FolderWork> works =
        Parallel.map(
            plan.movies(),
            movie -> {
              String from = renames.get(movie.targetFolder());
              if (from == null) {
                return movies.reconcile(
                    TargetReader.scan(target, movie, dirs.entry(movie.targetFolder())));
              }
              return movies.reconcile(TargetReader.scan(target, from, movie, root.get(from)), from);
            });
    CollectionReconciler collections =
        new CollectionReconciler(plan, dirs, materializer, delete, sourceCache, keep);
    List<FolderWork> collectionWorks = collections.reconcile();
    Set<String> renamed = new HashSet<>(renames.values());
    FolderWork library =
        library(plan, root, delete, names, renamed, collections.plannedIn(""), keep);
    // the deletion bound counts movie folders, at the root and in collection folders
    Set<String> containers = new HashSet<>(plan.collections().keySet());
    int folders = 0;
    int removed = 0;
    List<String> read = new ArrayList<>();
    read.add("");
    read.addAll(containers);
    for (String dir : read) {
      FileTable t = dirs.table(dir);
      if (t == null) {
        continue;
      }
      for (int i = 0; i < t.size(); i++) {
        String path = dir.isEmpty() ? t.name(i) : dir + "/" + t.name(i);
        if (t.entry(i).isDirectory()
            && !Scanner.isHiddenOrSystem(t.name(i))
            && !containers.contains(path)) {
          folders++;
        }
      }
    }
    List<FolderWork> above = new ArrayList<>(collectionWorks);
    above.add(library);
    for (FolderWork w : above) {
      FileTable t = w.dirs() == null ? root : dirs.table(w.dirs().targetFolder());
      for (Operation o : w.operations()) {
        Entry e = t == null ? null : t.get(o.target());
        if (o.kind() == Operation.Kind.REMOVE && e != null && e.isDirectory()) {
          removed++;
        }
      }
    }
    return new Reconciliation(
        plan, materializer, false, works, collectionWorks, library, folders, removed);
  }

  /**
   * Reconciles an import's plan: a free name gets the staged file (moved or copied), a name that
   * holds the same file (or, for a copy, one of the same size and mtime) is skipped, anything else
   * there is an error (an import never overwrites). Nothing is a stray.
   */
  static Reconciliation imports(ImportPlanner.Planned planned, Materializer materializer)
      throws IOException {
    Plan plan = planned.plan();
    Path target = plan.target();
    FileTable root = TargetReader.root(target);
    List<FolderWork> works = new ArrayList<>(plan.movies().size());
    for (PlannedMovie movie : plan.movies()) {
      TargetReader.MovieScan scan =
          TargetReader.scan(target, movie, root.get(movie.targetFolder()));
      MovieDirs dirs = MovieDirs.of(plan, movie);
      Entry rootEntry = scan.rootEntry();
      FolderWork.Builder w = new FolderWork.Builder(movie, dirs, target);
      w.folder(rootEntry != null && rootEntry.isDirectory(), rootEntry == null);
      String scanError = scan.error();
      if (scanError != null) {
        w.error(FileError.of(FileError.Kind.UNREADABLE, dirs.targetDir(), scanError));
        works.add(w.build());
        continue;
      }
      for (var f : movie.files()) {
        Path src = dirs.source(f.source());
        try {
          Entry s = Entry.read(src);
          Entry t = scan.existing().get(f.target());
          if (t == null && rootEntry != null && !rootEntry.isDirectory()) {
            w.error(
                FileError.of(
                    FileError.Kind.IN_THE_WAY,
                    dirs.targetDir(),
                    "something that is not a folder is in the way"));
          } else if (t == null) {
            Operation.Kind k =
                materializer == Materializer.MOVE ? Operation.Kind.MOVE : Operation.Kind.COPY;
            w.operation(Operation.write(k, f.target(), f.source(), s));
          } else if (s.sameFileAs(t) && materializer == Materializer.MOVE) {
            // a move interrupted between link and unlink: finish it
            w.operation(
                new Operation(Operation.Kind.UNSTAGE, f.target(), f.source(), s, null, null, 0));
          } else if (s.sameFileAs(t) || s.sameSizeAndTime(t)) {
            w.operation(Operation.skip(f.target(), f.source()));
          } else {
            w.error(
                FileError.of(
                    FileError.Kind.IN_THE_WAY,
                    dirs.target(f.target()),
                    "exists with other content; import never overwrites (staged file "
                        + src
                        + ")"));
          }
        } catch (IOException e) {
          w.error(FileError.of(FileError.Kind.UNREADABLE, src, Errors.reason(e)));
        }
      }
      works.add(w.build());
    }
    FolderWork.Builder library = new FolderWork.Builder(null, null, target);
    planned.conflicts().forEach(library::error);
    return new Reconciliation(plan, materializer, true, works, library.build(), 0, 0);
  }

  /** The library root's work: leftover temporaries and strays above the movie folders. */
  static FolderWork library(
      Plan plan,
      FileTable root,
      boolean delete,
      @Nullable Set<String> names,
      Set<String> renamed,
      Set<String> plannedAtRoot,
      KeepRules keep) {
    Path target = plan.target();
    Set<String> planned = plannedAtRoot; // read only
    Set<String> kept = new HashSet<>();
    for (String p : plan.protectedTargetFolders()) {
      kept.add(Scanner.firstSegment(p));
    }
    for (FolderClash c : plan.folderClashes()) {
      kept.add(Scanner.firstSegment(c.targetFolder()));
    }
    Map<String, List<String>> byLowerCase = null; // built on the first unplanned name
    FolderWork.Builder library = new FolderWork.Builder(null, null, target);
    for (int i = 0; i < root.size(); i++) {
      String name = root.name(i);
      if (name.startsWith(Scanner.TEMP_PREFIX)) {
        library.temp(target.resolve(name));
      } else if (!Scanner.isOwnName(name)
          && !Scanner.isHiddenOrSystem(name)
          && (names == null || names.contains(name))
          && !planned.contains(name)
          && !kept.contains(name)
          && !renamed.contains(name)
          && !(root.entry(i).isDirectory()
              && CollectionReconciler.ignoredFolder(target.resolve(name)))) {
        if (byLowerCase == null) {
          List<String> known = new ArrayList<>(planned);
          known.addAll(kept);
          byLowerCase = TargetReader.byLowerCase(known);
        }
        if (TargetReader.aliasOfPlanned(target, name, byLowerCase)) {
          continue;
        }
        unplanned(target, "", name, root, keep, library, delete, library::operation);
      }
    }
    return library.build();
  }

  /**
   * Records the entry {@code name} of the target folder {@code dir} (listed in {@code table}),
   * which nothing planned claims, as kept when a keep pattern covers it, as a stray otherwise (and,
   * with {@code delete}, its removal as a library stray, handed to {@code removals}); a stray
   * folder holding kept entries is not a stray itself, its other entries are. {@code base} is
   * {@code dir} relative to the library root, ending in {@code /}, or {@code ""} at the root.
   */
  static void unplanned(
      Path dir,
      String base,
      String name,
      FileTable table,
      KeepRules keep,
      FolderWork.Builder work,
      boolean delete,
      Consumer<Operation> removals) {
    Entry entry = table.get(name);
    boolean folder = entry != null && entry.isDirectory();
    if (keep.covers(base + name, folder)) {
      work.kept(base + name);
    } else if (!folder || !keepsInside(dir, base, name, keep, work, delete, removals)) {
      work.stray(base + name);
      if (delete) {
        int files = filesBelow(dir, name, table);
        work.filesSeen(files);
        removals.accept(Operation.remove(name, StrayLevel.LIBRARY_STRAY, files));
      }
    }
  }

  /**
   * For the stray folder {@code name} of {@code dir}: when it holds entries a keep pattern keeps,
   * records those as kept and its other entries as strays (and their removals); false, recording
   * nothing, when it holds none (or cannot be read).
   */
  private static boolean keepsInside(
      Path dir,
      String base,
      String name,
      KeepRules keep,
      FolderWork.Builder work,
      boolean delete,
      Consumer<Operation> removals) {
    if (!keep.hasPatterns()) {
      return false; // no pattern: nothing inside can be kept, and nothing is read
    }
    FileTable below;
    try {
      below = Scanner.walk(dir.resolve(name));
    } catch (IOException ex) {
      return false; // cannot be read: its removal will fail and say why
    }
    if (!keep.coversAnyOf(base + name + "/", below)) {
      return false;
    }
    List<String> top = new ArrayList<>();
    for (int i = 0; i < below.size(); i++) {
      if (below.name(i).indexOf('/') < 0) {
        top.add(below.name(i));
      }
    }
    List<String> kept = new ArrayList<>();
    List<String> strays = new ArrayList<>();
    keep.sort(base + name + "/", below, top, null, kept, strays);
    kept.forEach(k -> work.kept(base + name + "/" + k));
    for (String s : strays) {
      work.stray(base + name + "/" + s);
      if (delete) {
        int files = MovieReconciler.filesIn(below, s);
        work.filesSeen(files);
        removals.accept(Operation.remove(name + "/" + s, StrayLevel.LIBRARY_STRAY, files));
      }
    }
    return true;
  }

  /** The files a removal of the entry {@code name} of {@code dir} deletes (walks a folder). */
  static int filesBelow(Path target, String name, FileTable root) {
    Entry e = root.get(name);
    if (e == null || !e.isDirectory()) {
      return 1;
    }
    try {
      FileTable below = Scanner.walk(target.resolve(name));
      int n = 0;
      for (int i = 0; i < below.size(); i++) {
        if (!below.entry(i).isDirectory()) {
          n++;
        }
      }
      return Math.max(1, n);
    } catch (IOException ex) {
      return 1; // cannot be read: its removal will fail and say why
    }
  }
}

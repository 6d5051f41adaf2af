package dev.jellyplex.engine;

import dev.jellyplex.model.FolderClash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
      KeepRules keep)
      throws IOException {
    Path target = plan.target();
    FileTable root = TargetReader.root(target);
    MovieReconciler movies = new MovieReconciler(plan, materializer, delete, sourceCache, keep);
    // Read each existing movie folder and work out its operations in parallel: reading is
    // latency-bound on a NAS, deciding is CPU work; both are per folder.
    Map<String, String> renames = FolderRenames.find(plan, root, sourceCache, names, keep);
    List<FolderWork> works =
        Parallel.map(
            plan.movies(),
            movie -> {
              String from = renames.get(movie.targetFolder());
              if (from == null) {
                return movies.reconcile(
                    TargetReader.scan(target, movie, root.get(movie.targetFolder())));
              }
              return movies.reconcile(TargetReader.scan(target, from, movie, root.get(from)), from);
            });
    Set<String> renamed = new HashSet<>(renames.values());
    FolderWork library = library(plan, root, delete, names, renamed, keep);
    int folders = 0;
    for (int i = 0; i < root.size(); i++) {
      if (root.entry(i).isDirectory() && !Scanner.isHiddenOrSystem(root.name(i))) {
        folders++;
      }
    }
    int removed = 0;
    for (Operation o : library.operations()) {
      Entry e = root.get(o.target());
      if (o.kind() == Operation.Kind.REMOVE && e != null && e.isDirectory()) {
        removed++;
      }
    }
    return new Reconciliation(plan, materializer, false, works, library, folders, removed);
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
      KeepRules keep) {
    Path target = plan.target();
    Set<String> planned = new HashSet<>();
    for (PlannedMovie movie : plan.movies()) {
      planned.add(movie.targetFolder());
    }
    Set<String> kept = new HashSet<>(plan.protectedTargetFolders());
    for (FolderClash c : plan.folderClashes()) {
      kept.add(c.targetFolder());
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
          && !renamed.contains(name)) {
        if (byLowerCase == null) {
          List<String> known = new ArrayList<>(planned);
          known.addAll(kept);
          byLowerCase = TargetReader.byLowerCase(known);
        }
        if (TargetReader.aliasOfPlanned(target, name, byLowerCase)) {
          continue;
        }
        Entry e = root.entry(i);
        if (keep.covers(name, e.isDirectory())) {
          library.kept(name);
        } else if (e.isDirectory() && keepsInside(target, name, keep, library, delete)) {
          // some of it is kept: its other entries are the strays
        } else {
          library.stray(name);
          if (delete) {
            int files = filesBelow(target, name, root);
            library.filesSeen(files);
            library.operation(Operation.remove(name, StrayLevel.LIBRARY_STRAY, files));
          }
        }
      }
    }
    return library.build();
  }

  /**
   * For a stray folder at the library root that holds entries a keep pattern keeps: records those
   * as kept and its other entries as strays (and their removal); false, recording nothing, when it
   * holds none (or cannot be read).
   */
  private static boolean keepsInside(
      Path target, String name, KeepRules keep, FolderWork.Builder library, boolean delete) {
    if (!keep.hasPatterns()) {
      return false; // no pattern: nothing inside can be kept, and nothing is read
    }
    FileTable below;
    try {
      below = Scanner.walk(target.resolve(name));
    } catch (IOException ex) {
      return false; // cannot be read: its removal will fail and say why
    }
    if (!keep.coversAnyOf(name + "/", below)) {
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
    keep.sort(name + "/", below, top, null, kept, strays);
    kept.forEach(k -> library.kept(name + "/" + k));
    for (String s : strays) {
      library.stray(name + "/" + s);
      if (delete) {
        int files = MovieReconciler.filesIn(below, s);
        library.filesSeen(files);
        library.operation(Operation.remove(name + "/" + s, StrayLevel.LIBRARY_STRAY, files));
      }
    }
    return true;
  }

  /** The files a removal of the library-root entry {@code name} deletes (walks a folder). */
  private static int filesBelow(Path target, String name, FileTable root) {
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

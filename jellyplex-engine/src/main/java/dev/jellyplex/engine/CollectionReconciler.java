package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.model.FolderClash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out what a sync does in the collection folders of the target (naming contract 8): the loose
 * files of each are linked or copied as they are, and whatever else it holds that is neither a
 * planned movie folder nor a planned collection folder is a library stray (NAS and hidden folders,
 * and folders holding an empty {@code .ignore}, are left alone). Reads only.
 */
final class CollectionReconciler {
  private final Plan plan;
  private final TargetDirs dirs;
  private final Materializer materializer;
  private final boolean delete;
  private final Discovery.SourceAttributes sourceCache;

  private final KeepRules keep;

  /** What the plan puts in each collection folder, by the folder's path. */
  private final Map<String, Set<String>> planned = new java.util.HashMap<>();

  CollectionReconciler(
      Plan plan,
      TargetDirs dirs,
      Materializer materializer,
      boolean delete,
      Discovery.SourceAttributes sourceCache,
      KeepRules keep) {
    this.plan = plan;
    this.keep = keep;
    this.dirs = dirs;
    this.materializer = materializer;
    this.delete = delete;
    this.sourceCache = sourceCache;
    for (PlannedMovie m : plan.movies()) {
      child(m.targetFolder());
    }
    plan.collections().keySet().forEach(this::child);
    plan.protectedTargetFolders().forEach(this::child);
    for (FolderClash c : plan.folderClashes()) {
      child(c.targetFolder());
    }
  }

  private void child(String path) {
    planned
        .computeIfAbsent(Scanner.parent(path), k -> new HashSet<>())
        .add(Scanner.lastSegment(path));
  }

  /** The names the plan puts directly in the folder {@code path} ({@code ""}: the root). */
  Set<String> plannedIn(String path) {
    return planned.getOrDefault(path, Set.of());
  }

  /** One work per planned collection folder, in plan order. */
  List<FolderWork> reconcile() {
    List<FolderWork> out = new ArrayList<>(plan.collections().size());
    plan.collections().forEach((path, files) -> out.add(reconcile(path, files)));
    return out;
  }

  private FolderWork reconcile(String path, List<FileMapping> files) {
    Path target = plan.target();
    MovieDirs folder = new MovieDirs(target, path, plan.source(), path);
    FolderWork.Builder w = new FolderWork.Builder(null, folder, target);
    Entry self = dirs.entry(path);
    w.folder(self != null && self.isDirectory(), self == null);
    String error = dirs.error(path);
    if (error != null) {
      w.error(FileError.of(FileError.Kind.UNREADABLE, folder.targetDir(), error));
      return w.build();
    }
    FileTable table = dirs.table(path);
    if (table == null) {
      table = FileTable.EMPTY;
    }
    Set<String> names = new HashSet<>(plannedIn(path));
    for (FileMapping f : files) {
      names.add(f.target());
    }
    List<Operation> first = new ArrayList<>();
    OperationList writes = new OperationList(files.size());
    List<Operation> last = new ArrayList<>();
    Map<String, List<String>> byLowerCase = null; // built on the first unplanned name
    int seen = 0;
    for (int i = 0; i < table.size(); i++) {
      String name = table.name(i);
      Entry e = table.entry(i);
      if (!e.isDirectory()) {
        seen++;
      }
      if (name.startsWith(Scanner.TEMP_PREFIX)) {
        w.temp(folder.target(name));
      } else if (!Scanner.isOwnName(name)
          && !Scanner.isHiddenOrSystem(name)
          && !names.contains(name)
          && !(e.isDirectory() && ignoredFolder(folder.target(name)))) {
        // neither planned nor left alone
        if (byLowerCase == null) {
          byLowerCase = TargetReader.byLowerCase(names);
        }
        if (TargetReader.aliasOfPlanned(folder.targetDir(), name, byLowerCase)) {
          continue;
        }
        Reconciler.unplanned(
            folder.targetDir(), path + "/", name, table, keep, w, delete, last::add);
      }
    }
    w.filesSeen(seen);
    for (FileMapping f : files) {
      Entry s = sourceCache.get(path, f.source());
      try {
        if (s == null) {
          s = Entry.read(folder.source(f.source()));
        }
      } catch (IOException ex) {
        w.error(
            FileError.of(FileError.Kind.UNREADABLE, folder.source(f.source()), Errors.reason(ex)));
        continue;
      }
      Entry t = table.get(f.target());
      if (t != null && t.isDirectory()) {
        w.stray(path + "/" + f.target());
        if (!delete) {
          w.error(
              FileError.of(
                  FileError.Kind.IN_THE_WAY,
                  folder.target(f.target()),
                  "a folder is in the way; rerun withDelete(true)"));
          continue;
        }
        first.add(
            Operation.remove(
                f.target(),
                StrayLevel.LIBRARY_STRAY,
                Reconciler.filesBelow(folder.targetDir(), f.target(), table)));
        t = null;
      }
      writes.appendFor(f, s, t, materializer);
    }
    OperationList ops = new OperationList(first.size() + writes.size() + last.size());
    first.forEach(ops::append);
    ops.appendAll(writes);
    last.forEach(ops::append);
    w.operations(ops);
    return w.build();
  }

  /** Whether the target folder {@code dir} holds an empty {@code .ignore} file. */
  static boolean ignoredFolder(Path dir) {
    try {
      Entry marker = Entry.read(dir.resolve(Scanner.IGNORE_FILE));
      return marker.isFile() && marker.size() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}

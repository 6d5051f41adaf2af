package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The target's folders that hold movie folders: the library root, and each planned collection
 * folder that exists (naming contract 8), each read once (one directory read, one attribute read
 * per entry). A library without collections costs nothing more than its root. Reads only.
 */
final class TargetDirs {
  private final Map<String, FileTable> tables = new HashMap<>();
  private final Map<String, String> errors = new HashMap<>();

  private TargetDirs(FileTable root) {
    tables.put("", root);
  }

  /** Reads the planned collection folders of {@code plan} below {@code root}, parents first. */
  static TargetDirs read(Plan plan, FileTable root) {
    TargetDirs dirs = new TargetDirs(root);
    Path target = plan.target();
    for (String path : plan.collections().keySet()) { // sorted: a parent before its children
      Entry e = dirs.entry(path);
      if (e == null || !e.isDirectory()) {
        continue;
      }
      try {
        dirs.tables.put(path, Scanner.table(Scanner.resolve(target, path)));
      } catch (IOException ex) {
        dirs.errors.put(path, "cannot read the target folder: " + Errors.reason(ex));
      }
    }
    return dirs;
  }

  /**
   * What the target holds at {@code path} (relative to the root), as read in its folder; null when
   * nothing is there or its folder was not read (a collection folder that does not exist yet).
   */
  @Nullable Entry entry(String path) {
    FileTable parent = tables.get(Scanner.parent(path));
    return parent == null ? null : parent.get(Scanner.lastSegment(path));
  }

  /** The entries of the folder {@code path}, or null when it was not read. */
  @Nullable FileTable table(String path) {
    return tables.get(path);
  }

  /** Why the folder {@code path} could not be read, or null. */
  @Nullable String error(String path) {
    return errors.get(path);
  }
}

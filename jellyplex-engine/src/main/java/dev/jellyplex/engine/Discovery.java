package dev.jellyplex.engine;

import dev.jellyplex.model.IgnoredEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Lists a source library in one pass: one directory read per folder, one attribute read per entry,
 * movie folders in parallel on a small bounded pool (a NAS over NFS is latency-bound). The result
 * is sorted and does not depend on thread timing.
 */
final class Discovery {
  private Discovery() {}

  /** One movie folder of the source: its regular files, or why it could not be read. */
  record SourceFolder(
      String name, FileTable files, List<IgnoredEntry> ignored, @Nullable String error) {}

  /** The whole source listing. */
  record Listing(Path root, List<SourceFolder> folders, List<IgnoredEntry> ignored) {

    /** Every regular file's attributes, by movie folder and path inside it. */
    SourceAttributes attributes() {
      ConcurrentHashMap<String, FileTable> byFolder = new ConcurrentHashMap<>(folders.size() * 2);
      for (SourceFolder f : folders) {
        byFolder.put(f.name(), f.files());
      }
      return new SourceAttributes(byFolder);
    }
  }

  /**
   * Source attributes already read, looked up by names (no path is built or hashed): the entry of a
   * file inside a movie folder, or null when it was not read. Once released it knows nothing, so
   * that a large listing need not stay in memory while the target is written.
   */
  static final class SourceAttributes {
    /** Knows nothing: every attribute is read when needed. */
    static final SourceAttributes NONE = new SourceAttributes(new ConcurrentHashMap<>());

    private final ConcurrentHashMap<String, FileTable> byFolder;

    private SourceAttributes(ConcurrentHashMap<String, FileTable> byFolder) {
      this.byFolder = byFolder;
    }

    /** The entry of {@code relative} inside movie folder {@code folder}, or null. */
    @Nullable Entry get(String folder, String relative) {
      FileTable files = byFolder.get(folder);
      return files == null ? null : files.get(relative);
    }

    /**
     * Forgets the entries of movie folder {@code folder} (its operations are planned); may be
     * called from any thread.
     */
    void release(String folder) {
      byFolder.remove(folder);
    }

    /** Forgets every entry (they are no longer needed). */
    void release() {
      byFolder.clear();
    }
  }

  /** Lists {@code root}, which must be a readable folder. */
  static Listing discover(Path root) throws IOException {
    FileTable top;
    try {
      top = Scanner.table(root);
    } catch (IOException e) {
      throw new SetupException("cannot read source " + root + ": " + Errors.reason(e));
    }
    List<IgnoredEntry> ignored = new ArrayList<>();
    List<String> folders = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      String name = top.name(i);
      Entry entry = top.entry(i);
      if (Scanner.isOwnName(name)) {
        continue;
      }
      if (entry.kind() == Entry.Kind.SYMLINK) {
        ignored.add(IgnoredEntry.of(name, "symbolic link (not followed)"));
      } else if (!entry.isDirectory()) {
        ignored.add(IgnoredEntry.of(name, "file at the library root"));
      } else if (Scanner.isHiddenOrSystem(name)) {
        ignored.add(
            IgnoredEntry.of(name, name.startsWith(".") ? "hidden folder" : "system folder"));
      } else {
        folders.add(name);
      }
    }
    List<SourceFolder> listed = listAll(root, folders);
    return new Listing(root, List.copyOf(listed), List.copyOf(ignored));
  }

  private static List<SourceFolder> listAll(Path root, List<String> names) throws IOException {
    return Parallel.map(names, n -> listFolder(root, n));
  }

  /** Lists one movie folder; a folder that cannot be read is returned with its error. */
  static SourceFolder listFolder(Path root, String name) {
    FileTable.Builder files = new FileTable.Builder();
    List<IgnoredEntry> ignored = new ArrayList<>();
    try {
      walk(root.resolve(name), name + "/", "", files, ignored);
    } catch (IOException e) {
      return new SourceFolder(
          name, FileTable.EMPTY, List.of(), "cannot read the folder: " + Errors.reason(e));
    }
    return new SourceFolder(name, files.build(), List.copyOf(ignored), null);
  }

  private static void walk(
      Path dir,
      String libraryPrefix,
      String prefix,
      FileTable.Builder files,
      List<IgnoredEntry> ignored)
      throws IOException {
    FileTable listed = Scanner.table(dir);
    for (int i = 0; i < listed.size(); i++) {
      String name = listed.name(i);
      Entry entry = listed.entry(i);
      String rel = prefix.isEmpty() ? name : prefix + name;
      if (Scanner.isOwnName(name)) {
        continue;
      }
      if (Scanner.isHiddenOrSystem(name)) {
        String what = name.startsWith(".") ? "hidden " : "system ";
        ignored.add(
            IgnoredEntry.of(libraryPrefix + rel, what + (entry.isDirectory() ? "folder" : "file")));
      } else if (entry.kind() == Entry.Kind.SYMLINK) {
        ignored.add(IgnoredEntry.of(libraryPrefix + rel, "symbolic link (not followed)"));
      } else if (entry.isDirectory()) {
        walk(dir.resolve(name), libraryPrefix, rel + "/", files, ignored);
      } else if (entry.isFile()) {
        files.add(rel, entry);
      } else {
        ignored.add(IgnoredEntry.of(libraryPrefix + rel, "not a regular file"));
      }
    }
  }
}

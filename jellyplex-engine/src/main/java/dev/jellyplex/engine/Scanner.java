package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads folders: one directory read per folder and one attribute read per entry, never following
 * symbolic links; results sorted by name so that they do not depend on the filesystem's order.
 */
final class Scanner {
  /** Prefix of every temporary name this tool writes; scanners skip such names. */
  static final String TEMP_PREFIX = ".jellyplex-tmp-";

  /** Name of the lock file in a target root. */
  static final String LOCK_NAME = ".jellyplex.lock";

  /**
   * Folders that NAS systems and operating systems keep in shares (recycle bins, snapshots,
   * thumbnail caches), compared ignoring case; never movies, never strays.
   */
  static final List<String> SYSTEM_NAMES =
      List.of(
          "#recycle",
          "#snapshot",
          "@eaDir",
          "@Recycle",
          "@Recently-Snapshot",
          "@sharesnap",
          "lost+found",
          "$RECYCLE.BIN",
          "System Volume Information");

  /** A file of this name, empty, keeps its folder out of Jellyfin and out of the mirror. */
  static final String IGNORE_FILE = ".ignore";

  private Scanner() {}

  /**
   * Whether {@code name} is hidden (starts with a dot) or a NAS/OS system folder: such entries are
   * ignored in a source and left alone in a target (a {@code .snapshot} or {@code #recycle} folder
   * is never deleted as a stray).
   */
  static boolean isHiddenOrSystem(String name) {
    if (name.isEmpty()) {
      return false;
    }
    char c = name.charAt(0);
    if (c == '.') {
      return true;
    }
    if (c != '#' && c != '@' && c != '$' && c != 'l' && c != 'L' && c != 's' && c != 'S') {
      return false; // most names: no comparison at all
    }
    for (String system : SYSTEM_NAMES) {
      if (system.equalsIgnoreCase(name)) { // compares lengths first, allocates nothing
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a folder's listing holds an empty {@code .ignore} file: Jellyfin skips such a folder,
   * and the mirror neither writes nor removes it (a non-empty one holds patterns, not read here).
   */
  static boolean hasIgnoreMarker(FileTable listing) {
    Entry marker = listing.get(IGNORE_FILE);
    return marker != null && marker.isFile() && marker.size() == 0;
  }

  /** Whether {@code name} is one of this tool's own temporary or lock names. */
  static boolean isOwnName(String name) {
    return name.startsWith(TEMP_PREFIX) || name.equals(LOCK_NAME);
  }

  /**
   * Whether any segment of a {@code /}-separated relative path is hidden, a system folder or one of
   * this tool's temporary names.
   */
  static boolean hasHiddenOrSystemSegment(String relative) {
    for (String segment : relative.split("/", -1)) {
      if (isHiddenOrSystem(segment)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entries of {@code dir} by name; entries that vanish while listing are left out. Where the
   * platform has secure directory streams (Linux, and Jimfs), each entry's attributes are read
   * relative to the open folder ({@code fstatat}), so the kernel does not walk the folder's whole
   * path again for every entry.
   */
  static FileTable table(Path dir) throws IOException {
    FileTable.Builder out = new FileTable.Builder();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      SecureDirectoryStream<Path> open = stream instanceof SecureDirectoryStream<Path> s ? s : null;
      for (Path p : stream) {
        Path name = p.getFileName();
        if (name == null) {
          continue;
        }
        try {
          Entry entry =
              open == null
                  ? Entry.read(p)
                  : Entry.of(
                      open.getFileAttributeView(
                              name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                          .readAttributes());
          out.add(name.toString(), entry);
        } catch (NoSuchFileException vanished) {
          // deleted between the directory read and the attribute read: not there any more
        }
      }
    }
    return out.build();
  }

  /**
   * The names in {@code dir}, sorted as a {@link FileTable} sorts them, without reading any entry's
   * attributes.
   */
  static List<String> names(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        Path name = p.getFileName();
        if (name != null) {
          out.add(name.toString());
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Every entry below {@code dir} by {@code /}-separated relative path, directories included;
   * symbolic links are listed, not followed.
   */
  static FileTable walk(Path dir) throws IOException {
    FileTable.Builder out = new FileTable.Builder();
    walk(dir, "", out);
    return out.build();
  }

  private static void walk(Path dir, String prefix, FileTable.Builder out) throws IOException {
    FileTable t = table(dir);
    for (int i = 0; i < t.size(); i++) {
      String name = t.name(i);
      Entry entry = t.entry(i);
      String rel = prefix.isEmpty() ? name : prefix + name;
      out.add(rel, entry);
      if (entry.isDirectory()) {
        walk(dir.resolve(name), rel + "/", out);
      }
    }
  }

  /** Resolves a {@code /}-separated relative path against {@code base}, one segment at a time. */
  static Path resolve(Path base, String relative) {
    Path p = base;
    int start = 0;
    while (true) {
      int end = relative.indexOf('/', start);
      String segment = relative.substring(start, end < 0 ? relative.length() : end);
      if (segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(
            "relative path must not contain '.' or '..' segments, got \"" + relative + "\"");
      }
      if (!segment.isEmpty()) {
        p = p.resolve(segment);
      }
      if (end < 0) {
        return p;
      }
      start = end + 1;
    }
  }

  /** The parent of a {@code /}-separated relative path, or {@code ""} at the top. */
  static String parent(String relative) {
    int i = relative.lastIndexOf('/');
    return i < 0 ? "" : relative.substring(0, i);
  }

  /**
   * The first segment of a {@code /}-separated relative path: for a path relative to the library
   * root, the name at the root it is in.
   */
  static String firstSegment(String relative) {
    int slash = relative.indexOf('/');
    return slash < 0 ? relative : relative.substring(0, slash);
  }

  /** The last segment of a {@code /}-separated relative path. */
  static String lastSegment(String relative) {
    return relative.substring(relative.lastIndexOf('/') + 1);
  }
}

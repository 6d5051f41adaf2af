package dev.jellyplex.engine;

import dev.jellyplex.model.IgnoredEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Lists a source library in one pass: one directory read per folder, one attribute read per entry,
 * movie folders in parallel on a small bounded pool (a NAS over NFS is latency-bound). The result
 * is sorted and does not depend on thread timing.
 */
final class Discovery {
  private Discovery() {}

  /** The reason given for a name the JVM cannot represent. */
  static final String NOT_UTF8 = "name is not valid UTF-8; rename it";

  /**
   * One movie folder of the source: its regular files, or why it could not be read; {@code
   * unreadable} holds the entries inside it that could not be read (names not valid UTF-8).
   */
  record SourceFolder(
      String name,
      FileTable files,
      List<IgnoredEntry> ignored,
      @Nullable String error,
      List<FileError> unreadable) {
    SourceFolder(String name, FileTable files, List<IgnoredEntry> ignored, @Nullable String error) {
      this(name, files, ignored, error, List.of());
    }
  }

  /**
   * The whole source listing; {@code unreadable} holds the library-level entries that could not be
   * read (names not valid UTF-8).
   */
  record Listing(
      Path root,
      List<SourceFolder> folders,
      List<IgnoredEntry> ignored,
      List<FileError> unreadable) {

    Listing(Path root, List<SourceFolder> folders, List<IgnoredEntry> ignored) {
      this(root, folders, ignored, List.of());
    }

    /**
     * Every source entry that could not be read, at the library level and inside movie folders: a
     * run that meets one has something for the user to fix and cannot end successful.
     */
    List<FileError> allUnreadable() {
      List<FileError> out = new ArrayList<>(unreadable);
      for (SourceFolder f : folders) {
        out.addAll(f.unreadable());
      }
      return out;
    }

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

    /**
     * The entry of {@code relative} inside the source folder {@code folder} (a path relative to the
     * library root: a folder at the root, one inside it, or the root itself), or null.
     */
    @Nullable Entry get(String folder, String relative) {
      if (!folder.isEmpty() && folder.indexOf('/') < 0) {
        FileTable files = byFolder.get(folder); // the common case: nothing to build
        return files == null ? null : files.get(relative);
      }
      String path = folder.isEmpty() ? relative : folder + "/" + relative;
      int slash = path.indexOf('/');
      FileTable files = byFolder.get(slash < 0 ? ROOT : path.substring(0, slash));
      return files == null ? null : files.get(path.substring(slash + 1));
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

  /**
   * Lists {@code root}, which must be a readable folder. Only the names of the root are read on the
   * calling thread; each entry's attributes and, for a folder, its whole listing are read on the
   * pool, so the root of a large library (thousands of entries) is not read on one thread while the
   * others wait. The result is sorted by name all the same.
   */
  static Listing discover(Path root) throws IOException {
    List<RootEntry> top;
    try {
      NameCache shared = new NameCache();
      top = Parallel.map(Scanner.names(root), n -> rootEntry(root, n, shared));
    } catch (IOException e) {
      throw new SetupException("cannot read source " + root + ": " + Errors.reason(e));
    }
    List<IgnoredEntry> ignored = new ArrayList<>();
    List<FileError> unreadable = new ArrayList<>();
    List<SourceFolder> listed = new ArrayList<>();
    FileTable.Builder rootFiles = null; // most libraries have none
    for (RootEntry e : top) {
      String name = e.name();
      Entry entry = e.entry();
      SourceFolder folder = e.folder();
      if (folder != null) {
        listed.add(folder);
      } else if (e.unrepresentable()) {
        String shown = escapedName(root, name);
        ignored.add(IgnoredEntry.of(shown, NOT_UTF8));
        unreadable.add(FileError.of(FileError.Kind.UNREADABLE, root.resolve(shown), NOT_UTF8));
      } else if (entry == null) {
        // hidden (skipped without a word, naming contract 4), or gone since the root was read
      } else if (entry.kind() == Entry.Kind.SYMLINK) {
        ignored.add(IgnoredEntry.of(name, "symbolic link (not followed)"));
      } else if (entry.isFile()) {
        // a video there may be a movie of its own (naming contract 8): the planner decides
        if (rootFiles == null) {
          rootFiles = new FileTable.Builder();
        }
        rootFiles.add(name, entry);
      } else if (!entry.isDirectory()) {
        ignored.add(IgnoredEntry.of(name, "file at the library root"));
      } else {
        ignored.add(IgnoredEntry.of(name, "system folder"));
      }
    }
    if (rootFiles != null) {
      listed.add(new SourceFolder(ROOT, rootFiles.build(), List.of(), null));
    }
    return new Listing(root, List.copyOf(listed), List.copyOf(ignored), List.copyOf(unreadable));
  }

  /** The name of the listing's one pseudo folder that holds the files at the library root. */
  static final String ROOT = "";

  /** Why a folder holding an empty {@code .ignore} file is not synced. */
  static final String IGNORE_MARKER = "holds an empty .ignore file";

  /**
   * One entry of the library root: its attributes (null when it is hidden, one of this tool's own
   * names, or gone since the root was read), whether its name cannot be represented, and for a
   * folder that may hold movies, its listing.
   */
  private record RootEntry(
      String name, @Nullable Entry entry, boolean unrepresentable, @Nullable SourceFolder folder) {}

  private static RootEntry rootEntry(Path root, String name, NameCache names) throws IOException {
    if (Scanner.isOwnName(name) || name.startsWith(".")) {
      return new RootEntry(name, null, false, null);
    }
    if (isUnrepresentable(root, name)) {
      return new RootEntry(name, null, true, null);
    }
    Entry entry;
    try {
      entry = Entry.read(root.resolve(name));
    } catch (java.nio.file.NoSuchFileException gone) {
      return new RootEntry(name, null, false, null);
    }
    if (entry.isDirectory() && !Scanner.isHiddenOrSystem(name)) {
      return new RootEntry(name, entry, false, listFolder(root, name, names));
    }
    return new RootEntry(name, entry, false, null);
  }

  /** Lists one movie folder; a folder that cannot be read is returned with its error. */
  static SourceFolder listFolder(Path root, String name) {
    return listFolder(root, name, new NameCache());
  }

  /**
   * As {@link #listFolder(Path, String)}, a file name that repeats given as {@code names} has it.
   */
  private static SourceFolder listFolder(Path root, String name, NameCache names) {
    FileTable.Builder files = new FileTable.Builder();
    List<IgnoredEntry> ignored = new ArrayList<>();
    List<FileError> unreadable = new ArrayList<>();
    try {
      walk(root, root.resolve(name), name + "/", "", files, ignored, unreadable, names);
    } catch (IOException e) {
      return new SourceFolder(
          name, FileTable.EMPTY, List.of(), "cannot read the folder: " + Errors.reason(e));
    }
    return new SourceFolder(
        name, files.build(), List.copyOf(ignored), null, List.copyOf(unreadable));
  }

  private static void walk(
      Path root,
      Path dir,
      String libraryPrefix,
      String prefix,
      FileTable.Builder files,
      List<IgnoredEntry> ignored,
      List<FileError> unreadable,
      NameCache names)
      throws IOException {
    FileTable listed = Scanner.table(dir);
    if (Scanner.hasIgnoreMarker(listed)) {
      // Jellyfin skips such a folder, and so does the mirror (naming contract 8, rule 5); the
      // marker alone is listed, so that the names tell the folder apart from an empty one
      ignored.add(IgnoredEntry.of(libraryPrefix + prefix + Scanner.IGNORE_FILE, IGNORE_MARKER));
      Entry marker = listed.get(Scanner.IGNORE_FILE);
      if (marker != null) {
        files.add(prefix + Scanner.IGNORE_FILE, marker);
      }
      return;
    }
    for (int i = 0; i < listed.size(); i++) {
      String name = listed.name(i);
      Entry entry = listed.entry(i);
      String rel = prefix.isEmpty() ? name : prefix + name;
      if (Scanner.isOwnName(name) || name.startsWith(".")) {
        continue; // hidden entries are skipped without a word (naming contract 4)
      }
      if (isUnrepresentable(dir, name)) {
        String shown = libraryPrefix + prefix + escapedName(dir, name);
        ignored.add(IgnoredEntry.of(shown, NOT_UTF8));
        unreadable.add(
            FileError.of(FileError.Kind.UNREADABLE, Scanner.resolve(root, shown), NOT_UTF8));
      } else if (Scanner.isHiddenOrSystem(name)) {
        ignored.add(
            IgnoredEntry.of(
                libraryPrefix + rel, "system " + (entry.isDirectory() ? "folder" : "file")));
      } else if (entry.kind() == Entry.Kind.SYMLINK) {
        ignored.add(IgnoredEntry.of(libraryPrefix + rel, "symbolic link (not followed)"));
      } else if (entry.isDirectory()) {
        walk(root, dir.resolve(name), libraryPrefix, rel + "/", files, ignored, unreadable, names);
      } else if (entry.isFile()) {
        files.add(names.of(rel), entry);
      } else {
        ignored.add(IgnoredEntry.of(libraryPrefix + rel, "not a regular file"));
      }
    }
  }

  /**
   * Whether {@code name}, as listed in {@code dir}, is a name the JVM cannot represent: its bytes
   * are not valid UTF-8, so it was decoded with replacement characters and that string names
   * nothing (a name that really holds U+FFFD is found under it).
   */
  static boolean isUnrepresentable(Path dir, String name) {
    return name.indexOf('\uFFFD') >= 0
        && !Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * {@code name} (listed in {@code dir}) with the bytes that are not valid UTF-8 shown as {@code
   * \xNN}, e.g. {@code Bad\xffName}: read from the entry's own path, which keeps the bytes the
   * directory read gave (its URI spells them out); {@code \x??} where they cannot be found.
   */
  static String escapedName(Path dir, String name) {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        Path fileName = p.getFileName();
        if (fileName != null && fileName.toString().equals(name)) {
          String raw = p.toUri().getRawPath();
          if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
          }
          return escapeBytes(percentDecode(raw.substring(raw.lastIndexOf('/') + 1)));
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the replacement characters
    }
    return name.replace("\uFFFD", "\\x??");
  }

  private static byte[] percentDecode(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') { // a URI's escapes are always complete: %XX
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  /** The bytes as text: valid UTF-8 sequences decoded, every other byte as {@code \xNN}. */
  static String escapeBytes(byte[] b) {
    StringBuilder out = new StringBuilder(b.length + 8);
    int i = 0;
    while (i < b.length) {
      int len = utf8Length(b, i);
      if (len > 0) {
        out.append(new String(b, i, len, StandardCharsets.UTF_8));
        i += len;
      } else {
        out.append(String.format(Locale.ROOT, "\\x%02x", b[i] & 0xff));
        i++;
      }
    }
    return out.toString();
  }

  /** The length of the valid UTF-8 sequence at {@code i}, or 0 when there is none. */
  private static int utf8Length(byte[] b, int i) {
    int lead = b[i] & 0xff;
    int len;
    int min;
    if (lead < 0x80) {
      return 1;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      len = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      len = 3;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      len = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + len > b.length) {
      return 0;
    }
    int cp = lead & (0xff >> (len + 1));
    for (int k = 1; k < len; k++) {
      int c = b[i + k] & 0xff;
      if ((c & 0xc0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
    return cp < min || cp > 0x10ffff || surrogate ? 0 : len;
  }
}

package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * What one attribute read (without following links) says about a directory entry.
 *
 * @param kind file, directory, symbolic link or other
 * @param size the size in bytes
 * @param mtime the last modification time
 * @param key the file key: device and inode on Unix, the file id on Jimfs; null when unknown
 */
record Entry(Entry.Kind kind, long size, FileTime mtime, @Nullable Object key) {

  /** The kind of a directory entry, as seen without following links. */
  enum Kind {
    FILE,
    DIRECTORY,
    SYMLINK,
    OTHER
  }

  /** Reads the entry at {@code path} with one attribute read, not following a symbolic link. */
  static Entry read(Path path) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Kind kind;
    if (a.isSymbolicLink()) {
      kind = Kind.SYMLINK;
    } else if (a.isDirectory()) {
      kind = Kind.DIRECTORY;
    } else if (a.isRegularFile()) {
      kind = Kind.FILE;
    } else {
      kind = Kind.OTHER;
    }
    return new Entry(kind, a.size(), a.lastModifiedTime(), a.fileKey());
  }

  boolean isFile() {
    return kind == Kind.FILE;
  }

  boolean isDirectory() {
    return kind == Kind.DIRECTORY;
  }

  /** Whether both entries are the same file (device and inode); false when a key is unknown. */
  boolean sameFileAs(Entry other) {
    return key != null && kind == Kind.FILE && other.kind == Kind.FILE && key.equals(other.key);
  }

  /**
   * Whether both entries have the same size and the same mtime to the second (the granularity every
   * filesystem a NAS exports keeps).
   */
  boolean sameSizeAndTime(Entry other) {
    return kind == Kind.FILE
        && other.kind == Kind.FILE
        && size == other.size
        && mtime.to(TimeUnit.SECONDS) == other.mtime.to(TimeUnit.SECONDS);
  }

  /** Whether the target entry {@code this} is already right for {@code source} under {@code m}. */
  boolean alreadyRight(Entry source, Materializer m) {
    return switch (m) {
      case HARDLINK -> sameFileAs(source);
      case COPY, MOVE -> sameFileAs(source) || sameSizeAndTime(source);
      case FORCE_COPY -> false;
    };
  }
}

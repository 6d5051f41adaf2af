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
 * What one attribute read (without following links) says about a directory entry. A large library
 * keeps one per file while it is planned, so the modification time is kept as a number, not as a
 * {@link FileTime}.
 *
 * @param kind file, directory, symbolic link or other
 * @param size the size in bytes
 * @param mtimeNanos the last modification time in nanoseconds since the epoch, or 0 when {@code
 *     farMtime} holds it
 * @param farMtime the last modification time when it is not between 1970 and 2262, else null
 * @param key the file key: device and inode on Unix, the file id on Jimfs; null when unknown
 */
record Entry(
    Entry.Kind kind,
    long size,
    long mtimeNanos,
    @Nullable FileTime farMtime,
    @Nullable Object key) {

  /** The kind of a directory entry, as seen without following links. */
  enum Kind {
    FILE,
    DIRECTORY,
    SYMLINK,
    OTHER
  }

  /** Reads the entry at {@code path} with one attribute read, not following a symbolic link. */
  static Entry read(Path path) throws IOException {
    return of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
  }

  /** The entry described by {@code a}, attributes read without following a link. */
  static Entry of(BasicFileAttributes a) {
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
    return of(kind, a.size(), a.lastModifiedTime(), a.fileKey());
  }

  /** An entry with the modification time {@code mtime}. */
  static Entry of(Kind kind, long size, FileTime mtime, @Nullable Object key) {
    long nanos = mtime.to(TimeUnit.NANOSECONDS);
    // Before 1970 whole seconds round differently by FileTime's representation: keep it as is.
    boolean fits = nanos >= 0 && nanos != Long.MAX_VALUE;
    return new Entry(kind, size, fits ? nanos : 0, fits ? null : mtime, key);
  }

  /** The last modification time. */
  FileTime mtime() {
    return farMtime != null ? farMtime : FileTime.from(mtimeNanos, TimeUnit.NANOSECONDS);
  }

  /** The last modification time in whole seconds, as {@link FileTime#to} gives it. */
  long mtimeSeconds() {
    return farMtime != null ? farMtime.to(TimeUnit.SECONDS) : mtimeNanos / 1_000_000_000L;
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
        && mtimeSeconds() == other.mtimeSeconds();
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

package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The lock that keeps a second run off a target: an OS file lock on {@code .jellyplex.lock} in the
 * target root (a lock file left by a killed process is not locked and does not block), plus an
 * in-process registry because the OS lock does not exclude threads of one JVM.
 */
final class TargetLock implements AutoCloseable {
  /**
   * A held target. Not a record: a record's equals and hashCode are bootstrapped through method
   * handles on first use, and that alone cost every run a dozen generated classes at start-up.
   */
  private static final class Key {
    private final FileSystem fs;
    private final String path;

    Key(FileSystem fs, String path) {
      this.fs = fs;
      this.path = path;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key k && k.fs.equals(fs) && k.path.equals(path);
    }

    @Override
    public int hashCode() {
      return 31 * fs.hashCode() + path.hashCode();
    }
  }

  private static final Set<Key> HELD = ConcurrentHashMap.newKeySet();

  private final Key key;
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private TargetLock(Key key, Path file, FileChannel channel, FileLock lock) {
    this.key = key;
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code target} (an existing folder) or refuses. */
  static TargetLock acquire(Path target) throws IOException {
    Path real = target.toRealPath();
    Key key = new Key(real.getFileSystem(), real.toString());
    if (!HELD.add(key)) {
      throw refused(target);
    }
    Path file = real.resolve(Scanner.LOCK_NAME);
    try {
      FileChannel channel = open(file);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        channel.close();
        throw refused(target);
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("jellyplex run, pid " + ProcessHandle.current().pid() + "\n")
                  .getBytes(StandardCharsets.UTF_8)));
      return new TargetLock(key, file, channel, lock);
    } catch (IOException | RuntimeException e) {
      HELD.remove(key);
      throw e;
    }
  }

  /**
   * Opens the lock file without following a symbolic link and without ever blocking: anything but a
   * regular file at its name (a link, a FIFO, a folder, a socket) is refused before it is opened,
   * and again after, should it have been swapped in between. Read-write, because opening a FIFO for
   * writing only would wait for a reader.
   */
  private static FileChannel open(Path file) throws IOException {
    requireRegularOrMissing(file);
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS);
    } catch (FileSystemException e) {
      if (e instanceof java.nio.file.AccessDeniedException) {
        throw e;
      }
      // ELOOP (a link swapped in), EISDIR, ENXIO (a socket): not a lock file
      throw notALockFile(file, "cannot be opened as a lock file (" + Errors.reason(e) + ")");
    }
    try {
      BasicFileAttributes a = attributes(file);
      if (a == null || !a.isRegularFile()) {
        throw notALockFile(file, "changed while it was opened");
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return channel;
  }

  private static void requireRegularOrMissing(Path file) throws IOException {
    BasicFileAttributes a = attributes(file);
    if (a == null || a.isRegularFile()) {
      return;
    }
    String kind;
    if (a.isSymbolicLink()) {
      kind = "is a symbolic link";
    } else if (a.isDirectory()) {
      kind = "is a folder";
    } else {
      kind = "is not a regular file (a FIFO, a socket or a device)";
    }
    throw notALockFile(file, kind);
  }

  private static @Nullable BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static SetupException notALockFile(Path file, String what) {
    return new SetupException(
        "the lock file "
            + file
            + " "
            + what
            + "; jellyplex never follows or opens anything but a regular file there: remove it"
            + " (nothing was touched)");
  }

  private static RefusedException refused(Path target) {
    return new RefusedException(
        "another jellyplex run is using "
            + target
            + " (it holds "
            + Scanner.LOCK_NAME
            + "); wait for it to finish");
  }

  /** Removes the lock file while still holding the lock, then releases it. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        try {
          channel.close();
        } finally {
          HELD.remove(key);
        }
      }
    }
  }
}

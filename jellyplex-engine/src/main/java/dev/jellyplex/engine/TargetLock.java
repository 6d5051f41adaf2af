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
 * in-process registry because the OS lock does not exclude threads of one JVM. A long-running
 * process (a watch) {@linkplain #hold holds} the lock for its whole life and runs under the hold.
 */
final class TargetLock implements java.io.Closeable {
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

  /** Targets whose lock this process holds, for a run or a hold. */
  private static final Set<Key> HELD = ConcurrentHashMap.newKeySet();

  /** Targets held by {@link #hold}: this process's runs go in under the hold, one at a time. */
  private static final Set<Key> HOLDS = ConcurrentHashMap.newKeySet();

  /** Targets held by {@link #hold} with one of this process's runs in progress. */
  private static final Set<Key> RUNNING = ConcurrentHashMap.newKeySet();

  private final Key key;
  private final Path file;
  private final @Nullable FileChannel channel;
  private final @Nullable FileLock lock;
  private final boolean hold;

  private TargetLock(
      Key key, Path file, @Nullable FileChannel channel, @Nullable FileLock lock, boolean hold) {
    this.key = key;
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.hold = hold;
  }

  /**
   * Takes the lock of {@code target} (an existing folder) for one run, or refuses with a setup
   * error (nothing was touched). When this process {@linkplain #hold holds} the target, the run
   * goes in under the hold instead (refused while another of its runs is in progress).
   */
  static TargetLock acquire(Path target) throws IOException {
    Path real = target.toRealPath();
    Key key = new Key(real.getFileSystem(), real.toString());
    Path file = real.resolve(Scanner.LOCK_NAME);
    synchronized (HOLDS) {
      if (HOLDS.contains(key)) {
        if (!RUNNING.add(key)) {
          throw refused(target, file, "another run of this process");
        }
        return new TargetLock(key, file, null, null, false);
      }
    }
    return take(target, real, key, "run", false);
  }

  /**
   * Holds the lock of {@code target} (an existing folder) until closed, for a process that runs
   * many times on it (a watch): other processes are refused meanwhile, and the lock file names
   * {@code holder} to them.
   */
  static TargetLock hold(Path target, String holder) throws IOException {
    Path real = target.toRealPath();
    Key key = new Key(real.getFileSystem(), real.toString());
    TargetLock held = take(target, real, key, holder, true);
    HOLDS.add(key);
    return held;
  }

  private static TargetLock take(Path target, Path real, Key key, String holder, boolean hold)
      throws IOException {
    Path file = real.resolve(Scanner.LOCK_NAME);
    if (!HELD.add(key)) {
      throw refused(target, file, "another run of this process");
    }
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
        String owner = owner(channel);
        channel.close();
        throw refused(target, file, owner);
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("jellyplex " + holder + ", pid " + ProcessHandle.current().pid() + "\n")
                  .getBytes(StandardCharsets.UTF_8)));
      return new TargetLock(key, file, channel, lock, hold);
    } catch (IOException | RuntimeException e) {
      HELD.remove(key);
      throw e;
    }
  }

  /**
   * What the lock file says about the process holding it (e.g. {@code jellyplex watch, pid 42}):
   * its first line, printable ASCII only, at most 80 characters; read through the channel this
   * process opened, so nothing is followed.
   */
  private static String owner(FileChannel channel) {
    ByteBuffer b = ByteBuffer.allocate(80);
    try {
      channel.read(b, 0);
    } catch (IOException e) {
      return "another process";
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < b.position(); i++) {
      int c = b.get(i);
      if (c == '\n') {
        break;
      }
      s.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
    }
    return s.length() == 0 ? "another process" : s.toString();
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

  private static RefusedException refused(Path target, Path file, String owner) {
    return new RefusedException(
        "another jellyplex run is using "
            + target
            + " ("
            + owner
            + " holds "
            + file
            + "); wait for it to finish or stop it (nothing was touched)");
  }

  /**
   * Ends a run under a hold; otherwise removes the lock file while still holding the lock, then
   * releases it.
   */
  @Override
  public void close() throws IOException {
    FileChannel c = channel;
    FileLock l = lock;
    if (c == null || l == null) {
      RUNNING.remove(key);
      return;
    }
    if (hold) {
      synchronized (HOLDS) {
        HOLDS.remove(key);
      }
    }
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        l.release();
      } finally {
        try {
          c.close();
        } finally {
          HELD.remove(key);
        }
      }
    }
  }
}

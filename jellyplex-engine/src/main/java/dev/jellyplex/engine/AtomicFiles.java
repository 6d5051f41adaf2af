package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Every write the engine makes. New content is created under a temporary dot-name in the final
 * folder and renamed onto its final name, so the final name holds either the old file or the
 * complete new one at every instant, even across a crash. The one exception is a new hardlink onto
 * a free name: a single {@code link(2)} is already atomic and never partial.
 */
final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Test hook: called with the complete temporary file just before it is renamed into place. */
  static volatile @Nullable Consumer<Path> beforeCommit;

  /** Test hook: called with a copy's temporary file right after its bytes were flushed. */
  static volatile @Nullable Consumer<Path> afterFlush;

  private AtomicFiles() {}

  /** A fresh temporary name next to {@code finalPath}; short, whatever the final name's length. */
  static Path tempFor(Path finalPath) {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    Path dir = finalPath.getParent();
    String name = Scanner.TEMP_PREFIX + HexFormat.of().formatHex(b);
    return dir == null ? finalPath.resolveSibling(name) : dir.resolve(name);
  }

  /**
   * Puts a hardlink to {@code source} at {@code target}, where nothing was found when planning: one
   * {@code link(2)} straight onto the final name. That is atomic on its own and never partial (the
   * name appears with the complete file or not at all) and it never overwrites; if something has
   * appeared there since, it is replaced through a temporary like {@link #link}.
   */
  static void linkNew(Path source, Path target) throws IOException {
    try {
      Files.createLink(target, source);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      link(source, target);
    }
  }

  /** Puts a hardlink to {@code source} at {@code target}, replacing what is there atomically. */
  static void link(Path source, Path target) throws IOException {
    Path temp = tempFor(target);
    Files.createLink(temp, source);
    commit(temp, target);
  }

  /**
   * Copies {@code source} to {@code target}: the bytes are written to a temporary file, flushed to
   * the device, given the source's mtime, and then renamed onto {@code target}.
   *
   * @return the number of bytes written
   */
  static long copy(Path source, Path target) throws IOException {
    return copy(source, target, null, true);
  }

  /**
   * Like {@link #copy(Path, Path)}, stamping the copy with {@code mtime} when it is known (the
   * source's, as read when planning; a source changed since then gets copied again next time).
   */
  static long copy(Path source, Path target, @Nullable FileTime mtime) throws IOException {
    return copy(source, target, mtime, true);
  }

  /**
   * Like {@link #copy(Path, Path)}; with {@code replace} false an existing {@code target} is never
   * overwritten ({@link java.nio.file.FileAlreadyExistsException}).
   */
  static long copy(Path source, Path target, boolean replace) throws IOException {
    return copy(source, target, null, replace);
  }

  private static long copy(Path source, Path target, @Nullable FileTime knownMtime, boolean replace)
      throws IOException {
    Path temp = tempFor(target);
    long written = 0;
    try {
      try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
          FileChannel out =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        long size = in.size();
        while (written < size) {
          long n = in.transferTo(written, size - written, out);
          if (n <= 0) {
            break; // the source shrank while copying
          }
          written += n;
        }
        if (written > 0) {
          // The bytes must be on the device before the rename can be: after a power loss a
          // renamed file must not turn out empty or partial. An empty file has no bytes to lose.
          out.force(true);
          Consumer<Path> hook = afterFlush;
          if (hook != null) {
            hook.accept(temp);
          }
        }
      }
      FileTime mtime =
          knownMtime != null
              ? knownMtime
              : Files.readAttributes(source, BasicFileAttributes.class).lastModifiedTime();
      Files.setLastModifiedTime(temp, mtime);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    if (replace) {
      commit(temp, target);
    } else {
      commitNew(temp, target);
    }
    return written;
  }

  /** Renames {@code from} to {@code to} in one step (both in the target). */
  static void rename(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void commit(Path temp, Path target) throws IOException {
    try {
      Consumer<Path> hook = beforeCommit;
      if (hook != null) {
        hook.accept(temp);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  /** Puts {@code temp} at {@code target} only if {@code target} does not exist. */
  private static void commitNew(Path temp, Path target) throws IOException {
    try {
      try {
        Files.createLink(target, temp); // atomic and never overwrites
      } catch (UnsupportedOperationException | FileSystemException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException fae) {
          throw fae;
        }
        Files.move(temp, target); // no hardlinks here: a rename that refuses an existing target
        return;
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    deleteQuietly(temp);
  }

  /**
   * Moves {@code source} to {@code target} without ever overwriting: on one filesystem a hardlink
   * plus unlink (atomic, refuses an existing name), else a flushed copy and then the source's
   * removal.
   */
  static long move(Path source, Path target) throws IOException {
    try {
      Files.createLink(target, source);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw e;
    } catch (IOException | UnsupportedOperationException e) {
      if (e instanceof IOException io && Errors.isCrossDevice(io)) {
        long n = copy(source, target, false);
        Files.delete(source);
        return n;
      }
      Files.move(source, target); // refuses an existing target; a rename on one filesystem
      return 0;
    }
    Files.delete(source);
    return 0;
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: the next run removes leftover temporaries
    }
  }

  /**
   * Deletes {@code path} and, for a folder, everything in it; a symbolic link is deleted itself,
   * never followed. Refuses any path that is not strictly inside {@code root}.
   */
  static void deleteTree(Path path, Path root) throws IOException {
    Path p = path.toAbsolutePath().normalize();
    Path r = root.toAbsolutePath().normalize();
    if (!p.startsWith(r) || p.equals(r)) {
      throw new IllegalStateException("refusing to delete " + path + " outside of " + root);
    }
    deleteTree(p);
  }

  private static void deleteTree(Path p) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (a.isDirectory() && !a.isSymbolicLink()) {
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(p)) {
        for (Path child : stream) {
          deleteTree(child);
        }
      }
    }
    Files.delete(p);
  }
}

package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Every write the engine makes. New content is created under a temporary dot-name in the final
 * folder and renamed onto its final name, so the final name holds either the old file or the
 * complete new one at every instant, even across a crash. The one exception is a new hardlink onto
 * a free name: a single {@code link(2)} is already atomic and never partial.
 */
final class AtomicFiles {
  /** Test hook: called with the complete temporary file just before it is renamed into place. */
  static volatile @Nullable Consumer<Path> beforeCommit;

  /** Test hook: called with a copy's temporary file right after its bytes were flushed. */
  static volatile @Nullable Consumer<Path> afterFlush;

  private AtomicFiles() {}

  /**
   * A fresh temporary name next to {@code finalPath}; short, whatever the final name's length: 12
   * random hex digits. They come from {@link ThreadLocalRandom}, not {@code SecureRandom}: a
   * temporary is always created exclusively ({@code link(2)}, {@code O_CREAT|O_EXCL}, neither of
   * which follows a link), so a name someone guessed and took first can only make that one write
   * fail, never send it elsewhere; and the first {@code SecureRandom} of a process loads the JDK's
   * security providers, which took 15 to 20 ms of every sync's start.
   */
  static Path tempFor(Path finalPath) {
    long bits = ThreadLocalRandom.current().nextLong();
    Path dir = finalPath.getParent();
    String name = Scanner.TEMP_PREFIX + HexFormat.of().toHexDigits(bits).substring(4);
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
    } catch (IOException e) {
      throw Errors.explain(e, target);
    }
  }

  /** Puts a hardlink to {@code source} at {@code target}, replacing what is there atomically. */
  static void link(Path source, Path target) throws IOException {
    Path temp = tempFor(target);
    try {
      Files.createLink(temp, source);
      commit(temp, target);
    } catch (IOException e) {
      throw Errors.explain(e, target);
    }
  }

  /**
   * Copies {@code source} to {@code target}: the bytes are written to a temporary file, flushed to
   * the device, given the source's mtime, and then renamed onto {@code target}.
   *
   * @return the number of bytes written
   */
  static long copy(Path source, Path target) throws IOException {
    return copy(source, target, null, true, null);
  }

  /**
   * Like {@link #copy(Path, Path)}, stamping the copy with {@code mtime} when it is known (the
   * source's, as read when planning; a source changed since then gets copied again next time).
   */
  static long copy(Path source, Path target, @Nullable FileTime mtime) throws IOException {
    return copy(source, target, mtime, true, null);
  }

  /**
   * Like {@link #copy(Path, Path, FileTime)}; {@code newFiles} remembers what a file this process
   * makes in each folder starts with, so that it is read once per folder, not once per copy.
   */
  static long copy(Path source, Path target, @Nullable FileTime mtime, NewFiles newFiles)
      throws IOException {
    return copy(source, target, mtime, true, newFiles);
  }

  /**
   * Like {@link #copy(Path, Path)}; with {@code replace} false an existing {@code target} is never
   * overwritten ({@link java.nio.file.FileAlreadyExistsException}).
   */
  static long copy(Path source, Path target, boolean replace) throws IOException {
    return copy(source, target, null, replace, null);
  }

  private static long copy(
      Path source,
      Path target,
      @Nullable FileTime knownMtime,
      boolean replace,
      @Nullable NewFiles newFiles)
      throws IOException {
    Path temp = tempFor(target);
    long written = 0;
    try {
      try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
          FileChannel out = output(temp)) {
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
      copyOwnerAndMode(source, temp, newFiles);
      Files.setLastModifiedTime(temp, mtime);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw Errors.explain(e, target);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    try {
      if (replace) {
        commit(temp, target);
      } else {
        commitNew(temp, target);
      }
    } catch (IOException e) {
      throw Errors.explain(e, target);
    }
    return written;
  }

  /** Test seam: wraps the channel a copy writes to (to record that it was forced). */
  static volatile @Nullable UnaryOperator<FileChannel> outputSeam;

  /**
   * A new temporary file, readable and writable by its owner only (mode 0600) until it is complete
   * and given its final mode: nobody else can read a private file through a half-written copy.
   */
  private static FileChannel output(Path temp) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    FileChannel out =
        isPosix(temp)
            ? FileChannel.open(temp, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : FileChannel.open(temp, options);
    UnaryOperator<FileChannel> seam = outputSeam;
    return seam == null ? out : seam.apply(out);
  }

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private static boolean isPosix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /**
   * Gives {@code copy} (made by this process) the permission bits of {@code original}, never wider;
   * when the process runs as root (the copy's owner is uid 0) also its owner and group, before the
   * mode (a change of owner clears set-id bits). Owners are read and set as numbers ({@code
   * unix:uid}, {@code unix:gid}): asking for them as names would read {@code /etc/passwd} and
   * {@code /etc/group} for every file, which made a fresh 5,000-movie mirror a third slower. What
   * already matches is left alone, so the common case costs one stat of each side.
   */
  static void copyOwnerAndMode(Path original, Path copy) throws IOException {
    copyOwnerAndMode(original, copy, null);
  }

  /**
   * What a new file made by this process in a folder starts with: its owner, group and mode ({@code
   * unix:uid}, {@code gid}, {@code mode}), read from the first one made there and assumed for the
   * next ones. They depend only on the process (its user, group and umask, and a root squashed to
   * another user on NFS) and on the folder (its group when it has the set-group-id bit), which a
   * run does not change once it writes files in it. One per movie folder's operations: not shared
   * between threads, nor kept from one run to the next.
   */
  static final class NewFiles {
    private final Map<Path, int[]> byFolder = new HashMap<>();

    /** Owner, group and mode of the new file {@code made}, read or as the folder's first one. */
    int[] of(Path made) throws IOException {
      Path folder = made.getParent();
      int[] known = folder == null ? null : byFolder.get(folder);
      if (known != null) {
        return known;
      }
      int[] read = ownerGroupMode(made);
      if (folder != null) {
        byFolder.put(folder, read);
      }
      return read;
    }
  }

  private static int[] ownerGroupMode(Path p) throws IOException {
    Map<String, Object> a = Files.readAttributes(p, "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS);
    return new int[] {number(a, "uid"), number(a, "gid"), number(a, "mode")};
  }

  /**
   * As {@link #copyOwnerAndMode(Path, Path)}; {@code copy} is a new file and {@code newFiles}, when
   * given, knows what new files in its folder start with.
   */
  static void copyOwnerAndMode(Path original, Path copy, @Nullable NewFiles newFiles)
      throws IOException {
    if (!isPosix(copy) || !isPosix(original)) {
      return;
    }
    if (!isUnix(copy) || !isUnix(original)) {
      Files.setPosixFilePermissions(
          copy,
          Files.readAttributes(original, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
              .permissions());
      return;
    }
    int[] from = ownerGroupMode(original);
    int[] to = newFiles == null ? ownerGroupMode(copy) : newFiles.of(copy);
    int permissions = from[2] & 0777;
    boolean chowned = false;
    if (to[0] == 0) {
      int uid = from[0];
      int gid = from[1];
      if (uid != 0) {
        Files.setAttribute(copy, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        chowned = true;
      }
      if (gid != to[1]) {
        Files.setAttribute(copy, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        chowned = true;
      }
    }
    if (chowned || (to[2] & 07777) != permissions) {
      Files.setPosixFilePermissions(copy, permissionSet(permissions));
    }
  }

  private static boolean isUnix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("unix");
  }

  private static int number(Map<String, Object> attributes, String name) {
    Object value = attributes.get(name);
    if (value instanceof Integer i) {
      return i;
    }
    throw new IllegalStateException("no numeric unix:" + name + " attribute: " + value);
  }

  private static final PosixFilePermission[] BY_BIT = {
    PosixFilePermission.OTHERS_EXECUTE,
    PosixFilePermission.OTHERS_WRITE,
    PosixFilePermission.OTHERS_READ,
    PosixFilePermission.GROUP_EXECUTE,
    PosixFilePermission.GROUP_WRITE,
    PosixFilePermission.GROUP_READ,
    PosixFilePermission.OWNER_EXECUTE,
    PosixFilePermission.OWNER_WRITE,
    PosixFilePermission.OWNER_READ,
  };

  /** The permission set of the low nine bits of a mode ({@code 0755} and the like). */
  static Set<PosixFilePermission> permissionSet(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < BY_BIT.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        set.add(BY_BIT[bit]);
      }
    }
    return set;
  }

  /**
   * Makes the missing folders of {@code dir} (below {@code targetRoot}), each given the owner (as
   * root) and permission bits of its source folder: the folder at the same distance above {@code
   * sourceDir}, never above {@code sourceRoot}. An existing folder is fine; anything else in the
   * way (a file, a link) is not.
   */
  static void createFolders(Path dir, Path sourceDir, Path targetRoot, Path sourceRoot)
      throws IOException {
    if (dir.equals(targetRoot)) {
      return;
    }
    // The common case (the parent exists) costs one mkdir; the parents are made only when it says
    // they are missing.
    boolean made;
    try {
      made = mkdir(dir, false);
    } catch (java.nio.file.NoSuchFileException e) {
      Path parent = dir.getParent();
      if (parent == null || parent.equals(targetRoot)) {
        throw Errors.explain(e, dir);
      }
      Path up = sourceDir.getParent();
      createFolders(
          parent,
          sourceDir.equals(sourceRoot) || up == null ? sourceDir : up,
          targetRoot,
          sourceRoot);
      made = mkdir(dir, true);
    }
    if (made) {
      copyOwnerAndMode(sourceDir, dir);
    }
  }

  /**
   * Makes the folder {@code dir}; false when it already was one (perhaps made by another thread in
   * the meantime, with the same attributes). Anything else in the way (a file, a link) is thrown as
   * it is; a missing parent too unless {@code parentsMade}; other failures are explained.
   */
  private static boolean mkdir(Path dir, boolean parentsMade) throws IOException {
    try {
      Files.createDirectory(dir);
      return true;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw e;
      }
      return false;
    } catch (IOException e) {
      if (e instanceof java.nio.file.NoSuchFileException && !parentsMade) {
        throw e; // the caller makes the parents
      }
      throw Errors.explain(e, dir);
    }
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
   * Deletes {@code path} and, for a folder, everything in it (see {@link TreeRemover}): a symbolic
   * link is deleted itself, never followed, and nothing on another filesystem is entered or
   * removed. Refuses any path that is not strictly inside {@code root}.
   *
   * @return the number of files removed (a folder counts the files in it)
   * @throws FileSystemException naming the mount points that were kept, after removing the rest
   */
  static long deleteTree(Path path, Path root) throws IOException {
    TreeRemover.Result r = TreeRemover.remove(root, path);
    if (!r.keptMounts().isEmpty()) {
      throw new FileSystemException(
          path.toString(),
          null,
          "mount point inside the target, kept (neither entered nor removed): "
              + r.keptMounts()
              + "; unmount it to remove it");
    }
    return r.files();
  }
}

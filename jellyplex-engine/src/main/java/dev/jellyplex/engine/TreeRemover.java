package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes a stray file or folder of a target, like {@code rm -r --one-file-system}: a folder is
 * removed by working on the folder itself (opened without following links, its entries listed and
 * removed relative to it), so a folder swapped for a symbolic link during the run is never
 * followed; and an entry on another filesystem than the target root (a bind mount, a mounted share,
 * a tmpfs) is neither entered nor removed, only reported.
 *
 * <p>Where the filesystem offers no {@link SecureDirectoryStream}, paths are resolved again for
 * each entry with the same checks (links are never followed, mount points never entered).
 */
final class TreeRemover {
  /** What a removal did: the files removed (a folder counts its files) and the mounts it kept. */
  record Result(long files, List<Path> keptMounts) {}

  private final Path rootReal;
  private final @Nullable Object rootDevice;
  private final Set<String> mountPoints;
  private long files;
  private final List<Path> kept = new ArrayList<>();

  private TreeRemover(Path rootReal, @Nullable Object rootDevice, Set<String> mountPoints) {
    this.rootReal = rootReal;
    this.rootDevice = rootDevice;
    this.mountPoints = mountPoints;
  }

  /**
   * Removes {@code path} (a file, a link or a folder with everything in it) strictly inside the
   * target {@code root}; the link at {@code path} or any link inside is removed, never followed.
   *
   * @throws IllegalStateException when {@code path} is not strictly inside {@code root}
   */
  static Result remove(Path root, Path path) throws IOException {
    return remove(root, path, true, true);
  }

  /**
   * {@link #remove(Path, Path)}, for tests: without {@code secure} by paths (as where the
   * filesystem has no secure directory stream), without {@code mountTable} by device numbers only
   * (as where there is no {@code /proc}).
   */
  static Result remove(Path root, Path path, boolean secure, boolean mountTable)
      throws IOException {
    Path r = root.toAbsolutePath().normalize();
    Path p = path.toAbsolutePath().normalize();
    if (!p.startsWith(r) || p.equals(r)) {
      throw new IllegalStateException("refusing to delete " + path + " outside of " + root);
    }
    Path rootReal = r.toRealPath();
    TreeRemover remover =
        new TreeRemover(
            rootReal, device(rootReal, null), mountTable ? mountPointsUnder(rootReal) : Set.of());
    Path relative = r.relativize(p);
    try (DirectoryStream<Path> top = Files.newDirectoryStream(rootReal)) {
      if (secure && top instanceof SecureDirectoryStream<Path> open) {
        remover.removeSecurely(open, rootReal, relative, 0);
      } else {
        remover.removeByPaths(rootReal, relative);
      }
    }
    return new Result(remover.files, List.copyOf(remover.kept));
  }

  /** Walks down {@code relative} from {@code dir} without following links, then removes its end. */
  private void removeSecurely(
      SecureDirectoryStream<Path> dir, Path dirPath, Path relative, int segment)
      throws IOException {
    Path name = relative.getName(segment);
    Path here = dirPath.resolve(name.toString());
    if (segment < relative.getNameCount() - 1) {
      if (isForeign(attributes(dir, name), here)) {
        kept.add(here); // the stray lies below a mount point: not ours to remove
        return;
      }
      try (SecureDirectoryStream<Path> child =
          dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
        removeSecurely(child, here, relative, segment + 1);
      }
      return;
    }
    removeEntry(dir, name, here);
  }

  /** Removes the entry {@code name} of the open folder {@code dir}; {@code here} is its path. */
  private void removeEntry(SecureDirectoryStream<Path> dir, Path name, Path here)
      throws IOException {
    BasicFileAttributes a = attributes(dir, name);
    if (isForeign(a, here)) {
      kept.add(here);
      return;
    }
    if (!a.isDirectory() || a.isSymbolicLink()) {
      dir.deleteFile(name);
      files++;
      return;
    }
    int keptBefore = kept.size();
    try (SecureDirectoryStream<Path> child =
        dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
      List<Path> names = new ArrayList<>();
      for (Path entry : child) {
        Path n = entry.getFileName();
        if (n != null) {
          names.add(n);
        }
      }
      for (Path n : names) {
        removeEntry(child, n, here.resolve(n));
      }
    }
    if (kept.size() == keptBefore) {
      dir.deleteDirectory(name);
    }
  }

  /** The fallback where no secure directory stream exists: the walk down, link by link. */
  private void removeByPaths(Path rootReal, Path relative) throws IOException {
    Path here = rootReal;
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      here = here.resolve(relative.getName(i).toString());
      BasicFileAttributes a =
          Files.readAttributes(here, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isDirectory() || a.isSymbolicLink()) {
        throw new NotDirectoryException(here + " (not followed: it is not a folder any more)");
      }
      if (isForeign(a, here)) {
        kept.add(here);
        return;
      }
    }
    removeByPath(here.resolve(relative.getFileName().toString()));
  }

  /** The fallback where no secure directory stream exists: paths, with the same checks. */
  private void removeByPath(Path p) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (isForeign(a, p)) {
      kept.add(p);
      return;
    }
    if (!a.isDirectory() || a.isSymbolicLink()) {
      Files.delete(p);
      files++;
      return;
    }
    int keptBefore = kept.size();
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(p)) {
      for (Path child : stream) {
        children.add(child);
      }
    }
    for (Path child : children) {
      removeByPath(child);
    }
    if (kept.size() == keptBefore) {
      Files.delete(p);
    }
  }

  private static BasicFileAttributes attributes(SecureDirectoryStream<Path> dir, Path name)
      throws IOException {
    BasicFileAttributeView view =
        dir.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      throw new NoSuchFileException(name.toString());
    }
    return view.readAttributes();
  }

  /**
   * Whether the entry at {@code here} belongs to another filesystem than the target root: another
   * device, or a mount point of the same device (a bind mount of a folder of the same disk).
   */
  private boolean isForeign(BasicFileAttributes a, Path here) throws IOException {
    if (a.isSymbolicLink()) {
      return false; // a link is removed itself, never followed; it cannot be a mount point
    }
    if (mountPoints.contains(here.toString())) {
      return true;
    }
    Object device = device(here, a.fileKey());
    return rootDevice != null && device != null && !rootDevice.equals(device);
  }

  /**
   * The device of the entry at {@code p}: read from its file key when that says it (Linux's file
   * key prints as {@code (dev=…,ino=…)}), else from the {@code unix} view; null when unknown.
   */
  private static @Nullable Object device(Path p, @Nullable Object fileKey) throws IOException {
    if (fileKey != null) {
      String k = fileKey.toString();
      int i = k.indexOf("dev=");
      if (i >= 0) {
        int end = k.indexOf(',', i);
        if (end > i) {
          return k.substring(i + 4, end);
        }
      }
    }
    if (!p.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      return null; // one filesystem without devices (an in-memory one): nothing to cross
    }
    try {
      Object dev = Files.getAttribute(p, "unix:dev", LinkOption.NOFOLLOW_LINKS);
      return dev instanceof Long l ? Long.toHexString(l) : dev;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The mount points strictly below {@code rootReal}, from the kernel's {@code
   * /proc/self/mountinfo} on the root's filesystem (a bind mount of a folder of the same disk has
   * the same device number, only the mount table tells it); empty where there is no such file.
   */
  static Set<String> mountPointsUnder(Path rootReal) {
    Set<String> out = new HashSet<>();
    Path mountinfo = rootReal.getRoot() == null ? null : rootReal.getRoot().resolve("proc");
    if (mountinfo == null) {
      return out;
    }
    mountinfo = mountinfo.resolve("self").resolve("mountinfo");
    List<String> lines;
    try {
      lines = Files.readAllLines(mountinfo, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return out; // not Linux, or not the default filesystem: device numbers must do
    }
    String prefix = rootReal.toString().endsWith("/") ? rootReal.toString() : rootReal + "/";
    for (String line : lines) {
      String[] fields = line.split(" ", 6);
      if (fields.length < 5) {
        continue;
      }
      String mountPoint = unescape(fields[4]);
      if (mountPoint.startsWith(prefix)) {
        out.add(mountPoint);
      }
    }
    return out;
  }

  /** Undoes mountinfo's octal escapes of space, tab, newline and backslash ({@code \040}). */
  static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    byte[] raw = field.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '\\' && isOctal(raw, i + 1)) {
        out.write((raw[i + 1] - '0') * 64 + (raw[i + 2] - '0') * 8 + (raw[i + 3] - '0'));
        i += 3;
      } else {
        out.write(raw[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isOctal(byte[] b, int from) {
    for (int i = from; i < from + 3; i++) {
      if (i >= b.length || b[i] < '0' || b[i] > '7') {
        return false;
      }
    }
    return true;
  }
}

package dev.jellyplex.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Builds and fingerprints real directory trees for the suites. */
final class Trees {
  private Trees() {}

  /** What a file is, for comparisons: size, mtime, inode and (optionally) content hash. */
  record Fingerprint(long size, FileTime mtime, Object inode, String sha256) {}

  /** Creates {@code root/relative} with parents and the given content. */
  static Path write(Path root, String relative, byte[] content) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  /** Creates an empty file. */
  static Path touch(Path root, String relative) throws IOException {
    return write(root, relative, new byte[0]);
  }

  /** Seeded pseudo-random bytes. */
  static byte[] bytes(SplittableRandom random, int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i += 8) {
      long v = random.nextLong();
      for (int j = 0; j < 8 && i + j < size; j++) {
        b[i + j] = (byte) (v >>> (8 * j));
      }
    }
    return b;
  }

  /**
   * Every regular file and symlink below {@code root} (not following links), by {@code /}-separated
   * relative path.
   */
  static Map<String, Fingerprint> fingerprint(Path root, boolean hash) throws IOException {
    Map<String, Fingerprint> out = new TreeMap<>();
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String rel = relative(root, file);
            if (attrs.isSymbolicLink()) {
              out.put(rel, new Fingerprint(0, attrs.lastModifiedTime(), "link", readLink(file)));
            } else {
              out.put(
                  rel,
                  new Fingerprint(
                      attrs.size(),
                      attrs.lastModifiedTime(),
                      attrs.fileKey(),
                      hash ? sha256(file) : ""));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return out;
  }

  /** Relative paths of every directory below root (not the root itself). */
  static java.util.Set<String> directories(Path root) throws IOException {
    java.util.Set<String> out = new java.util.TreeSet<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (!p.equals(root) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.add(relative(root, p));
        }
      }
    }
    return out;
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
  }

  private static String readLink(Path file) throws IOException {
    return Files.readSymbolicLink(file).toString();
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The inode of a file, via the unix view. */
  static long inode(Path file) throws IOException {
    return ((Number) Files.getAttribute(file, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
  }

  /** UTF-8 bytes of a string. */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

package dev.jellyplex.watch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A fingerprint of everything below a source entry: names, kinds, sizes and modification times of
 * every file and folder (links are not followed). Equal fingerprints in two looks in a row mean the
 * entry is quiet: no file is still growing.
 */
final class Signatures {
  /** The fingerprint of an entry that does not exist. */
  static final long ABSENT = 0x9e3779b97f4a7c15L;

  private static final int MAX_DEPTH = 16;

  private Signatures() {}

  static long of(Path entry) {
    try {
      return of(entry, 0);
    } catch (NoSuchFileException e) {
      return ABSENT;
    } catch (IOException e) {
      // unreadable now: a fingerprint that changes with the reason, so it settles once it is stable
      return mix(ABSENT, String.valueOf(e.getMessage()).hashCode());
    }
  }

  private static long of(Path p, int depth) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    long h = mix(17, p.getFileName() == null ? 0 : p.getFileName().toString().hashCode());
    h = mix(h, a.isDirectory() ? 1 : a.isRegularFile() ? 2 : 3);
    h = mix(h, a.size());
    h = mix(h, a.lastModifiedTime().toMillis());
    if (a.isDirectory() && depth < MAX_DEPTH) {
      long children = 0;
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        for (Path c : s) {
          try {
            children += of(c, depth + 1); // a sum: independent of listing order
          } catch (NoSuchFileException gone) {
            children += 1; // went away while listed: the next look will differ
          }
        }
      }
      h = mix(h, children);
    }
    return h;
  }

  private static long mix(long h, long v) {
    long x = (h ^ v) * 0xbf58476d1ce4e5b9L;
    x ^= x >>> 31;
    return x * 0x94d049bb133111ebL;
  }
}

package dev.jellyplex.engine;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Test helpers: in-memory filesystems, small libraries, tree listings. */
final class Lib {
  static final SyncOptions P2J =
      SyncOptions.builder().sourceFormat(FormatId.PLEX).targetFormat(FormatId.JELLYFIN).build();

  private Lib() {}

  /** A Unix-like in-memory filesystem with inode and link counts. */
  static FileSystem jimfs() {
    return Jimfs.newFileSystem(
        Configuration.unix().toBuilder()
            .setAttributeViews("basic", "owner", "posix", "unix")
            .build());
  }

  /** Writes {@code content} to {@code root/rel}, creating folders. */
  static Path write(Path root, String rel, String content) {
    try {
      Path p = Scanner.resolve(root, rel);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content, StandardCharsets.UTF_8);
      Files.setLastModifiedTime(p, FileTime.fromMillis(1_600_000_000_000L));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every non-folder entry below {@code root}, relative, {@code /}-separated, sorted. */
  static Set<String> tree(Path root) throws IOException {
    Set<String> out = new TreeSet<>();
    if (!Files.exists(root)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .forEach(p -> out.add(root.relativize(p).toString()));
    }
    return out;
  }

  /** Every folder below {@code root}. */
  static Set<String> folders(Path root) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(
              p -> !p.equals(root) && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .forEach(p -> out.add(root.relativize(p).toString()));
    }
    return out;
  }

  static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }

  static Object inode(Path p) throws IOException {
    return Files.getAttribute(p, "unix:ino", java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  static List<Action> actions(SyncReport r) {
    return r.events().stream().map(Event::action).toList();
  }

  static Set<String> set(String... values) {
    return new TreeSet<>(List.of(values));
  }
}

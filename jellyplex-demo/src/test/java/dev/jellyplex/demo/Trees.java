package dev.jellyplex.demo;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: in-memory filesystems and tree listings. */
final class Trees {
  private Trees() {}

  static FileSystem jimfs() {
    return Jimfs.newFileSystem(
        Configuration.unix().toBuilder().setAttributeViews("basic", "posix", "unix").build());
  }

  /**
   * Every entry below {@code root}, sorted, as {@code relative/path/} for folders and {@code
   * relative/path size} for files.
   */
  static List<String> listing(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !p.equals(root))
          .forEach(
              p -> {
                StringBuilder rel = new StringBuilder();
                for (Path name : root.relativize(p)) {
                  rel.append(rel.length() > 0 ? "/" : "").append(name);
                }
                try {
                  out.add(Files.isDirectory(p) ? rel + "/" : rel + " " + Files.size(p));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    out.sort(null);
    return out;
  }
}

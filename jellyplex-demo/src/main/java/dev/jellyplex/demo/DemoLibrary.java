package dev.jellyplex.demo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes deterministic, plausible demo movie libraries in Plex or Jellyfin naming, for trying the
 * tool, for tests and for benchmarks.
 *
 * <pre>{@code
 * DemoSummary s = DemoLibrary.generate(dir, DemoOptions.plex(20).withSeed("demo"));
 * }</pre>
 *
 * <p>A library holds made-up titles (some non-ASCII, some with {@code " - "}, digits or
 * apostrophes), years 1920 to 2025, provider ids on most folders, editions, resolution versions,
 * Radarr-style names (Plex), stacked parts, extras folders and inline extras, subtitles named after
 * a video, artwork, {@code movie.nfo} and the odd {@code .DS_Store}. With everything included and
 * the default seed, 5,000 movies give 19,243 files and 7,001 folders below the root (7,002 counting
 * the root, as {@code find -type d} does), in either naming: close to the reference benchmark
 * library's 19,260 files and 7,002 folders.
 *
 * <p>The same seed and options give a byte-identical tree on every machine and Java version. Works
 * on any {@link Path}, including in-memory filesystems.
 *
 * @since 0.1.0
 */
public final class DemoLibrary {
  private DemoLibrary() {}

  /**
   * Writes a demo library under {@code root}, which is created if missing and must otherwise be an
   * empty directory.
   *
   * @return what was written
   * @throws FileSystemException naming {@code root} if it is not empty or not a directory
   * @throws IOException if writing fails; the tree is then incomplete
   */
  public static DemoSummary generate(Path root, DemoOptions options) throws IOException {
    if (Files.isDirectory(root)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
        if (entries.iterator().hasNext()) {
          throw new FileSystemException(
              root.toString(),
              null,
              "not empty; a demo library is only generated into a missing or empty directory");
        }
      }
    } else {
      Files.createDirectories(root);
    }
    List<DemoEntry> entries = DemoLayout.entries(options);
    long files = 0;
    long folders = 0;
    long bytes = 0;
    for (DemoEntry entry : entries) {
      Path path = root;
      for (String name : entry.path()) {
        path = path.resolve(name);
      }
      switch (entry.kind()) {
        case FOLDER -> {
          Files.createDirectory(path);
          folders++;
        }
        case VIDEO -> {
          writeVideo(path, options.fileSize());
          files++;
          bytes += options.fileSize();
        }
        case FILE -> {
          Files.createFile(path);
          files++;
        }
      }
    }
    return ImmutableDemoSummary.builder()
        .movies(options.movies())
        .files(files)
        .folders(folders)
        .bytes(bytes)
        .build();
  }

  /** An empty file, or a sparse one of {@code size} zero bytes. */
  private static void writeVideo(Path path, long size) throws IOException {
    if (size == 0) {
      Files.createFile(path);
      return;
    }
    try (FileChannel channel =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            StandardOpenOption.SPARSE)) {
      ByteBuffer last = ByteBuffer.allocate(1);
      while (last.hasRemaining()) {
        channel.write(last, size - 1);
      }
    }
  }
}

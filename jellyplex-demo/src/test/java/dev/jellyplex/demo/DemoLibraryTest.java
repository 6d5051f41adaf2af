package dev.jellyplex.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLibraryTest {
  private final FileSystem fs = Trees.jimfs();

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void sameSeedGivesIdenticalTrees() throws IOException {
    DemoOptions options = DemoOptions.plex(150).withSeed("same").withFileSize(3);
    DemoLibrary.generate(fs.getPath("/a"), options);
    try (FileSystem other = Trees.jimfs()) {
      DemoLibrary.generate(other.getPath("/elsewhere/b"), options);
      assertEquals(Trees.listing(fs.getPath("/a")), Trees.listing(other.getPath("/elsewhere/b")));
    }
  }

  @Test
  void differentSeedGivesDifferentTree() throws IOException {
    DemoLibrary.generate(fs.getPath("/a"), DemoOptions.jellyfin(30).withSeed("one"));
    DemoLibrary.generate(fs.getPath("/b"), DemoOptions.jellyfin(30).withSeed("two"));
    assertNotEquals(Trees.listing(fs.getPath("/a")), Trees.listing(fs.getPath("/b")));
  }

  @Test
  void numericSeedEqualsItsText() {
    assertEquals(DemoOptions.defaults().withSeed("42"), DemoOptions.defaults().withSeed(42));
    assertEquals(DemoOptions.builder().seed(42).build(), DemoOptions.defaults().withSeed("42"));
  }

  @Test
  void summaryMatchesTheTreeOnDisk() throws IOException {
    Path root = fs.getPath("/lib");
    DemoSummary s = DemoLibrary.generate(root, DemoOptions.jellyfin(120).withFileSize(1000));
    List<String> listing = Trees.listing(root);
    long folders = listing.stream().filter(l -> l.endsWith("/")).count();
    long files = listing.size() - folders;
    long movieFolders;
    try (Stream<Path> top = Files.list(root)) {
      movieFolders = top.filter(Files::isDirectory).count();
    }
    long videos = listing.stream().filter(l -> l.endsWith(" 1000")).count();
    assertEquals(120, s.movies());
    assertEquals(120, movieFolders);
    assertEquals(folders, s.folders());
    assertEquals(files, s.files());
    assertEquals(videos * 1000, s.bytes());
    assertTrue(videos >= 120, "at least one video per movie");
  }

  @Test
  void countsScaleWithMovies() throws IOException {
    DemoSummary none = DemoLibrary.generate(fs.getPath("/zero"), DemoOptions.plex(0));
    assertEquals(0, none.files() + none.folders());
    assertEquals(List.of(), Trees.listing(fs.getPath("/zero")));

    DemoSummary small = DemoLibrary.generate(fs.getPath("/small"), DemoOptions.plex(300));
    DemoSummary large = DemoLibrary.generate(fs.getPath("/large"), DemoOptions.plex(1200));
    double ratio = (double) large.files() / small.files();
    assertTrue(ratio > 3.4 && ratio < 4.6, "files grow with movies: " + ratio);
    assertTrue(large.folders() >= 1200 && large.folders() < 2 * 1200, "folders " + large);
  }

  @Test
  void aSmallerLibraryIsAPrefixOfALargerOne() throws IOException {
    DemoLibrary.generate(fs.getPath("/small"), DemoOptions.plex(40).withSeed("p"));
    DemoLibrary.generate(fs.getPath("/large"), DemoOptions.plex(90).withSeed("p"));
    List<String> small = Trees.listing(fs.getPath("/small"));
    List<String> large = Trees.listing(fs.getPath("/large"));
    assertTrue(large.containsAll(small));
    assertTrue(large.size() > small.size());
  }

  @Test
  void bothFormatsHoldTheSameMovies() throws IOException {
    DemoSummary plex = DemoLibrary.generate(fs.getPath("/p"), DemoOptions.plex(200));
    DemoSummary jellyfin = DemoLibrary.generate(fs.getPath("/j"), DemoOptions.jellyfin(200));
    assertEquals(plex, jellyfin);
    assertNotEquals(Trees.listing(fs.getPath("/p")), Trees.listing(fs.getPath("/j")));
  }

  @Test
  void switchesLeaveOutTheirFilesAndNothingElse() throws IOException {
    DemoLibrary.generate(fs.getPath("/all"), DemoOptions.plex(300));
    DemoLibrary.generate(
        fs.getPath("/bare"),
        DemoOptions.plex(300)
            .withExtras(false)
            .withSubtitles(false)
            .withArtwork(false)
            .withHiddenFiles(false));
    List<String> all = Trees.listing(fs.getPath("/all"));
    List<String> bare = Trees.listing(fs.getPath("/bare"));
    assertTrue(all.containsAll(bare), "switching off only removes entries");
    for (String line : bare) {
      assertFalse(line.contains(".srt"), line);
      assertFalse(line.contains("poster.jpg") || line.contains(".nfo"), line);
      assertFalse(line.contains(".DS_Store"), line);
      assertFalse(line.contains("-trailer."), line);
      assertEquals(1, line.chars().filter(c -> c == '/').count(), "no subfolders: " + line);
    }
    List<String> removed = all.stream().filter(l -> !bare.contains(l)).collect(Collectors.toList());
    assertTrue(removed.stream().anyMatch(l -> l.contains(".srt")));
    assertTrue(removed.stream().anyMatch(l -> l.endsWith("/poster.jpg 0")));
    assertTrue(removed.stream().anyMatch(l -> l.endsWith("/.DS_Store 0")));
    assertTrue(removed.stream().anyMatch(l -> l.chars().filter(c -> c == '/').count() == 2));
  }

  @Test
  void refusesANonEmptyRootAndNamesIt() throws IOException {
    Path root = fs.getPath("/media/Movies");
    Files.createDirectories(root);
    Files.createFile(root.resolve("keep.txt"));
    FileSystemException e =
        assertThrows(
            FileSystemException.class, () -> DemoLibrary.generate(root, DemoOptions.plex(5)));
    assertTrue(message(e).contains("/media/Movies"), e.getMessage());
    assertEquals(List.of("keep.txt 0"), Trees.listing(root));
  }

  @Test
  void refusesARootThatIsAFile() throws IOException {
    Path root = fs.getPath("/file");
    Files.createFile(root);
    IOException e =
        assertThrows(IOException.class, () -> DemoLibrary.generate(root, DemoOptions.plex(5)));
    assertTrue(message(e).contains("/file"), e.getMessage());
  }

  @Test
  void writesIntoAnExistingEmptyRoot() throws IOException {
    Path root = fs.getPath("/empty");
    Files.createDirectory(root);
    DemoSummary s = DemoLibrary.generate(root, DemoOptions.plex(3));
    assertEquals(3, s.movies());
    assertFalse(Trees.listing(root).isEmpty());
  }

  @Test
  void sparseVideosHaveTheRequestedSizeOnARealFilesystem(@TempDir Path tmp) throws IOException {
    long size = 64L << 20; // 64 MiB each; sparse, so the test writes almost nothing
    Path root = tmp.resolve("lib");
    DemoSummary s =
        DemoLibrary.generate(root, DemoOptions.jellyfin(4).withFileSize(size).withSeed("sparse"));
    List<Path> videos;
    try (Stream<Path> walk = Files.walk(root)) {
      videos =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().matches(".*\\.(mkv|mp4|m4v|avi)"))
              .collect(Collectors.toList());
    }
    assertFalse(videos.isEmpty());
    for (Path v : videos) {
      assertEquals(size, Files.size(v), v.toString());
    }
    assertEquals(videos.size() * size, s.bytes());
    try (Stream<Path> walk = Files.walk(root)) {
      assertTrue(
          walk.filter(Files::isRegularFile)
              .filter(p -> !videos.contains(p))
              .allMatch(p -> sizeOf(p) == 0),
          "sidecars stay empty");
    }
  }

  @Test
  void rejectsBadOptionsWithTheValueInTheMessage() {
    IllegalArgumentException format =
        assertThrows(
            IllegalArgumentException.class,
            () -> DemoOptions.defaults().withFormat(FormatId.of("emby")));
    assertTrue(message(format).contains("emby"));
    IllegalArgumentException movies =
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.plex(-1));
    assertTrue(message(movies).contains("-1"));
    assertThrows(
        IllegalArgumentException.class, () -> DemoOptions.plex(DemoOptions.MAX_MOVIES + 1));
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.defaults().withFileSize(-5));
    assertTrue(message(size).contains("-5"));
  }

  private static String message(Throwable t) {
    return String.valueOf(t.getMessage());
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

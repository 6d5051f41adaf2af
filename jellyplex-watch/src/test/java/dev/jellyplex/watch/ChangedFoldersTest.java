package dev.jellyplex.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jellyplex.engine.ImportOptions;
import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.notify.ChangeType;
import dev.jellyplex.notify.FolderChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changed folders read from real sync and import reports. */
class ChangedFoldersTest {
  @TempDir Path dir;

  static void movie(Path library, String folder, String... files) throws IOException {
    Path f = Files.createDirectories(library.resolve(folder));
    for (String name : files) {
      Files.writeString(f.resolve(name), name);
    }
  }

  @Test
  void newChangedAndRemovedMovieFolders() throws IOException {
    Path source = dir.resolve("plex");
    Path target = dir.resolve("jellyfin");
    movie(source, "Heat (1995) {imdb-tt0113277}", "Heat (1995) {imdb-tt0113277}.mkv");
    movie(source, "Alien (1979)", "Alien (1979).mkv");
    SyncOptions delete = SyncOptions.defaults().withDelete(true).withCreate(true);
    assertEquals(
        List.of(
            FolderChange.of(target.resolve("Alien (1979)"), ChangeType.CREATED),
            FolderChange.of(target.resolve("Heat (1995) [imdbid-tt0113277]"), ChangeType.CREATED)),
        ChangedFolders.of(JellyPlex.sync(source, target, delete)));

    assertEquals(List.of(), ChangedFolders.of(JellyPlex.sync(source, target, delete)));

    movie(source, "Heat (1995) {imdb-tt0113277}", "Heat (1995) {imdb-tt0113277}.en.srt");
    movie(source, "Up (2009)", "Up (2009).mkv");
    deleteTree(source.resolve("Alien (1979)"));
    assertEquals(
        List.of(
            FolderChange.of(target.resolve("Alien (1979)"), ChangeType.DELETED),
            FolderChange.of(target.resolve("Heat (1995) [imdbid-tt0113277]"), ChangeType.MODIFIED),
            FolderChange.of(target.resolve("Up (2009)"), ChangeType.CREATED)),
        ChangedFolders.of(JellyPlex.sync(source, target, delete)));
  }

  @Test
  void aDryRunReportsWhatARealRunWouldChange() throws IOException {
    Path source = dir.resolve("plex");
    Path target = Files.createDirectories(dir.resolve("jellyfin"));
    movie(source, "Up (2009) {imdb-tt1049413}", "Up (2009) {imdb-tt1049413}.mkv");
    assertEquals(
        List.of(
            FolderChange.of(target.resolve("Up (2009) [imdbid-tt1049413]"), ChangeType.CREATED)),
        ChangedFolders.of(JellyPlex.sync(source, target, SyncOptions.defaults().withDryRun(true))));
  }

  @Test
  void importedVideosChangeTheirMovieFolders() throws IOException {
    Path staging = Files.createDirectories(dir.resolve("staging"));
    Path target = Files.createDirectories(dir.resolve("library"));
    Files.writeString(staging.resolve("Up (2009).mkv"), "up");
    List<FolderChange> changes =
        ChangedFolders.of(JellyPlex.importFiles(staging, target, ImportOptions.builder().build()));
    assertEquals(1, changes.size());
    assertEquals(target, changes.get(0).folder().getParent());
    assertEquals(ChangeType.CREATED, changes.get(0).type());
  }

  static void deleteTree(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}

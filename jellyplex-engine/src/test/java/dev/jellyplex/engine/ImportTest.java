package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.set;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing loose files into a one-folder-per-movie library, on an in-memory filesystem. */
class ImportTest {
  FileSystem fs;
  Path staging;
  Path library;

  static final ImportOptions PLEX =
      ImportOptions.builder().sourceFormat(FormatId.PLEX).targetFormat(FormatId.PLEX).build();

  @BeforeEach
  void setUp() throws IOException {
    fs = Lib.jimfs();
    staging = fs.getPath("/downloads");
    library = fs.getPath("/media/plex");
    Files.createDirectories(library);
    write(staging, "Heat (1995) {imdb-tt0113277} [1080p].mkv", "heat 1080");
    write(staging, "nested/deeper/Heat (1995) {imdb-tt0113277} [2160p].mkv", "heat 2160");
    write(staging, "nested/Alien (1979).mkv", "alien");
    write(staging, "nested/Alien (1979).nfo", "not a video");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  Set<String> expected() {
    return set(
        "Alien (1979)/Alien (1979).mkv",
        "Heat (1995) {imdb-tt0113277}/Heat (1995) {imdb-tt0113277} [1080p].mkv",
        "Heat (1995) {imdb-tt0113277}/Heat (1995) {imdb-tt0113277} [2160p].mkv");
  }

  @Test
  void moveGroupsFilesByMovieAndRemovesThemFromStaging() throws IOException {
    Object inode = Lib.inode(staging.resolve("nested/Alien (1979).mkv"));

    SyncReport r = JellyPlex.importFiles(staging, library, PLEX, SyncListener.NONE);

    assertEquals(expected(), tree(library));
    assertEquals(2, r.moviesProcessed());
    assertEquals(3, r.events().size());
    assertTrue(r.events().stream().allMatch(e -> e.action() == Action.LINK));
    assertTrue(r.errors().isEmpty());
    assertEquals(set("nested/Alien (1979).nfo"), tree(staging));
    assertEquals(
        List.of("nested/Alien (1979).nfo"),
        r.plan().ignored().stream().map(dev.jellyplex.model.IgnoredEntry::relativePath).toList());
    assertEquals(inode, Lib.inode(library.resolve("Alien (1979)/Alien (1979).mkv")), "a rename");
  }

  @Test
  void copyKeepsTheStagedFiles() throws IOException {
    Set<String> before = tree(staging);
    SyncReport r =
        JellyPlex.importFiles(
            staging, library, PLEX.withMaterializer(Materializer.COPY), SyncListener.NONE);
    assertEquals(expected(), tree(library));
    assertEquals(before, tree(staging));
    assertEquals(3, r.events().size());
  }

  @Test
  void intoAJellyfinLibraryTheNamesAreTranslated() throws IOException {
    SyncReport r =
        JellyPlex.importFiles(
            staging, library, PLEX.withTargetFormat(FormatId.JELLYFIN), SyncListener.NONE);
    assertEquals(
        set(
            "Alien (1979)/Alien (1979).mkv",
            "Heat (1995) [imdbid-tt0113277]/Heat (1995) [imdbid-tt0113277] - BD.mkv",
            "Heat (1995) [imdbid-tt0113277]/Heat (1995) [imdbid-tt0113277] - 4k.mkv"),
        tree(library));
    assertEquals(FormatId.JELLYFIN, r.plan().targetFormat());
  }

  @Test
  void neverOverwritesAndSkipsWhatIsAlreadyThere() throws IOException {
    write(library, "Alien (1979)/Alien (1979).mkv", "a different alien");
    Path heat = library.resolve("Heat (1995) {imdb-tt0113277}");
    Files.createDirectories(heat);
    Files.copy(
        staging.resolve("Heat (1995) {imdb-tt0113277} [1080p].mkv"),
        heat.resolve("Heat (1995) {imdb-tt0113277} [1080p].mkv"),
        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);

    SyncReport r = JellyPlex.importFiles(staging, library, PLEX, SyncListener.NONE);

    assertEquals(
        "a different alien", Files.readString(library.resolve("Alien (1979)/Alien (1979).mkv")));
    assertEquals(1, r.errors().size());
    assertTrue(r.errors().get(0).reason().contains("never overwrites"), r.errors().toString());
    assertTrue(Files.exists(staging.resolve("nested/Alien (1979).mkv")), "left in staging");
    assertEquals(
        List.of(Action.SKIP, Action.LINK), r.events().stream().map(Event::action).toList());
  }

  @Test
  void aMoveInterruptedBetweenLinkAndUnlinkIsFinished() throws IOException {
    Path staged = staging.resolve("nested/Alien (1979).mkv");
    Files.createDirectories(library.resolve("Alien (1979)"));
    Files.createLink(library.resolve("Alien (1979)/Alien (1979).mkv"), staged);

    SyncReport r = JellyPlex.importFiles(staging, library, PLEX, SyncListener.NONE);

    assertTrue(r.errors().isEmpty(), r.errors().toString());
    assertFalse(Files.exists(staged), "the staged name of the same file is removed");
    assertEquals(expected(), tree(library));
  }

  @Test
  void twoStagedFilesForOneNameAreBothLeftAlone() throws IOException {
    write(staging, "other/Alien (1979).mkv", "another alien");
    SyncReport r = JellyPlex.importFiles(staging, library, PLEX, SyncListener.NONE);
    assertEquals(2, r.errors().size());
    assertFalse(Files.exists(library.resolve("Alien (1979)")));
    assertTrue(Files.exists(staging.resolve("other/Alien (1979).mkv")));
  }

  @Test
  void dryRunChangesNothingAndReportsTheSameEvents() throws IOException {
    Set<String> before = tree(staging);
    SyncReport dry =
        JellyPlex.importFiles(staging, library, PLEX.withDryRun(true), SyncListener.NONE);
    assertEquals(before, tree(staging));
    assertEquals(Set.of(), tree(library));
    SyncReport real = JellyPlex.importFiles(staging, library, PLEX, SyncListener.NONE);
    assertEquals(real.events(), dry.events());
    assertTrue(dry.dryRun());
  }

  @Test
  void targetFormatIsDetectedFromTheLibrary() throws IOException {
    write(library, "Arrival (2016) [tmdbid-329865]/Arrival (2016) [tmdbid-329865] - 4k.mp4", "x");
    SyncReport r =
        JellyPlex.importFiles(staging, library, ImportOptions.defaults(), SyncListener.NONE);
    assertEquals(FormatId.JELLYFIN, r.plan().targetFormat());
    assertEquals(FormatId.PLEX, r.plan().sourceFormat());
    assertTrue(Files.exists(library.resolve("Heat (1995) [imdbid-tt0113277]")));
  }

  @Test
  void guards() {
    assertThrows(
        SetupException.class,
        () -> JellyPlex.importFiles(fs.getPath("/none"), library, PLEX, SyncListener.NONE));
    assertThrows(
        SetupException.class,
        () -> JellyPlex.importFiles(staging, fs.getPath("/media/new"), PLEX, SyncListener.NONE));
    assertThrows(
        SetupException.class,
        () ->
            JellyPlex.importFiles(
                staging, staging.resolve("lib"), PLEX.withCreate(true), SyncListener.NONE));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            JellyPlex.importFiles(
                staging,
                library,
                PLEX.withMaterializer(Materializer.FORCE_COPY),
                SyncListener.NONE));
  }

  @Test
  void aMissingLibraryIsMadeWithCreateAndNotOnADryRun() throws IOException {
    Path fresh = fs.getPath("/media/new");

    SyncReport dry = JellyPlex.importFiles(staging, fresh, PLEX.withCreate(true).withDryRun(true));
    assertEquals(3, dry.events().size());
    assertFalse(Files.exists(fresh), "a dry run makes nothing");

    SyncReport r = JellyPlex.importFiles(staging, fresh, PLEX.withCreate(true));
    assertTrue(r.errors().isEmpty(), r.errors().toString());
    assertEquals(expected(), tree(fresh));
  }
}

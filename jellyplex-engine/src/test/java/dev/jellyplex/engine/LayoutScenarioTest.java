package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.inode;
import static dev.jellyplex.engine.Lib.set;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.model.IgnoredEntry;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Library layouts beyond one level of movie folders (naming contract 8) through sync, diff, plan,
 * strays and delete, on Jimfs: collection folders, folders of several movies, movies at the root,
 * NAS and system folders, merged Plex edition folders.
 */
class LayoutScenarioTest {
  static final String HEAT = "Action/Heat (1995) {imdb-tt0113277}";
  static final String HEAT_J = "Action/Heat (1995) [imdbid-tt0113277]";
  static final String RONIN = "Action/Crime/Ronin (1998)";

  private FileSystem fs;
  private Path src;
  private Path tgt;

  @BeforeEach
  void setUp() throws IOException {
    fs = Lib.jimfs();
    src = fs.getPath("/plex");
    tgt = Files.createDirectories(fs.getPath("/jellyfin"));
    write(src, HEAT + "/Heat (1995) {imdb-tt0113277}.mkv", "heat");
    write(src, HEAT + "/Heat (1995) {imdb-tt0113277}.en.srt", "subs");
    write(src, RONIN + "/Ronin (1998).mkv", "ronin");
    write(src, "Action/folder.jpg", "genre art");
    write(src, "Alien Anthology/Alien (1979).mkv", "alien");
    write(src, "Alien Anthology/Alien (1979).en.srt", "alien subs");
    write(src, "Alien Anthology/Aliens (1986).mkv", "aliens");
    write(src, "Alien Anthology/poster.jpg", "poster");
    write(src, "Up (2009) {imdb-tt1049413}.mkv", "up");
    write(src, "Up (2009) {imdb-tt1049413}.en.srt", "up subs");
    write(src, "notes.txt", "notes");
    write(src, "#recycle/Old (1990)/Old (1990).mkv", "old");
    write(src, "Private/.ignore", "");
    write(src, "Private/Home (2010)/Home (2010).mkv", "home");
    write(src, ".DS_Store", "x");
    write(src, HEAT + "/.DS_Store", "x");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  static final Set<String> EXPECTED =
      set(
          HEAT_J + "/Heat (1995) [imdbid-tt0113277].mkv",
          HEAT_J + "/Heat (1995) [imdbid-tt0113277].en.srt",
          RONIN + "/Ronin (1998).mkv",
          "Action/folder.jpg",
          "Alien Anthology/Alien (1979)/Alien (1979).mkv",
          "Alien Anthology/Alien (1979)/Alien (1979).en.srt",
          "Alien Anthology/Aliens (1986)/Aliens (1986).mkv",
          "Alien Anthology/poster.jpg",
          "Up (2009) [imdbid-tt1049413]/Up (2009) [imdbid-tt1049413].mkv",
          "Up (2009) [imdbid-tt1049413]/Up (2009) [imdbid-tt1049413].en.srt");

  @Test
  void everyLayoutIsMirroredAndThenInSync() throws IOException {
    SyncReport r = JellyPlex.sync(src, tgt, P2J);

    assertTrue(r.successful(), r.errors().toString());
    assertEquals(EXPECTED, tree(tgt));
    assertEquals(
        inode(src.resolve(HEAT + "/Heat (1995) {imdb-tt0113277}.mkv")),
        inode(tgt.resolve(HEAT_J + "/Heat (1995) [imdbid-tt0113277].mkv")));
    assertEquals(
        List.of("Action", "Action/Crime", "Alien Anthology"),
        List.copyOf(r.plan().collections().keySet()));
    assertEquals(
        List.of(
            "Action/Crime/Ronin (1998)",
            "Action/Heat (1995) [imdbid-tt0113277]",
            "Alien Anthology/Alien (1979)",
            "Alien Anthology/Aliens (1986)",
            "Up (2009) [imdbid-tt1049413]"),
        r.plan().movies().stream().map(PlannedMovie::targetFolder).toList());
    PlannedMovie up = r.plan().movies().get(4);
    assertEquals("", up.sourceFolder());
    assertEquals("Up (2009) {imdb-tt1049413}.mkv", up.sourceName());
    assertEquals("Alien Anthology", r.plan().movies().get(2).sourceFolder());
    assertEquals("Alien Anthology/Alien (1979).mkv", r.plan().movies().get(2).sourceName());
    assertEquals(HEAT, r.plan().movies().get(1).sourceName());

    List<String> ignored =
        r.plan().ignored().stream().map(e -> e.relativePath() + ": " + e.reason()).toList();
    assertTrue(ignored.contains("notes.txt: file at the library root"), ignored.toString());
    assertTrue(ignored.contains("#recycle: system folder"), ignored.toString());
    assertTrue(ignored.contains("Private/.ignore: " + Discovery.IGNORE_MARKER), ignored.toString());
    assertFalse(ignored.stream().anyMatch(e -> e.contains(".DS_Store")), ignored.toString());

    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertTrue(d.moviesOnlyInSource().isEmpty(), d.toString());
    assertTrue(d.moviesOnlyInTarget().isEmpty(), d.toString());
    assertTrue(d.differingMovies().isEmpty(), d.toString());
    // only the root file is not mirrored; the .ignore folder and the NAS folder are no loss
    assertEquals(
        List.of(IgnoredEntry.of("notes.txt", "file at the library root")), d.notMirrored());

    SyncReport again = JellyPlex.sync(src, tgt, P2J.withDelete(true));
    assertTrue(again.events().stream().allMatch(e -> e.action() == Action.SKIP));
    assertEquals(EXPECTED, tree(tgt));
  }

  @Test
  void aMovieGoneFromACollectionIsAStrayAndTheCollectionStays() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    Lib.deleteTree(src.resolve(HEAT));

    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertEquals(List.of(HEAT_J), d.moviesOnlyInTarget());
    SyncReport kept = JellyPlex.sync(src, tgt, P2J);
    assertEquals(List.of(HEAT_J), kept.strays());
    assertTrue(Files.exists(tgt.resolve(HEAT_J)));

    SyncReport removed = JellyPlex.sync(src, tgt, P2J.withDelete(true));
    assertTrue(removed.successful(), removed.errors().toString());
    assertFalse(Files.exists(tgt.resolve(HEAT_J)));
    assertTrue(Files.exists(tgt.resolve(RONIN + "/Ronin (1998).mkv")));
    assertTrue(Files.exists(tgt.resolve("Action/folder.jpg")), "a collection's own files stay");
    assertTrue(
        removed.events().stream()
            .anyMatch(
                e ->
                    e.action() == Action.REMOVE
                        && e.target().equals(tgt.resolve(HEAT_J))
                        && e.context().orElseThrow() == StrayLevel.LIBRARY_STRAY),
        removed.events().toString());

    // once it holds no planned movie, the collection folder itself is a stray at the root
    Lib.deleteTree(src.resolve("Action"));
    SyncReport gone = JellyPlex.sync(src, tgt, P2J.withDelete(true).withMaxDeleteAll(true));
    assertEquals(List.of("Action"), gone.strays());
    assertFalse(Files.exists(tgt.resolve("Action")));
  }

  @Test
  void strayFilesAndFoldersInsideACollectionAreLibraryStrays() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(tgt, "Action/Old (1990)/Old (1990).mkv", "junk");
    write(tgt, "Action/junk.txt", "junk");
    write(tgt, "Alien Anthology/Alien 3 (1992)/x.mkv", "junk");

    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertEquals(
        List.of("Action/Old (1990)", "Action/junk.txt", "Alien Anthology/Alien 3 (1992)"),
        d.moviesOnlyInTarget());

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));
    assertTrue(r.successful(), r.errors().toString());
    assertEquals(EXPECTED, tree(tgt));
    assertTrue(JellyPlex.diff(src, tgt, P2J).moviesOnlyInTarget().isEmpty());
  }

  @Test
  void nasAndIgnoredFoldersInTheTargetAreNeverRemoved() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    Set<String> nas =
        set(
            "#recycle/Heat (1995)/x.mkv",
            "@eaDir/thumb.jpg",
            "Action/@eaDir/thumb.jpg",
            "Action/#snapshot/x.mkv",
            "Action/.hidden/x.mkv",
            "Action/Crime/$RECYCLE.BIN/x",
            "Alien Anthology/lost+found/x",
            "Kept/.ignore",
            "Kept/Film (2001)/Film (2001).mkv",
            "Action/Kept Too/.ignore",
            "Action/Kept Too/x.mkv");
    for (String p : nas) {
      write(tgt, p, p.endsWith(".ignore") ? "" : "x");
    }

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true).withMaxDeleteAll(true));

    assertTrue(r.successful(), r.errors().toString());
    assertEquals(List.of(), r.strays());
    Set<String> expected = new java.util.TreeSet<>(EXPECTED);
    expected.addAll(nas);
    assertEquals(expected, tree(tgt));
    assertTrue(JellyPlex.diff(src, tgt, P2J).moviesOnlyInTarget().isEmpty());
  }

  @Test
  void aMovieMovedIntoACollectionIsRenamedIntoIt() throws IOException {
    write(src, "Ronin (1998)/Ronin (1998) [1080p].mkv", "loose ronin");
    JellyPlex.sync(src, tgt, P2J);
    Object inode = inode(tgt.resolve("Ronin (1998)/Ronin (1998) - BD.mkv"));
    Files.createDirectories(src.resolve("Thriller"));
    Files.move(src.resolve("Ronin (1998)"), src.resolve("Thriller/Ronin (1998)"));

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertTrue(r.successful(), r.errors().toString());
    assertFalse(Files.exists(tgt.resolve("Ronin (1998)")));
    assertEquals(inode, inode(tgt.resolve("Thriller/Ronin (1998)/Ronin (1998) - BD.mkv")));
    assertTrue(r.events().stream().anyMatch(e -> e.action() == Action.RENAME));
  }

  @Test
  void plexEditionFoldersMergeIntoOneJellyfinFolder() throws IOException {
    String alien = "Sci-Fi/Alien (1979) {imdb-tt0078748}";
    write(src, alien + "/Alien (1979) {imdb-tt0078748}.mkv", "theatrical");
    write(src, alien + "/poster.jpg", "poster");
    String cut = "Sci-Fi/Alien (1979) {imdb-tt0078748} {edition-Director's Cut}";
    write(src, cut + "/Alien (1979) {imdb-tt0078748} {edition-Director's Cut}.mkv", "dc");
    write(src, cut + "/poster.jpg", "dc poster");

    SyncReport r = JellyPlex.sync(src, tgt, P2J);

    assertTrue(r.successful(), r.errors().toString());
    assertTrue(r.plan().folderClashes().isEmpty(), r.plan().folderClashes().toString());
    String merged = "Sci-Fi/Alien (1979) [imdbid-tt0078748]";
    assertTrue(
        tree(tgt)
            .containsAll(
                set(
                    merged + "/Alien (1979) [imdbid-tt0078748].mkv",
                    merged + "/Alien (1979) [imdbid-tt0078748] - Director's Cut.mkv",
                    merged + "/poster.jpg")),
        tree(tgt).toString());
    assertEquals("poster", Files.readString(tgt.resolve(merged + "/poster.jpg")));
    PlannedMovie m =
        r.plan().movies().stream()
            .filter(p -> p.targetFolder().equals(merged))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(alien, cut), m.mergedFolders());
    assertEquals("Sci-Fi", m.sourceFolder());
    assertEquals(alien + " + " + cut, m.sourceName());
    assertTrue(
        r.plan().ignored().stream().anyMatch(e -> e.relativePath().equals(cut + "/poster.jpg")),
        r.plan().ignored().toString());
    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertTrue(d.differingMovies().isEmpty() && d.moviesOnlyInTarget().isEmpty(), d.toString());
  }

  @Test
  void aPartialSyncOfACollectionWorksLikeAWholeOne() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(src, "Action/Crime/Ronin (1998)/Ronin (1998) [2160p].mkv", "4k");
    Lib.deleteTree(src.resolve(HEAT));
    SyncOptions options = P2J.withDelete(true);

    SyncReport r = JellyPlex.sync(src, tgt, options, List.of("Action"), SyncListener.NONE);

    assertTrue(r.successful(), r.errors().toString());
    assertTrue(Files.exists(tgt.resolve(RONIN + "/Ronin (1998) - 4k.mkv")));
    assertFalse(Files.exists(tgt.resolve(HEAT_J)));
    assertTrue(Files.exists(tgt.resolve("Up (2009) [imdbid-tt1049413]")), "out of scope: kept");
  }

  @Test
  void aRenamedCollectionOfOneMovieIsNotTakenForThatMoviesFolder() throws IOException {
    Lib.deleteTree(src.resolve("Action/Crime"));
    Files.delete(src.resolve("Action/folder.jpg"));
    JellyPlex.sync(src, tgt, P2J);
    Files.move(src.resolve("Action"), src.resolve("Action Movies"));

    SyncReport kept = JellyPlex.sync(src, tgt, P2J);

    assertTrue(kept.successful(), kept.errors().toString());
    assertEquals(List.of("Action"), kept.strays(), "the old collection is a stray, not renamed");
    assertEquals(
        set("Heat (1995) [imdbid-tt0113277].mkv", "Heat (1995) [imdbid-tt0113277].en.srt"),
        tree(tgt.resolve("Action Movies/Heat (1995) [imdbid-tt0113277]")));
  }

  @Test
  void theFormatOfALibraryOfCollectionsIsDetected() throws IOException {
    Path jf = fs.getPath("/only-collections");
    write(jf, "Kids/Up (2009) [imdbid-tt1049413]/Up (2009) [imdbid-tt1049413].mkv", "up");
    assertEquals(
        java.util.Optional.of(dev.jellyplex.model.FormatId.JELLYFIN),
        JellyPlex.detect(jf).format());
  }
}

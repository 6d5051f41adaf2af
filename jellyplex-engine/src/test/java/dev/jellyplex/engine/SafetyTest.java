package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * behavior.md rev 2: local clashes, deletions counted by files, the default bound, diff's answer.
 */
class SafetyTest {
  static final String ALIEN = "Alien (1979)";

  FileSystem fs;
  Path src;
  Path tgt;

  @BeforeEach
  void setUp() throws IOException {
    fs = Lib.jimfs();
    src = fs.getPath("/plex");
    tgt = Files.createDirectories(fs.getPath("/jellyfin"));
    write(src, ALIEN + "/" + ALIEN + ".mkv", "alien");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  @Test
  void aClashingMoviesOldTargetFolderSurvivesDeleteAndTheRestSyncs() throws IOException {
    write(tgt, "Heat (1995)/Heat (1995).mkv", "the old heat");
    write(src, "Heat (1995) [remastered]/Heat (1995).mkv", "other heat");
    write(src, "Heat (1995)/Heat (1995).mkv", "heat");

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertFalse(r.successful());
    assertEquals(0, r.filesRemoved());
    assertTrue(r.strays().isEmpty(), r.strays().toString());
    assertEquals(Set.of(ALIEN + "/" + ALIEN + ".mkv", "Heat (1995)/Heat (1995).mkv"), tree(tgt));
    assertEquals("the old heat", Files.readString(tgt.resolve("Heat (1995)/Heat (1995).mkv")));

    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertFalse(d.inSync(), "a skipped movie is a difference");
    assertEquals(
        List.of("Heat (1995)", "Heat (1995) [remastered]"),
        d.notMirrored().stream().map(IgnoredEntry::relativePath).toList());
  }

  @Test
  void removalsAreCountedByFiles() throws IOException {
    write(tgt, "Old (1950)/Old (1950).mkv", "old");
    write(tgt, "Old (1950)/poster.jpg", "poster");
    write(tgt, "Old (1950)/extras/a.mkv", "extra");

    RefusedException e =
        assertThrows(
            RefusedException.class,
            () -> JellyPlex.sync(src, tgt, P2J.withDelete(true).withMaxDelete(2)));
    assertTrue(String.valueOf(e.getMessage()).contains("3 files"), e.getMessage());
    assertTrue(Files.exists(tgt.resolve("Old (1950)/poster.jpg")));

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true).withMaxDelete(3));
    assertEquals(3, r.filesRemoved());
    assertFalse(Files.exists(tgt.resolve("Old (1950)")));
  }

  @Test
  void removingMoreThanHalfOfTheMovieFoldersIsRefusedByDefault() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    for (int i = 0; i < 4; i++) {
      write(tgt, "Gone " + i + " (2000)/Gone " + i + " (2000).mkv", "gone");
    }
    Set<String> before = tree(tgt);

    RefusedException e =
        assertThrows(RefusedException.class, () -> JellyPlex.sync(src, tgt, P2J.withDelete(true)));
    String m = String.valueOf(e.getMessage());
    assertTrue(m.contains("4 of the 5 movie folders"), m);
    assertTrue(m.contains("withMaxDelete(") && m.contains("mounted"), m);
    assertEquals(before, tree(tgt), "nothing removed");

    SyncReport percent =
        JellyPlex.sync(src, tgt, P2J.withDelete(true).withDryRun(true).withMaxDeletePercent(80));
    assertEquals(4, percent.filesRemoved());
    assertThrows(
        RefusedException.class,
        () -> JellyPlex.sync(src, tgt, P2J.withDelete(true).withMaxDeletePercent(50)));

    SyncReport all = JellyPlex.sync(src, tgt, P2J.withDelete(true).withMaxDeleteAll(true));
    assertEquals(4, all.filesRemoved());
    assertEquals(Set.of(ALIEN + "/" + ALIEN + ".mkv"), tree(tgt));
  }

  @Test
  void threeMovieFoldersOrFewerAreNotBounded() throws IOException {
    for (int i = 0; i < 3; i++) {
      write(tgt, "Gone " + i + " (2000)/Gone " + i + " (2000).mkv", "gone");
    }
    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));
    assertEquals(3, r.filesRemoved());
  }

  @Test
  void oneBoundAtMostAndMoveIsNoSyncMaterializer() {
    assertThrows(IllegalArgumentException.class, () -> P2J.withMaxDelete(3).withMaxDeleteAll(true));
    assertThrows(IllegalArgumentException.class, () -> P2J.withMaxDeletePercent(101));
    assertThrows(IllegalArgumentException.class, () -> P2J.withMaterializer(Materializer.MOVE));
    assertThrows(
        IllegalArgumentException.class,
        () -> ImportOptions.defaults().withMaterializer(Materializer.HARDLINK));
  }

  @Test
  void aLooseRootFileIsNotMirroredSoDiffIsNotInSync() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    assertTrue(JellyPlex.diff(src, tgt, P2J).inSync());
    write(src, "notes.txt", "notes");
    write(src, ".hidden", "dot files are fine");
    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertFalse(d.inSync());
    assertEquals(
        List.of("notes.txt"), d.notMirrored().stream().map(IgnoredEntry::relativePath).toList());
    assertTrue(d.errors().isEmpty());
  }

  @Test
  void renamedSourceFoldersRenameTheirTargetFoldersWithOrWithoutDelete() throws IOException {
    for (int i = 0; i < 5; i++) {
      write(src, "Film " + i + " (2000)/Film " + i + " (2000).mkv", "film " + i);
      write(src, "Film " + i + " (2000)/poster.jpg", "poster " + i);
    }
    JellyPlex.sync(src, tgt, P2J);
    Object inode = Lib.inode(tgt.resolve("Film 0 (2000)/Film 0 (2000).mkv"));
    // the user adds ids to every source folder name: every target folder name changes
    for (int i = 0; i < 5; i++) {
      Files.move(
          src.resolve("Film " + i + " (2000)"),
          src.resolve("Film " + i + " (2000) {tmdb-" + i + "}"));
    }

    SyncReport kept = JellyPlex.sync(src, tgt, P2J);
    assertTrue(kept.successful(), kept.errors().toString());
    assertTrue(kept.strays().isEmpty(), kept.strays().toString());
    assertEquals(0, kept.filesRemoved());
    Path renamed = tgt.resolve("Film 0 (2000) [tmdbid-0]");
    assertEquals(inode, Lib.inode(renamed.resolve("Film 0 (2000) [tmdbid-0].mkv")));
    assertFalse(Files.exists(tgt.resolve("Film 0 (2000)")));
    Event folder =
        kept.events().stream()
            .filter(e -> e.target().equals(renamed) && e.action() == Action.RENAME)
            .findFirst()
            .orElseThrow(() -> new AssertionError(kept.events().toString()));
    assertEquals(tgt.resolve("Film 0 (2000)"), folder.previous().orElseThrow());
    assertTrue(JellyPlex.diff(src, tgt, P2J).inSync());

    // again, with --delete: renamed, not refused by the deletion bound, nothing removed
    for (int i = 0; i < 5; i++) {
      Files.move(
          src.resolve("Film " + i + " (2000) {tmdb-" + i + "}"),
          src.resolve("Film " + i + " (2001) {tmdb-" + i + "}"));
    }
    DiffReport before = JellyPlex.diff(src, tgt, P2J);
    assertEquals(5, before.moviesOnlyInTarget().size(), before.toString());
    SyncReport deleted = JellyPlex.sync(src, tgt, P2J.withDelete(true));
    assertEquals(0, deleted.filesRemoved());
    assertEquals(
        inode, Lib.inode(tgt.resolve("Film 0 (2001) [tmdbid-0]/Film 0 (2001) [tmdbid-0].mkv")));
    assertEquals(6, Lib.folders(tgt).stream().filter(f -> !f.contains("/")).count());
  }

  @Test
  void anEmptySourceWithDeleteIsRefusedForWhatItIsEvenWhenTheFormatIsDetected() throws IOException {
    Path empty = Files.createDirectories(fs.getPath("/unmounted"));
    write(tgt, ALIEN + "/" + ALIEN + ".mkv", "alien");
    SetupException e =
        assertThrows(
            SetupException.class,
            () -> JellyPlex.sync(empty, tgt, SyncOptions.defaults().withDelete(true)));
    assertTrue(String.valueOf(e.getMessage()).contains("is the share mounted"), e.getMessage());
    assertTrue(Files.exists(tgt.resolve(ALIEN).resolve(ALIEN + ".mkv")));
  }

  @Test
  void realizeTakesOnlyPlansTheEngineMade() throws IOException {
    Plan real = JellyPlex.plan(src, tgt, P2J);
    Plan forged =
        (Plan)
            java.lang.reflect.Proxy.newProxyInstance(
                Plan.class.getClassLoader(),
                new Class<?>[] {Plan.class},
                (proxy, method, args) -> method.invoke(real, args));
    assertThrows(IllegalArgumentException.class, () -> JellyPlex.realize(forged, P2J));
    assertEquals(Set.of(), tree(tgt), "nothing written");
    assertEquals(1, JellyPlex.realize(real, P2J).filesUpdated());
  }

  @Test
  void exactlyHalfOfTheMovieFoldersIsNotMoreThanHalf() throws IOException {
    for (int i = 0; i < 3; i++) {
      write(src, "Kept " + i + " (2001)/Kept " + i + " (2001).mkv", "kept");
    }
    JellyPlex.sync(src, tgt, P2J);
    for (int i = 0; i < 4; i++) {
      write(tgt, "Gone " + i + " (2000)/Gone " + i + " (2000).mkv", "gone");
    }

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertEquals(4, r.filesRemoved(), "4 of 8 movie folders: half, not more");
    assertEquals(4, tree(tgt).size());
  }

  @Test
  void aFileWhereTheMovieFolderGoesIsRemovedOnlyWithDelete() throws IOException {
    Path inTheWay = write(tgt, ALIEN, "a file where the movie folder goes");

    SyncReport kept = JellyPlex.sync(src, tgt, P2J);
    assertFalse(kept.successful());
    assertEquals(FileError.Kind.IN_THE_WAY, kept.errors().get(0).kind());
    assertTrue(
        kept.errors().get(0).reason().contains("withDelete(true)"), kept.errors().toString());
    assertEquals(List.of(ALIEN), kept.strays());
    assertEquals("a file where the movie folder goes", Files.readString(inTheWay));

    SyncReport removed = JellyPlex.sync(src, tgt, P2J.withDelete(true));
    assertTrue(removed.successful(), removed.errors().toString());
    assertEquals(1, removed.filesRemoved());
    assertEquals(Set.of(ALIEN + "/" + ALIEN + ".mkv"), tree(tgt));
  }

  @Test
  void aFolderWhereAFileGoesIsRemovedOnlyWithDeleteAndCountsItsFiles() throws IOException {
    Path blocker = tgt.resolve(ALIEN + "/" + ALIEN + ".mkv");
    write(blocker, "notes.txt", "mine");
    write(blocker, "deeper/more.txt", "mine too");
    write(tgt, ALIEN + "/poster.jpg", "an unrelated stray next to it");

    SyncReport kept = JellyPlex.sync(src, tgt, P2J);
    assertFalse(kept.successful());
    assertEquals(1, kept.errors().size(), kept.errors().toString());
    String reason = kept.errors().get(0).reason();
    assertTrue(
        reason.contains(blocker + " is in the way") && reason.contains("withDelete(true)"), reason);
    assertEquals("mine too", Files.readString(blocker.resolve("deeper/more.txt")));
    assertTrue(kept.strays().contains(ALIEN + "/" + ALIEN + ".mkv"), kept.strays().toString());

    SyncReport removed = JellyPlex.sync(src, tgt, P2J.withDelete(true));
    assertTrue(removed.successful(), removed.errors().toString());
    assertEquals(3, removed.filesRemoved(), "the blocker's 2 files and the stray poster");
    assertEquals(Set.of(ALIEN + "/" + ALIEN + ".mkv"), tree(tgt));
    assertEquals("alien", Files.readString(blocker));
  }

  @Test
  void aLinkOfTheSourceInsideAFolderInTheWayIsRemovedWithItNotRenamedOutOfIt() throws IOException {
    Path video = src.resolve(ALIEN + "/" + ALIEN + ".mkv");
    Path blocker = Files.createDirectories(tgt.resolve(ALIEN + "/" + ALIEN + ".mkv"));
    Files.createLink(blocker.resolve("same file.mkv"), video);

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertTrue(r.successful(), r.errors().toString());
    assertEquals(1, r.filesRemoved());
    assertEquals(Set.of(ALIEN + "/" + ALIEN + ".mkv"), tree(tgt));
    assertEquals(Lib.inode(video), Lib.inode(tgt.resolve(ALIEN + "/" + ALIEN + ".mkv")));
  }

  @Test
  void aFileRenamedIntoASubfolderThatDoesNotExistYetGetsItsFolder() throws IOException {
    Path teaser = write(src, ALIEN + "/Trailers/Teaser.mkv", "teaser");
    JellyPlex.sync(src, tgt, P2J);
    Path mirrored = tgt.resolve(ALIEN + "/trailers/Teaser.mkv");
    assertEquals(Lib.inode(teaser), Lib.inode(mirrored));
    // an older naming put the trailer at the movie folder's top
    Files.move(mirrored, tgt.resolve(ALIEN + "/Teaser-trailer.mkv"));
    Files.delete(tgt.resolve(ALIEN + "/trailers"));

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertTrue(r.successful(), r.errors().toString());
    assertTrue(
        r.events().stream().anyMatch(e -> e.action() == Action.RENAME), r.events().toString());
    assertEquals(0, r.filesRemoved());
    assertEquals(Lib.inode(teaser), Lib.inode(mirrored), "renamed into the new subfolder");
    assertEquals(Set.of(ALIEN + "/" + ALIEN + ".mkv", ALIEN + "/trailers/Teaser.mkv"), tree(tgt));
  }
}

package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.set;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exclude} and {@code keep} (behaviour contract 2.1) through the public API on an in-memory
 * filesystem: with {@code delete}, in {@code diff}, and the default keep of Jellyfin's trickplay
 * folders.
 */
class KeepExcludeTest {
  static final String HEAT = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_J = "Heat (1995) [imdbid-tt0113277]";
  static final String HEAT_VIDEO = HEAT_J + "/" + HEAT_J + " - BD.mkv";
  static final String ALIEN = "Alien (1979)";
  static final String UP = "Up (2009)";

  FileSystem fs;
  Path src;
  Path tgt;

  @BeforeEach
  void setUp() throws IOException {
    fs = Lib.jimfs();
    src = fs.getPath("/media/plex");
    tgt = fs.getPath("/media/jellyfin");
    Files.createDirectories(tgt);
    write(src, HEAT + "/" + HEAT + " [1080p].mkv", "heat video");
    write(src, HEAT + "/movie.nfo", "heat nfo");
    write(src, HEAT + "/Trailers/Teaser.mkv", "teaser");
    write(src, ALIEN + "/" + ALIEN + ".mkv", "alien video");
    write(src, UP + "/" + UP + ".mkv", "up video");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private static List<String> removed(SyncReport r, Path tgt) {
    List<String> out = new ArrayList<>();
    for (Event e : r.events()) {
      if (e.action() == Action.REMOVE) {
        out.add(tgt.relativize(e.target()).toString());
      }
    }
    return out;
  }

  @Test
  void anExcludedFolderIsNotMirroredAndItsOldMirrorIsAStray() throws IOException {
    write(src, "notes.txt", "my notes");
    JellyPlex.sync(src, tgt, P2J);
    assertTrue(tree(tgt).contains(UP + "/" + UP + ".mkv"));
    SyncOptions options = P2J.withExclude("Up (*)/", "*.txt").withDelete(true);

    SyncReport r = JellyPlex.sync(src, tgt, options);

    assertEquals(List.of("Up (2009)", "notes.txt"), r.plan().excluded());
    assertEquals(List.of(UP), removed(r, tgt));
    assertFalse(Files.exists(tgt.resolve(UP)));
    assertTrue(r.plan().ignored().isEmpty(), "the excluded loose file is not 'ignored'");
    assertEquals(2, r.plan().movies().size());
    DiffReport d = JellyPlex.diff(src, tgt, options);
    assertTrue(d.inSync(), "excluded entries are not 'not mirrored': " + d);
    assertEquals(List.of("Up (2009)", "notes.txt"), d.plan().excluded());
    assertFalse(JellyPlex.diff(src, tgt, P2J).inSync(), "without the exclusion Up is missing");
  }

  @Test
  void excludedFilesAndFoldersInsideAMovieAreAsIfAbsent() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    SyncOptions options = P2J.withExclude("*.nfo", "Trailers/").withDelete(true);

    SyncReport r = JellyPlex.sync(src, tgt, options);

    assertEquals(List.of(HEAT + "/Trailers", HEAT + "/movie.nfo"), r.plan().excluded());
    assertEquals(List.of(HEAT_J + "/movie.nfo", HEAT_J + "/trailers"), removed(r, tgt));
    assertEquals(set(HEAT_VIDEO, ALIEN + "/" + ALIEN + ".mkv", UP + "/" + UP + ".mkv"), tree(tgt));
    DiffReport d = JellyPlex.diff(src, tgt, options);
    assertTrue(d.inSync(), d.toString());
  }

  @Test
  void excludingEverythingIsRefusedWithDeleteLikeAnEmptySource() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    Set<String> before = tree(tgt);

    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            SetupException.class,
            () -> JellyPlex.sync(src, tgt, P2J.withExclude("*/").withDelete(true)));

    assertTrue(String.valueOf(e.getMessage()).contains("no movie"), e.getMessage());
    assertEquals(before, tree(tgt));
  }

  @Test
  void keptEntriesAreNeverRemovedReplacedOrStrays() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(tgt, HEAT_J + "/poster.jpg", "written by the server");
    Files.delete(tgt.resolve(HEAT_J + "/movie.nfo")); // a hardlink to the source's
    write(tgt, HEAT_J + "/movie.nfo", "edited by hand"); // planned name, other content
    write(tgt, HEAT_J + "/extrafanart/1.jpg", "server art");
    write(tgt, ALIEN + "/stray.txt", "a real stray");
    SyncOptions options =
        P2J.withKeep("poster.jpg", "/Heat*/movie.nfo", "extrafanart/").withDelete(true);

    SyncReport r = JellyPlex.sync(src, tgt, options);

    assertEquals(
        List.of(HEAT_J + "/extrafanart", HEAT_J + "/movie.nfo", HEAT_J + "/poster.jpg"), r.kept());
    assertEquals(List.of(ALIEN + "/stray.txt"), r.strays());
    assertEquals(List.of(ALIEN + "/stray.txt"), removed(r, tgt));
    assertEquals("edited by hand", Files.readString(tgt.resolve(HEAT_J + "/movie.nfo")));
    assertTrue(Files.exists(tgt.resolve(HEAT_J + "/extrafanart/1.jpg")));
    assertTrue(Files.exists(tgt.resolve(HEAT_J + "/poster.jpg")));
    assertTrue(r.successful());
    DiffReport d = JellyPlex.diff(src, tgt, options);
    assertTrue(d.inSync(), "kept entries are no difference: " + d);
    assertEquals(r.kept(), d.kept());
    assertFalse(JellyPlex.diff(src, tgt, P2J).inSync(), "without keep they are differences");
  }

  @Test
  void aStrayFolderHoldingKeptEntriesLosesOnlyItsOtherEntries() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(tgt, "Old (1990)/Old (1990).mkv", "old video");
    write(tgt, "Old (1990)/movie.nfo", "notes to keep");
    write(tgt, "Old (1990)/art/fanart.jpg", "art");
    write(tgt, "Older (1980)/Older (1980).mkv", "older video");
    write(tgt, HEAT_J + "/stuff/a.nfo", "keep me");
    write(tgt, HEAT_J + "/stuff/b.jpg", "remove me");

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withKeep("*.nfo").withDelete(true));

    assertEquals(
        List.of(HEAT_J + "/stuff/a.nfo", "Old (1990)/movie.nfo"), r.kept(), "" + r.strays());
    assertEquals(
        List.of(
            HEAT_J + "/stuff/b.jpg", "Old (1990)/Old (1990).mkv", "Old (1990)/art", "Older (1980)"),
        r.strays());
    Set<String> left = new TreeSet<>(tree(tgt));
    assertTrue(left.contains("Old (1990)/movie.nfo"));
    assertTrue(left.contains(HEAT_J + "/stuff/a.nfo"));
    assertFalse(left.contains("Old (1990)/Old (1990).mkv"));
    assertFalse(left.contains("Old (1990)/art/fanart.jpg"));
    assertFalse(left.contains(HEAT_J + "/stuff/b.jpg"));
    assertFalse(Files.exists(tgt.resolve("Older (1980)")));
    assertEquals(4, r.filesRemoved());
  }

  @Test
  void keepRulesHoldInsideCollectionFolders() throws IOException {
    write(src, "Action/" + HEAT + "/" + HEAT + ".mkv", "heat in a collection");
    write(src, "Action/folder.jpg", "collection art");
    JellyPlex.sync(src, tgt, P2J);
    assertTrue(tree(tgt).contains("Action/" + HEAT_J + "/" + HEAT_J + ".mkv"), "" + tree(tgt));
    write(tgt, "Action/notes.nfo", "kept by pattern");
    write(tgt, "Action/Gone (1990)/Gone (1990).mkv", "stray video");
    write(tgt, "Action/Gone (1990)/movie.nfo", "kept inside a stray folder");
    write(tgt, "Action/loose.txt", "a stray");

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withKeep("*.nfo").withDelete(true));

    assertEquals(List.of("Action/Gone (1990)/movie.nfo", "Action/notes.nfo"), r.kept());
    assertEquals(List.of("Action/Gone (1990)/Gone (1990).mkv", "Action/loose.txt"), r.strays());
    Set<String> left = new TreeSet<>(tree(tgt));
    assertTrue(left.contains("Action/notes.nfo"));
    assertTrue(left.contains("Action/Gone (1990)/movie.nfo"));
    assertTrue(left.contains("Action/folder.jpg"));
    assertFalse(left.contains("Action/Gone (1990)/Gone (1990).mkv"));
    assertFalse(left.contains("Action/loose.txt"));
    assertEquals(2, r.filesRemoved());
    DiffReport d = JellyPlex.diff(src, tgt, P2J.withKeep("*.nfo"));
    assertTrue(d.inSync(), d.toString());
  }

  @Test
  void aKeptStrayFolderIsNotRenamedIntoAMovieFolder() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    Files.move(tgt.resolve(ALIEN), tgt.resolve("Alien (old)"));

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withKeep("/Alien (old)/").withDelete(true));

    assertTrue(Files.exists(tgt.resolve("Alien (old)/" + ALIEN + ".mkv")), "kept in place");
    assertTrue(Files.exists(tgt.resolve(ALIEN + "/" + ALIEN + ".mkv")), "linked anew");
    assertEquals(List.of("Alien (old)"), r.kept());
    assertTrue(r.strays().isEmpty());
  }

  @Test
  void trickplayFoldersOfPlannedVideosAreKeptOnAJellyfinTarget() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    String stem = HEAT_VIDEO.substring(0, HEAT_VIDEO.length() - ".mkv".length());
    write(tgt, stem + ".trickplay/320 - 10x10/0.jpg", "tiles");
    write(tgt, HEAT_J + "/trailers/Teaser.trickplay/320 - 10x10/0.jpg", "tiles of an extra");
    write(tgt, HEAT_J + "/Heat (1995) [imdbid-tt0113277] - DVD.trickplay/0.jpg", "orphaned");
    write(tgt, ALIEN + "/" + ALIEN + ".trickplay.jpg", "not a folder");

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertEquals(List.of(stem + ".trickplay", HEAT_J + "/trailers/Teaser.trickplay"), r.kept());
    assertEquals(
        List.of(
            ALIEN + "/" + ALIEN + ".trickplay.jpg",
            HEAT_J + "/Heat (1995) [imdbid-tt0113277] - DVD.trickplay"),
        r.strays());
    assertTrue(Files.exists(tgt.resolve(stem + ".trickplay/320 - 10x10/0.jpg")));
    assertFalse(
        Files.exists(tgt.resolve(HEAT_J + "/Heat (1995) [imdbid-tt0113277] - DVD.trickplay")));
    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertTrue(d.inSync(), "diff keeps them too: " + d);

    SyncReport off = JellyPlex.sync(src, tgt, P2J.withDefaultKeep(false).withDelete(true));

    assertTrue(off.kept().isEmpty());
    assertEquals(
        List.of(stem + ".trickplay", HEAT_J + "/trailers/Teaser.trickplay"), removed(off, tgt));
  }

  @Test
  void keepAndExcludeWithDeleteOnARealFilesystem(@TempDir Path tmp) throws IOException {
    Path plex = tmp.resolve("plex");
    Path jf = Files.createDirectories(tmp.resolve("jellyfin"));
    write(plex, HEAT + "/" + HEAT + " [1080p].mkv", "heat video");
    write(plex, HEAT + "/movie.nfo", "heat nfo");
    write(plex, "Kids/Up (2009)/Up (2009).mkv", "up video");
    write(plex, ALIEN + "/" + ALIEN + ".mkv", "alien video");
    JellyPlex.sync(plex, jf, P2J);
    String stem = HEAT_VIDEO.substring(0, HEAT_VIDEO.length() - ".mkv".length());
    write(jf, stem + ".trickplay/0.jpg", "tiles");
    write(jf, HEAT_J + "/poster.jpg", "server poster");
    write(jf, ALIEN + "/backdrop.jpg", "a stray");
    SyncOptions options = P2J.withExclude("Kids/", "*.nfo").withKeep("poster.jpg").withDelete(true);

    SyncReport r = JellyPlex.sync(plex, jf, options);

    assertEquals(
        set(
            HEAT_VIDEO,
            HEAT_J + "/poster.jpg",
            stem + ".trickplay/0.jpg",
            ALIEN + "/" + ALIEN + ".mkv"),
        tree(jf));
    assertEquals(List.of(HEAT + "/movie.nfo", "Kids"), r.plan().excluded());
    assertEquals(List.of(stem + ".trickplay", HEAT_J + "/poster.jpg"), r.kept());
    assertEquals(
        Lib.inode(plex.resolve(HEAT + "/" + HEAT + " [1080p].mkv")),
        Lib.inode(jf.resolve(HEAT_VIDEO)));
    assertTrue(Files.exists(plex.resolve("Kids/Up (2009)/Up (2009).mkv")), "source untouched");
    assertTrue(JellyPlex.diff(plex, jf, options).inSync());
  }

  @Test
  void aPlexTargetHasNoDefaultKeep() throws IOException {
    Path jellyfin = fs.getPath("/media/jf");
    Path plex = fs.getPath("/media/plex2");
    write(jellyfin, "Up (2009)/Up (2009).mkv", "up");
    Files.createDirectories(plex);
    SyncOptions j2p =
        SyncOptions.builder()
            .sourceFormat(FormatId.JELLYFIN)
            .targetFormat(FormatId.PLEX)
            .delete(true)
            .build();
    JellyPlex.sync(jellyfin, plex, j2p);
    write(plex, "Up (2009)/Up (2009).trickplay/0.jpg", "tiles");

    SyncReport r = JellyPlex.sync(jellyfin, plex, j2p);

    assertTrue(r.kept().isEmpty());
    assertEquals(List.of("Up (2009)/Up (2009).trickplay"), removed(r, plex));
  }

  @Test
  void aKeptEntryInTheWayOfAPlannedFileIsAnErrorNotARemoval() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    Files.delete(tgt.resolve(HEAT_J + "/movie.nfo"));
    write(tgt, HEAT_J + "/movie.nfo/inside.txt", "a folder where a file belongs");

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withKeep("movie.nfo/").withDelete(true));

    assertEquals(List.of(HEAT_J + "/movie.nfo"), r.kept());
    assertTrue(Files.exists(tgt.resolve(HEAT_J + "/movie.nfo/inside.txt")));
    assertFalse(r.successful());
    assertTrue(
        r.errors().get(0).reason().contains("kept by withKeep(...)"), r.errors().get(0).reason());
  }
}

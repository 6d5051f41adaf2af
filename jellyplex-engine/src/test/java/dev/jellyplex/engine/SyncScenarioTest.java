package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.actions;
import static dev.jellyplex.engine.Lib.inode;
import static dev.jellyplex.engine.Lib.set;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Syncs through the public API on an in-memory filesystem. */
class SyncScenarioTest {
  static final String HEAT = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_J = "Heat (1995) [imdbid-tt0113277]";
  static final String ALIEN = "Alien (1979)";

  FileSystem fs;
  Path src;
  Path tgt;

  @BeforeEach
  void setUp() throws IOException {
    fs = Lib.jimfs();
    src = fs.getPath("/media/plex");
    tgt = fs.getPath("/media/jellyfin");
    Files.createDirectories(src);
    Files.createDirectories(tgt);
    write(src, HEAT + "/" + HEAT + " [1080p].mkv", "heat video");
    write(src, HEAT + "/" + HEAT + " [1080p].en.srt", "subs");
    write(src, HEAT + "/poster.jpg", "poster");
    write(src, HEAT + "/Trailers/Teaser.mkv", "teaser");
    write(src, ALIEN + "/" + ALIEN + ".mkv", "alien video");
    write(src, "notes.txt", "my notes");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  Set<String> expectedFresh() {
    return set(
        HEAT_J + "/" + HEAT_J + " - BD.mkv",
        HEAT_J + "/" + HEAT_J + " - BD.en.srt",
        HEAT_J + "/poster.jpg",
        HEAT_J + "/trailers/Teaser.mkv",
        ALIEN + "/" + ALIEN + ".mkv");
  }

  @Test
  void freshSyncHardlinksEveryPlannedFile() throws IOException {
    SyncReport r = JellyPlex.sync(src, tgt, P2J);

    assertEquals(expectedFresh(), tree(tgt));
    assertEquals(
        List.of(Action.LINK, Action.LINK, Action.LINK, Action.LINK, Action.LINK), actions(r));
    assertTrue(r.successful());
    assertEquals(2, r.moviesTotal());
    assertEquals(2, r.moviesProcessed());
    assertEquals(5, r.filesUpdated());
    assertEquals(
        inode(src.resolve(HEAT).resolve(HEAT + " [1080p].mkv")),
        inode(tgt.resolve(HEAT_J).resolve(HEAT_J + " - BD.mkv")));
    assertEquals(2, Files.getAttribute(src.resolve(ALIEN).resolve(ALIEN + ".mkv"), "unix:nlink"));
    assertTrue(
        r.plan().ignored().stream()
            .anyMatch(
                i ->
                    i.relativePath().equals("notes.txt")
                        && i.reason().equals("file at the library root")));
    assertTrue(Files.exists(src.resolve("notes.txt")), "ignored entries stay in the source");
    assertFalse(Files.exists(tgt.resolve(Scanner.LOCK_NAME)), "lock released and removed");
    Event first = r.events().get(0);
    assertEquals(tgt.resolve(ALIEN).resolve(ALIEN + ".mkv"), first.target());
    assertEquals(src.resolve(ALIEN).resolve(ALIEN + ".mkv"), first.source().orElseThrow());
  }

  @Test
  void secondRunOnlySkips() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    SyncReport again = JellyPlex.sync(src, tgt, P2J);
    assertEquals(5, again.events().size());
    assertTrue(again.events().stream().allMatch(e -> e.action() == Action.SKIP));
    assertEquals(0, again.filesUpdated());
    assertTrue(again.strays().isEmpty());
    assertEquals(expectedFresh(), tree(tgt));
  }

  @Test
  void sourceChangesAreFollowed() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    // a new movie, a removed movie, a renamed file and a new version of a file
    write(src, "Arrival (2016)/Arrival (2016) [2160p].mp4", "arrival");
    Lib.deleteTree(src.resolve(ALIEN));
    Files.move(
        src.resolve(HEAT).resolve(HEAT + " [1080p].en.srt"),
        src.resolve(HEAT).resolve(HEAT + " [1080p].de.srt"));
    Files.delete(src.resolve(HEAT).resolve("poster.jpg"));
    write(src, HEAT + "/poster.jpg", "a better poster");

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertEquals(
        set(
            "Arrival (2016)/Arrival (2016) - 4k.mp4",
            HEAT_J + "/" + HEAT_J + " - BD.mkv",
            HEAT_J + "/" + HEAT_J + " - BD.de.srt",
            HEAT_J + "/poster.jpg",
            HEAT_J + "/trailers/Teaser.mkv"),
        tree(tgt));
    assertEquals(1, count(r, Action.LINK)); // Arrival
    assertEquals(1, count(r, Action.RENAME)); // the subtitle: same inode, new name
    assertEquals(1, count(r, Action.REPLACE)); // the new poster
    assertEquals(2, count(r, Action.SKIP));
    assertEquals(1, count(r, Action.REMOVE)); // Alien's folder
    Event rename = only(r, Action.RENAME);
    assertEquals(
        tgt.resolve(HEAT_J).resolve(HEAT_J + " - BD.en.srt"), rename.previous().orElseThrow());
    Event remove = only(r, Action.REMOVE);
    assertEquals(tgt.resolve(ALIEN), remove.target());
    assertEquals(StrayLevel.LIBRARY_STRAY, remove.context().orElseThrow());
    assertEquals(
        inode(src.resolve(HEAT).resolve("poster.jpg")),
        inode(tgt.resolve(HEAT_J).resolve("poster.jpg")));
  }

  @Test
  void straysAreListedAndKeptWithoutDelete() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(tgt, "Old Movie (1950)/Old Movie (1950).mkv", "old");
    write(tgt, HEAT_J + "/extra.nfo", "stray");
    write(tgt, HEAT_J + "/trailers/Old Teaser.mkv", "stray");
    Set<String> before = tree(tgt);

    SyncReport r = JellyPlex.sync(src, tgt, P2J);

    assertEquals(
        List.of(HEAT_J + "/extra.nfo", HEAT_J + "/trailers/Old Teaser.mkv", "Old Movie (1950)"),
        r.strays());
    assertEquals(before, tree(tgt));
    assertEquals(0, r.filesRemoved());
    assertTrue(r.successful(), "strays alone are a warning, not a failure");
  }

  @Test
  void straysAreRemovedWithDeleteAtTheirLevel() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(tgt, "Old Movie (1950)/Old Movie (1950).mkv", "old");
    write(tgt, HEAT_J + "/extra.nfo", "stray");
    write(tgt, HEAT_J + "/trailers/Old Teaser.mkv", "stray");
    write(tgt, "loose.txt", "stray");

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertEquals(expectedFresh(), tree(tgt));
    assertEquals(4, r.filesRemoved());
    List<String> removed = new ArrayList<>();
    for (Event e : r.events()) {
      if (e.action() == Action.REMOVE) {
        removed.add(tgt.relativize(e.target()) + "=" + e.context().orElseThrow().jsonName());
      }
    }
    assertEquals(
        List.of(
            HEAT_J + "/extra.nfo=movie_stray",
            HEAT_J + "/trailers/Old Teaser.mkv=asset_stray",
            "Old Movie (1950)=library_stray",
            "loose.txt=library_stray"),
        removed);
  }

  @Test
  void maxDeleteRefusesBeforeChangingAnything() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(tgt, "A (2001)/A (2001).mkv", "a");
    write(tgt, "B (2002)/B (2002).mkv", "b");
    write(src, "New (2020)/New (2020).mkv", "new");
    Set<String> before = tree(tgt);

    RefusedException e =
        assertThrows(
            RefusedException.class,
            () -> JellyPlex.sync(src, tgt, P2J.withDelete(true).withMaxDelete(1)));
    assertTrue(String.valueOf(e.getMessage()).contains("withMaxDelete(1)"), e.getMessage());
    assertEquals(before, tree(tgt), "nothing removed, nothing linked");

    SyncReport ok = JellyPlex.sync(src, tgt, P2J.withDelete(true).withMaxDelete(2));
    assertEquals(2, ok.filesRemoved());
  }

  @Test
  void dryRunChangesNothingAndReportsTheSameEvents() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(src, "Arrival (2016)/Arrival (2016) [2160p].mp4", "arrival");
    Files.move(
        src.resolve(HEAT).resolve(HEAT + " [1080p].en.srt"),
        src.resolve(HEAT).resolve(HEAT + " [1080p].de.srt"));
    Files.delete(src.resolve(HEAT).resolve("poster.jpg"));
    write(src, HEAT + "/poster.jpg", "a better poster");
    write(tgt, "Old Movie (1950)/Old Movie (1950).mkv", "old");
    write(tgt, HEAT_J + "/trailers/.jellyplex-tmp-0123456789ab", "leftover");
    Set<String> before = tree(tgt);
    Set<String> folders = Lib.folders(tgt);

    SyncOptions options = P2J.withDelete(true);
    SyncReport dry = JellyPlex.sync(src, tgt, options.withDryRun(true));
    assertTrue(dry.dryRun());
    assertEquals(before, tree(tgt));
    assertEquals(folders, Lib.folders(tgt));

    SyncReport real = JellyPlex.sync(src, tgt, options);
    assertFalse(real.dryRun());
    assertEquals(real.events(), dry.events());
    assertEquals(real.strays(), dry.strays());
    assertEquals(
        List.of(
                Action.RENAME,
                Action.SKIP,
                Action.REPLACE,
                Action.SKIP,
                Action.SKIP,
                Action.LINK,
                Action.REMOVE)
            .stream()
            .sorted()
            .toList(),
        actions(real).stream().sorted().toList());
  }

  @Test
  void dryRunIntoMissingTargetCreatesNothing() throws IOException {
    Path missing = fs.getPath("/media/new-mirror");
    SyncReport dry = JellyPlex.sync(src, missing, P2J.withCreate(true).withDryRun(true));
    assertEquals(5, dry.events().size());
    assertTrue(dry.events().stream().allMatch(e -> e.action() == Action.LINK));
    assertFalse(Files.exists(missing));

    SyncReport real = JellyPlex.sync(src, missing, P2J.withCreate(true));
    assertEquals(dry.events(), real.events());
    assertEquals(expectedFresh(), tree(missing));
  }

  @Test
  void aFolderClashSkipsOnlyItsMovies() throws IOException {
    write(src, "Heat (1995) [remastered]/Heat (1995).mkv", "other heat");
    write(src, "Heat (1995)/Heat (1995).mkv", "heat");

    Plan plan = JellyPlex.plan(src, tgt, P2J);
    assertEquals(1, plan.folderClashes().size());
    assertEquals("Heat (1995)", plan.folderClashes().get(0).targetFolder());
    assertEquals(
        List.of("Heat (1995)", "Heat (1995) [remastered]"),
        plan.folderClashes().get(0).sourceFolders());
    assertTrue(plan.movies().stream().noneMatch(m -> m.targetFolder().equals("Heat (1995)")));

    // behaviour.md rev 2: clashes are local; the other movies sync, the run is not successful
    SyncReport r = JellyPlex.sync(src, tgt, P2J);
    assertFalse(r.successful());
    assertEquals(expectedFresh(), tree(tgt), "everything but the clashing movies");
    assertEquals(2, r.moviesProcessed());
  }

  @Test
  void planningTwiceGivesEqualPlans() throws IOException {
    Plan a = JellyPlex.plan(src, tgt, P2J);
    Plan b = JellyPlex.plan(src, tgt, P2J);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(
        List.of(ALIEN, HEAT_J), a.movies().stream().map(PlannedMovie::targetFolder).toList());
    assertEquals(Set.of(), tree(tgt), "planning writes nothing");
  }

  @Test
  void formatIsDetectedAndTheTargetIsTheOther() throws IOException {
    Plan plan = JellyPlex.plan(src, tgt);
    assertEquals(FormatId.PLEX, plan.sourceFormat());
    assertEquals(FormatId.JELLYFIN, plan.targetFormat());
  }

  @Test
  void detectReadsOnlyAsFarAsNeeded() throws IOException {
    dev.jellyplex.formats.Detection d = JellyPlex.detect(src);
    assertEquals(java.util.Optional.of(FormatId.PLEX), d.format());
    assertTrue(d.sampled() >= 1);
    Path jelly = fs.getPath("/media/jf");
    write(jelly, "Heat (1995) [imdbid-tt0113277]/Heat (1995) [imdbid-tt0113277] - BD.mkv", "x");
    assertEquals(java.util.Optional.of(FormatId.JELLYFIN), JellyPlex.detect(jelly).format());
  }

  @Test
  void undetectableFormatIsASetupErrorNamingTheOption() throws IOException {
    Path plain = fs.getPath("/media/plain");
    write(plain, "First movie (1984)/First movie (1984).mkv", "x");
    SetupException e = assertThrows(SetupException.class, () -> JellyPlex.plan(plain, tgt));
    assertTrue(String.valueOf(e.getMessage()).contains("withSourceFormat("), e.getMessage());
  }

  @Test
  void copyKeepsMtimeAndSkipsUnchangedFiles() throws IOException {
    SyncOptions copy = P2J.withMaterializer(Materializer.COPY);
    SyncReport first = JellyPlex.sync(src, tgt, copy);
    assertEquals(5, count(first, Action.LINK));
    Path s = src.resolve(ALIEN).resolve(ALIEN + ".mkv");
    Path t = tgt.resolve(ALIEN).resolve(ALIEN + ".mkv");
    assertNotEquals(inode(s), inode(t));
    assertEquals(Files.getLastModifiedTime(s), Files.getLastModifiedTime(t));
    assertEquals("alien video", Files.readString(t));

    SyncReport second = JellyPlex.sync(src, tgt, copy);
    assertEquals(5, count(second, Action.SKIP));

    Files.writeString(s, "alien video, director's cut");
    SyncReport third = JellyPlex.sync(src, tgt, copy);
    assertEquals(1, count(third, Action.REPLACE));
    assertEquals("alien video, director's cut", Files.readString(t));

    SyncReport forced = JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.FORCE_COPY));
    assertEquals(5, count(forced, Action.REPLACE));
  }

  @Test
  void switchingFromCopiesToHardlinksReplacesCopiesWithLinks() throws IOException {
    JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY));
    SyncReport r = JellyPlex.sync(src, tgt, P2J);
    assertEquals(5, count(r, Action.REPLACE));
    Path t = tgt.resolve(ALIEN).resolve(ALIEN + ".mkv");
    assertEquals(inode(src.resolve(ALIEN).resolve(ALIEN + ".mkv")), inode(t));
  }

  @Test
  void aFileThatDisappearsIsAnErrorAndTheRunGoesOn() throws IOException {
    Plan plan = JellyPlex.plan(src, tgt, P2J);
    Files.delete(src.resolve(ALIEN).resolve(ALIEN + ".mkv"));
    List<FileError> heard = new ArrayList<>();
    SyncReport r =
        JellyPlex.realize(
            plan,
            P2J,
            new SyncListener() {
              @Override
              public void error(FileError error) {
                heard.add(error);
              }
            });
    assertFalse(r.successful());
    assertEquals(1, r.errors().size());
    assertEquals(src.resolve(ALIEN).resolve(ALIEN + ".mkv"), r.errors().get(0).path());
    assertTrue(r.errors().get(0).reason().contains("no such file"), r.errors().get(0).reason());
    assertEquals(heard, r.errors());
    assertEquals(4, count(r, Action.LINK), "the other movie is synced");
    assertEquals(1, r.moviesProcessed());
  }

  @Test
  void leftoverTemporariesAreRemovedAndNotStrays() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(tgt, ".jellyplex-tmp-aaaaaaaaaaaa", "half");
    write(tgt, HEAT_J + "/.jellyplex-tmp-bbbbbbbbbbbb", "half a copy");
    SyncReport r = JellyPlex.sync(src, tgt, P2J);
    assertTrue(r.strays().isEmpty());
    assertEquals(expectedFresh(), tree(tgt));
    assertTrue(r.events().stream().allMatch(e -> e.action() == Action.SKIP));
  }

  @Test
  void deletionRemovesASymlinkNeverItsTarget() throws IOException {
    Path outside = fs.getPath("/precious");
    write(outside, "keep.mkv", "keep me");
    Files.createDirectories(tgt);
    Files.createSymbolicLink(tgt.resolve("Link (2000)"), outside);
    Files.createDirectories(tgt.resolve(HEAT_J));
    Files.createSymbolicLink(tgt.resolve(HEAT_J).resolve("extras-link"), outside);

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertEquals(2, r.filesRemoved());
    assertEquals(set("keep.mkv"), tree(outside));
    assertEquals(expectedFresh(), tree(tgt));
  }

  @Test
  void aSymlinkWhereAMovieFolderBelongsIsNotWrittenThrough() throws IOException {
    Path outside = fs.getPath("/elsewhere");
    Files.createDirectories(outside);
    Files.createSymbolicLink(tgt.resolve(ALIEN), outside);

    SyncReport kept = JellyPlex.sync(src, tgt, P2J);
    assertFalse(kept.successful());
    assertTrue(kept.errors().get(0).reason().contains("withDelete(true)"));
    assertEquals(Set.of(), tree(outside));

    SyncReport fixed = JellyPlex.sync(src, tgt, P2J.withDelete(true));
    assertTrue(fixed.successful());
    assertTrue(Files.isDirectory(tgt.resolve(ALIEN), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals(Set.of(), tree(outside));
  }

  @Test
  void anUnreadableSourceFolderNeverDeletesItsMirror() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    Plan plan = JellyPlex.plan(src, tgt, P2J);
    // As if Alien's source folder could not be listed: not planned, its target protected.
    Plan degraded =
        ImmutablePlan.builder()
            .from(plan)
            .movies(plan.movies().stream().filter(m -> !m.targetFolder().equals(ALIEN)).toList())
            .protectedTargetFolders(List.of(ALIEN))
            .errors(
                List.of(
                    FileError.of(src.resolve(ALIEN), "cannot read the folder: permission denied")))
            .build();
    SyncReport r = JellyPlex.realize(degraded, P2J.withDelete(true), SyncListener.NONE);
    assertEquals(0, r.filesRemoved());
    assertTrue(Files.exists(tgt.resolve(ALIEN).resolve(ALIEN + ".mkv")));
    assertFalse(r.successful());
  }

  @Test
  void listenerHearsStartMoviesAndEvents() throws IOException {
    List<String> heard = new ArrayList<>();
    JellyPlex.sync(
        src,
        tgt,
        P2J.withMaterializer(Materializer.COPY),
        new SyncListener() {
          @Override
          public void started(long files, long bytes) {
            heard.add("start " + files + " " + bytes);
          }

          @Override
          public void movieStarted(String targetFolder) {
            heard.add("movie " + targetFolder);
          }

          @Override
          public void event(Event event, long bytes) {
            heard.add(event.action().jsonName() + " " + bytes);
          }
        });
    long bytes =
        (long) "heat video".length()
            + "subs".length()
            + "poster".length()
            + "teaser".length()
            + "alien video".length();
    assertEquals("start 5 " + bytes, heard.get(0));
    assertEquals("movie " + ALIEN, heard.get(1));
    assertEquals("link " + "alien video".length(), heard.get(2));
    assertTrue(heard.contains("movie " + HEAT_J));
  }

  @Test
  void ignoredSourceEntriesAreListedNeverCopied() throws IOException {
    write(src, ".hidden/secret.mkv", "x");
    write(src, HEAT + "/.DS_Store", "x");
    Files.createSymbolicLink(src.resolve("Linked (2001)"), src.resolve(ALIEN));
    write(src, "[sample]/readme.txt", "x");

    SyncReport r = JellyPlex.sync(src, tgt, P2J);

    assertEquals(expectedFresh(), tree(tgt));
    Set<String> ignored = new java.util.TreeSet<>();
    r.plan().ignored().forEach(i -> ignored.add(i.relativePath()));
    assertTrue(ignored.contains("notes.txt"), ignored.toString());
    // hidden entries are skipped without a word (naming contract 4, revision 2)
    assertFalse(ignored.contains(".hidden"), ignored.toString());
    assertFalse(ignored.contains(HEAT + "/.DS_Store"), ignored.toString());
    assertTrue(ignored.contains("Linked (2001)"), ignored.toString());
    assertTrue(ignored.contains("[sample]"), ignored.toString());
    assertTrue(Files.exists(src.resolve(".hidden/secret.mkv")));
  }

  @Test
  void hiddenAndNasSystemEntriesAreNeverMirroredNorDeleted() throws IOException {
    write(src, "#recycle/Old (1990)/Old (1990).mkv", "deleted by the user");
    write(src, "@eaDir/thumb.jpg", "nas thumbnails");
    write(src, HEAT + "/@eaDir/poster.jpg@SynoEAStream", "nas metadata");
    write(tgt, ".snapshot/daily/Heat.mkv", "a snapshot");
    write(tgt, "#recycle/x.mkv", "trash");
    write(tgt, HEAT_J + "/@eaDir/thumb.jpg", "nas thumbnails");
    write(tgt, HEAT_J + "/.DS_Store", "finder");

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

    assertEquals(0, r.filesRemoved());
    assertTrue(r.strays().isEmpty(), r.strays().toString());
    Set<String> expected = new java.util.TreeSet<>(expectedFresh());
    expected.addAll(
        set(
            ".snapshot/daily/Heat.mkv",
            "#recycle/x.mkv",
            HEAT_J + "/@eaDir/thumb.jpg",
            HEAT_J + "/.DS_Store"));
    assertEquals(expected, tree(tgt));
    // hidden and system entries are no difference; only the loose notes.txt is not mirrored
    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertEquals(
        List.of("notes.txt"),
        d.notMirrored().stream().map(dev.jellyplex.model.IgnoredEntry::relativePath).toList());
    assertTrue(
        d.moviesOnlyInSource().isEmpty()
            && d.moviesOnlyInTarget().isEmpty()
            && d.differingMovies().isEmpty()
            && d.errors().isEmpty(),
        d.toString());
  }

  @Test
  void aMovieWhoseTargetNameIsTooLongIsAnErrorAndTheRestSyncs() throws IOException {
    // Jellyfin source names of 237 and 252 bytes; the Plex video name needs 258 bytes.
    Path jf = fs.getPath("/media/jf");
    String folder = "L".repeat(211) + " (2001) [imdbid-tt0000001]";
    String video = folder + " - Extended.mkv";
    assertEquals(252, video.length());
    write(jf, folder + "/" + video, "long");
    write(jf, "Alien (1979)/Alien (1979).mkv", "alien");
    Path plex = fs.getPath("/media/plex-mirror");
    SyncOptions j2p =
        SyncOptions.builder()
            .sourceFormat(FormatId.JELLYFIN)
            .targetFormat(FormatId.PLEX)
            .create(true)
            .build();

    SyncReport r = JellyPlex.sync(jf, plex, j2p);

    assertFalse(r.successful());
    assertEquals(1, r.plan().errors().size(), r.plan().errors().toString());
    assertTrue(
        r.plan().errors().get(0).reason().contains("name_too_long"), r.plan().errors().toString());
    assertEquals(jf.resolve(folder), r.plan().errors().get(0).path());
    assertEquals(set("Alien (1979)/Alien (1979).mkv"), tree(plex), "the other movie is synced");
  }

  @Test
  void symlinksInsideAMovieFolderAreIgnored() throws IOException {
    Files.createSymbolicLink(
        src.resolve(ALIEN).resolve("link.mkv"), src.resolve(ALIEN).resolve(ALIEN + ".mkv"));
    SyncReport r = JellyPlex.sync(src, tgt, P2J);
    assertEquals(expectedFresh(), tree(tgt));
    assertTrue(
        r.plan().ignored().stream()
            .anyMatch(
                i ->
                    i.relativePath().equals(ALIEN + "/link.mkv")
                        && i.reason().contains("symbolic")));
  }

  /**
   * On a case-insensitive target (SMB share, APFS) an old {@code Trailers} folder is the planned
   * {@code trailers} folder: deleting it as a stray would delete the file just written into it.
   */
  @Test
  void aCaseInsensitiveTargetNeverLosesAFolderThatDiffersOnlyInCase() throws IOException {
    try (FileSystem ci =
        com.google.common.jimfs.Jimfs.newFileSystem(
            com.google.common.jimfs.Configuration.unix().toBuilder()
                .setNameCanonicalNormalization(
                    com.google.common.jimfs.PathNormalization.CASE_FOLD_ASCII)
                .setAttributeViews("basic", "owner", "posix", "unix")
                .build())) {
      Path s = ci.getPath("/plex");
      Path t = Files.createDirectories(ci.getPath("/jellyfin"));
      write(s, ALIEN + "/" + ALIEN + ".mkv", "alien");
      write(s, ALIEN + "/Trailers/Teaser.mkv", "teaser");
      // a target written by an older tool that kept Plex's casing
      write(t, ALIEN + "/" + ALIEN + ".mkv", "alien");
      write(t, ALIEN + "/Trailers/Teaser.mkv", "old teaser");

      SyncReport r = JellyPlex.sync(s, t, P2J.withDelete(true).withMaterializer(Materializer.COPY));

      assertEquals(0, r.filesRemoved(), r.events().toString());
      assertEquals("teaser", Files.readString(t.resolve(ALIEN).resolve("trailers/Teaser.mkv")));
      assertEquals(2, tree(t).size(), tree(t).toString());

      SyncReport again =
          JellyPlex.sync(s, t, P2J.withDelete(true).withMaterializer(Materializer.COPY));
      assertTrue(
          again.events().stream().allMatch(e -> e.action() == Action.SKIP),
          "the copy under the other case is recognised: " + again.events());
    }
  }

  static long count(SyncReport r, Action a) {
    return r.events().stream().filter(e -> e.action() == a).count();
  }

  static Event only(SyncReport r, Action a) {
    List<Event> es = r.events().stream().filter(e -> e.action() == a).toList();
    assertEquals(1, es.size(), es.toString());
    return es.get(0);
  }

  static FileTime t(long millis) {
    return FileTime.fromMillis(millis);
  }

  /**
   * Movie folders are written in parallel, yet the listener hears every folder and event in plan
   * order on the calling thread, and the report lists the same events as a dry run.
   */
  @Test
  void parallelWritesReportInPlanOrder() throws IOException {
    Path src = fs.getPath("/other/plex");
    Path tgt = Files.createDirectories(fs.getPath("/other/jellyfin"));
    List<String> expectedFolders = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String folder = String.format(java.util.Locale.ROOT, "Movie %02d (%d)", i, 1950 + i);
      write(src, folder + "/" + folder + ".mkv", "v" + i);
      write(src, folder + "/poster.jpg", "p" + i);
      expectedFolders.add(folder);
    }
    SyncReport dry = JellyPlex.sync(src, tgt, P2J.withDryRun(true));
    String caller = Thread.currentThread().getName();
    List<String> folders = new ArrayList<>();
    List<Event> heard = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    SyncReport r =
        JellyPlex.sync(
            src,
            tgt,
            P2J,
            new SyncListener() {
              @Override
              public void movieStarted(String targetFolder) {
                folders.add(targetFolder);
                threads.add(Thread.currentThread().getName());
              }

              @Override
              public void event(Event event, long bytes) {
                heard.add(event);
                threads.add(Thread.currentThread().getName());
              }
            });
    assertTrue(r.successful());
    assertEquals(expectedFolders, folders);
    assertEquals(dry.events(), r.events());
    assertEquals(r.events(), heard);
    assertEquals(120, heard.size());
    assertTrue(threads.stream().allMatch(caller::equals), threads.toString());
  }
}

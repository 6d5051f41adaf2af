package dev.jellyplex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.RefusedException;
import dev.jellyplex.engine.SetupException;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.engine.SyncReport;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code --delete}, nothing outside the target is ever removed. */
class DeleteSafetyIT {
  @TempDir Path tmp;

  private Path source;
  private Path target;
  private Path outside;
  private Map<String, Trees.Fingerprint> outsideBefore;

  @BeforeEach
  void setUp() throws Exception {
    source = tmp.resolve("source");
    target = tmp.resolve("target");
    outside = tmp.resolve("outside");
    CrashIT.buildLibrary(source, 3, 0, new SplittableRandom(11));
    Trees.write(outside, "Family Videos/wedding.mkv", Trees.utf8("irreplaceable"));
    Trees.write(outside, "notes.txt", Trees.utf8("keep"));
    outsideBefore = Trees.fingerprint(outside, true);
  }

  private SyncOptions delete() {
    return SyncOptions.defaults().withCreate(true).withDelete(true);
  }

  @Test
  void symlinkedStrayFolderIsUnlinkedNotEmptied() throws Exception {
    Files.createDirectories(target);
    Files.createSymbolicLink(target.resolve("Old Movie (1990)"), outside);
    SyncReport report = JellyPlex.sync(source, target, delete());
    assertTrue(report.successful(), report.errors().toString());
    assertFalse(Files.exists(target.resolve("Old Movie (1990)"), LinkOption.NOFOLLOW_LINKS));
    assertEquals(outsideBefore, Trees.fingerprint(outside, true));
  }

  @Test
  void symlinkInsideAMovieFolderIsUnlinkedNotFollowed() throws Exception {
    assertTrue(JellyPlex.sync(source, target, delete()).successful());
    Path movie;
    try (var list = Files.list(target)) {
      movie = list.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
    }
    Files.createSymbolicLink(movie.resolve("extras-link"), outside.resolve("Family Videos"));
    Files.createSymbolicLink(movie.resolve("notes.txt"), outside.resolve("notes.txt"));
    SyncReport report = JellyPlex.sync(source, target, delete());
    assertTrue(report.successful(), report.errors().toString());
    assertEquals(
        2,
        report.events().stream().filter(e -> e.action() == Action.REMOVE).count(),
        report.events().toString());
    assertFalse(Files.exists(movie.resolve("extras-link"), LinkOption.NOFOLLOW_LINKS));
    assertEquals(outsideBefore, Trees.fingerprint(outside, true));
  }

  @Test
  void targetThatIsASymlinkIsMirroredWithoutTouchingItsSiblings() throws Exception {
    Path real = tmp.resolve("real-target");
    Files.createDirectories(real);
    Files.createSymbolicLink(target, real);
    Trees.write(real, "Stray (2000)/Stray (2000).mkv", new byte[0]);
    SyncReport report = JellyPlex.sync(source, target, delete());
    assertTrue(report.successful(), report.errors().toString());
    assertFalse(Files.exists(real.resolve("Stray (2000)")));
    assertTrue(Files.isSymbolicLink(target), "the target link itself must stay");
    assertEquals(outsideBefore, Trees.fingerprint(outside, true));
    assertTrue(Files.isDirectory(source));
  }

  @Test
  void emptySourceIsRefusedWithDelete() throws Exception {
    assertTrue(JellyPlex.sync(source, target, delete()).successful());
    Map<String, Trees.Fingerprint> mirror = Trees.fingerprint(target, false);
    Path empty = tmp.resolve("unmounted-share");
    Files.createDirectories(empty);
    SetupException e =
        assertThrows(SetupException.class, () -> JellyPlex.sync(empty, target, delete()));
    assertTrue(String.valueOf(e.getMessage()).contains(empty.toString()), e.getMessage());
    assertEquals(mirror, Trees.fingerprint(target, false));
  }

  @Test
  void maxDeleteStopsBeforeRemovingAnything() throws Exception {
    assertTrue(JellyPlex.sync(source, target, delete()).successful());
    for (String stray : new String[] {"A (2001)", "B (2002)", "C (2003)"}) {
      Trees.touch(target, stray + "/" + stray + ".mkv");
    }
    Map<String, Trees.Fingerprint> before = Trees.fingerprint(target, false);
    RefusedException e =
        assertThrows(
            RefusedException.class,
            () -> JellyPlex.sync(source, target, delete().withMaxDelete(2)));
    assertTrue(String.valueOf(e.getMessage()).contains("2"), e.getMessage());
    assertEquals(before, Trees.fingerprint(target, false));
    assertTrue(JellyPlex.sync(source, target, delete().withMaxDelete(3)).successful());
    assertFalse(Files.exists(target.resolve("A (2001)")));
  }

  @Test
  void nestedSourceAndTargetAreRefused() throws Exception {
    Path inside = source.resolve("mirror");
    assertThrows(SetupException.class, () -> JellyPlex.sync(source, inside, delete()));
    assertFalse(Files.exists(inside));
    assertThrows(SetupException.class, () -> JellyPlex.sync(source, source, delete()));
    Path outer = tmp;
    assertThrows(SetupException.class, () -> JellyPlex.sync(source, outer, delete()));
    assertEquals(outsideBefore, Trees.fingerprint(outside, true));
  }
}

package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every safety guard refuses before anything is touched. */
class GuardTest {
  FileSystem fs;
  Path src;
  Path tgt;

  @BeforeEach
  void setUp() throws IOException {
    fs = Lib.jimfs();
    src = fs.getPath("/media/plex");
    tgt = fs.getPath("/media/jellyfin");
    Files.createDirectories(tgt);
    write(src, "Heat (1995)/Heat (1995) [1080p].mkv", "heat");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  private SetupException setup(Path source, Path target, SyncOptions options) {
    return assertThrows(SetupException.class, () -> JellyPlex.sync(source, target, options));
  }

  @Test
  void targetInsideSource() throws IOException {
    Path inside = src.resolve("mirror");
    SetupException e = setup(src, inside, P2J.withCreate(true));
    assertTrue(String.valueOf(e.getMessage()).contains("inside"), e.getMessage());
    assertFalse(Files.exists(inside));
    assertThrows(SetupException.class, () -> JellyPlex.plan(src, inside, P2J));
  }

  @Test
  void sourceInsideTarget() throws IOException {
    Path outer = fs.getPath("/media");
    SetupException e = setup(src, outer, P2J);
    assertTrue(String.valueOf(e.getMessage()).contains("inside"), e.getMessage());
  }

  @Test
  void sameFolderAlsoThroughALink() throws IOException {
    assertTrue(String.valueOf(setup(src, src, P2J).getMessage()).contains("same folder"));
    Path link = fs.getPath("/media/alias");
    Files.createSymbolicLink(link, src);
    assertTrue(String.valueOf(setup(src, link, P2J).getMessage()).contains("same folder"));
    Path nested = link.resolve("sub");
    assertTrue(
        String.valueOf(setup(src, nested, P2J.withCreate(true)).getMessage()).contains("inside"));
    assertEquals(Set.of("Heat (1995)/Heat (1995) [1080p].mkv"), tree(src));
  }

  @Test
  void deleteAgainstASourceWithoutMovies() throws IOException {
    Path empty = fs.getPath("/mnt/unmounted");
    Files.createDirectories(empty);
    write(tgt, "Heat (1995)/Heat (1995) - BD.mkv", "mirror");
    SetupException e = setup(empty, tgt, P2J.withDelete(true));
    assertTrue(String.valueOf(e.getMessage()).contains("no movie"), e.getMessage());
    assertEquals(Set.of("Heat (1995)/Heat (1995) - BD.mkv"), tree(tgt));
  }

  @Test
  void missingSource() {
    SetupException e = setup(fs.getPath("/nowhere"), tgt, P2J);
    assertTrue(String.valueOf(e.getMessage()).contains("/nowhere"), e.getMessage());
    assertThrows(SetupException.class, () -> JellyPlex.plan(fs.getPath("/nowhere"), tgt, P2J));
  }

  @Test
  void missingTargetWithoutCreate() throws IOException {
    Path missing = fs.getPath("/media/new");
    SetupException e = setup(src, missing, P2J);
    assertTrue(String.valueOf(e.getMessage()).contains("--create"), e.getMessage());
    assertFalse(Files.exists(missing));
    // plan needs no target
    assertEquals(1, JellyPlex.plan(src, missing, P2J).movies().size());
    // --create makes it
    JellyPlex.sync(src, missing, P2J.withCreate(true));
    assertEquals(Set.of("Heat (1995)/Heat (1995) - BD.mkv"), tree(missing));
  }

  @Test
  void targetThatIsAFile() throws IOException {
    Path file = write(fs.getPath("/media"), "file", "x");
    setup(src, file, P2J.withCreate(true));
  }

  @Test
  void lockHeldByAnotherRun() throws IOException {
    TargetLock held = TargetLock.acquire(tgt);
    try {
      RefusedException e =
          assertThrows(RefusedException.class, () -> JellyPlex.sync(src, tgt, P2J));
      assertTrue(
          String.valueOf(e.getMessage()).contains("another jellyplex run is using " + tgt),
          e.getMessage());
      // a dry run takes no lock and so is not stopped
      assertEquals(1, JellyPlex.sync(src, tgt, P2J.withDryRun(true)).events().size());
    } finally {
      held.close();
    }
    assertEquals(1, JellyPlex.sync(src, tgt, P2J).filesUpdated());
  }

  @Test
  void staleLockFileDoesNotBlock() throws IOException {
    write(tgt, Scanner.LOCK_NAME, "jellyplex run, pid 999999\n");
    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));
    assertEquals(1, r.filesUpdated());
    assertTrue(r.strays().isEmpty(), "the lock file is not a stray");
    assertFalse(Files.exists(tgt.resolve(Scanner.LOCK_NAME)));
  }

  @Test
  void dryRunCreatesNoLock() throws IOException {
    JellyPlex.sync(
        src,
        tgt,
        P2J.withDryRun(true),
        new SyncListener() {
          @Override
          public void started(long files, long bytes) {
            assertFalse(Files.exists(tgt.resolve(Scanner.LOCK_NAME)));
          }
        });
    assertEquals(Set.of(), tree(tgt));
  }

  @Test
  void lockIsHeldWhileRealizing() throws IOException {
    boolean[] seen = {false};
    JellyPlex.sync(
        src,
        tgt,
        P2J,
        new SyncListener() {
          @Override
          public void started(long files, long bytes) {
            seen[0] = Files.exists(tgt.resolve(Scanner.LOCK_NAME));
            assertThrows(RefusedException.class, () -> JellyPlex.sync(src, tgt, P2J));
          }
        });
    assertTrue(seen[0]);
  }

  @Test
  void hardlinksBetweenTwoFilesystemsNameCopy() throws IOException {
    try (FileSystem other = Lib.jimfs()) {
      Path elsewhere = other.getPath("/mirror");
      SetupException e = setup(src, elsewhere, P2J.withCreate(true));
      assertTrue(String.valueOf(e.getMessage()).contains("--copy"), e.getMessage());
      assertFalse(Files.exists(elsewhere), "nothing created");
      SyncReport copied =
          JellyPlex.sync(src, elsewhere, P2J.withCreate(true).withMaterializer(Materializer.COPY));
      assertEquals(Set.of("Heat (1995)/Heat (1995) - BD.mkv"), tree(elsewhere));
      assertTrue(copied.successful());
    }
  }

  @Test
  void moveIsNotASyncMaterializer() {
    assertThrows(
        IllegalArgumentException.class,
        () -> JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.MOVE)));
  }

  @Test
  void relativePathsCannotEscape() {
    assertThrows(IllegalArgumentException.class, () -> Scanner.resolve(tgt, "a/../../etc"));
    assertThrows(
        IllegalStateException.class, () -> AtomicFiles.deleteTree(fs.getPath("/media"), tgt));
  }
}

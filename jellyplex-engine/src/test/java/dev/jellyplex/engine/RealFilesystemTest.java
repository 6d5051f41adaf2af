package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a real filesystem can show: inodes, mtimes, devices, permissions, link limits. */
class RealFilesystemTest {
  static final String HEAT = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_J = "Heat (1995) [imdbid-tt0113277]";

  @TempDir Path tmp;

  private Path library(Path root) {
    write(root, HEAT + "/" + HEAT + " [1080p].mkv", "heat video");
    write(root, HEAT + "/poster.jpg", "poster");
    return root;
  }

  private static Object attr(Path p, String name) throws IOException {
    return Files.getAttribute(p, name, LinkOption.NOFOLLOW_LINKS);
  }

  @Test
  void hardlinksShareTheInode() throws IOException {
    Path src = library(tmp.resolve("plex"));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));

    SyncReport r = JellyPlex.sync(src, tgt, P2J);

    assertTrue(r.successful());
    Path s = src.resolve(HEAT).resolve(HEAT + " [1080p].mkv");
    Path t = tgt.resolve(HEAT_J).resolve(HEAT_J + " - BD.mkv");
    assertEquals(attr(s, "unix:ino"), attr(t, "unix:ino"));
    assertEquals(attr(s, "unix:dev"), attr(t, "unix:dev"));
    assertEquals(2, attr(s, "unix:nlink"));
    assertTrue(
        JellyPlex.sync(src, tgt, P2J).events().stream().allMatch(e -> e.action() == Action.SKIP));
    assertTrue(JellyPlex.diff(src, tgt).inSync());
  }

  @Test
  void copiesKeepTheMtimeAndHaveTheirOwnInode() throws IOException {
    Path src = library(tmp.resolve("plex"));
    Path s = src.resolve(HEAT).resolve(HEAT + " [1080p].mkv");
    Files.setLastModifiedTime(s, FileTime.fromMillis(1_234_567_890_123L));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));

    JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY));

    Path t = tgt.resolve(HEAT_J).resolve(HEAT_J + " - BD.mkv");
    assertNotEquals(attr(s, "unix:ino"), attr(t, "unix:ino"));
    assertEquals(Files.getLastModifiedTime(s), Files.getLastModifiedTime(t));
    assertEquals("heat video", Files.readString(t));
    SyncReport again = JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY));
    assertTrue(again.events().stream().allMatch(e -> e.action() == Action.SKIP));
    assertTrue(JellyPlex.diff(src, tgt, P2J.withMaterializer(Materializer.COPY)).inSync());
    assertEquals(
        java.util.List.of(HEAT_J + " - BD.mkv", "poster.jpg"),
        JellyPlex.diff(src, tgt).differingMovies().get(0).notSameFile(),
        "with hardlink semantics a copy is not the same file");
  }

  @Test
  void hardlinksAcrossFilesystemsFailCleanlyAndCopiesWork() throws IOException {
    Path shm = Path.of("/dev/shm");
    assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "needs /dev/shm");
    assumeTrue(!Files.getFileStore(shm).equals(Files.getFileStore(tmp)), "needs two filesystems");
    Path src = Files.createTempDirectory(shm, "jellyplex-test-");
    try {
      library(src);
      Path tgt = tmp.resolve("mirror");

      SetupException e =
          assertThrows(SetupException.class, () -> JellyPlex.sync(src, tgt, P2J.withCreate(true)));
      assertTrue(String.valueOf(e.getMessage()).contains("--copy"), e.getMessage());
      assertFalse(Files.exists(tgt), "nothing created");

      SyncReport copied =
          JellyPlex.sync(src, tgt, P2J.withCreate(true).withMaterializer(Materializer.COPY));
      assertTrue(copied.successful());
      assertEquals(Set.of(HEAT_J + "/" + HEAT_J + " - BD.mkv", HEAT_J + "/poster.jpg"), tree(tgt));
    } finally {
      Lib.deleteTree(src);
    }
  }

  @Test
  void importMovesAcrossFilesystemsByCopying() throws IOException {
    Path shm = Path.of("/dev/shm");
    assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "needs /dev/shm");
    Path staging = Files.createTempDirectory(shm, "jellyplex-staging-");
    try {
      Path loose = write(staging, "dl/Heat (1995) [1080p].mkv", "heat");
      Files.setLastModifiedTime(loose, FileTime.fromMillis(1_500_000_000_000L));
      Path tgt = Files.createDirectories(tmp.resolve("plex"));
      SyncReport r =
          JellyPlex.importFiles(
              staging,
              tgt,
              ImportOptions.builder()
                  .sourceFormat(dev.jellyplex.model.FormatId.PLEX)
                  .targetFormat(dev.jellyplex.model.FormatId.PLEX)
                  .build(),
              SyncListener.NONE);
      assertTrue(r.errors().isEmpty(), r.errors().toString());
      assertEquals(Set.of("Heat (1995)/Heat (1995) [1080p].mkv"), tree(tgt));
      assertFalse(Files.exists(loose), "moved: the staged file is gone");
      assertEquals(
          FileTime.fromMillis(1_500_000_000_000L),
          Files.getLastModifiedTime(tgt.resolve("Heat (1995)/Heat (1995) [1080p].mkv")));
    } finally {
      Lib.deleteTree(staging);
    }
  }

  private static boolean root(Path dir) throws IOException {
    Path probe = Files.createTempFile(dir, "uid", "");
    try {
      return ((Number) Files.getAttribute(probe, "unix:uid")).intValue() == 0;
    } finally {
      Files.delete(probe);
    }
  }

  /** chmod 000 denies reads to anybody but root; root reads anyway, so there it cannot be shown. */
  @Test
  void permissionDeniedSourceFileIsReportedAndSkipped() throws IOException {
    assumeFalse(root(tmp), "running as root: file permissions do not deny root");
    Path src = library(tmp.resolve("plex"));
    Path secret = src.resolve(HEAT).resolve("poster.jpg");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY));

    assertFalse(r.successful());
    assertEquals(1, r.errors().size());
    assertTrue(r.errors().get(0).reason().contains("permission denied"), r.errors().toString());
    assertEquals(Set.of(HEAT_J + "/" + HEAT_J + " - BD.mkv"), tree(tgt));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
  }

  /**
   * A fault even root meets: ext4 allows 65000 links per inode. A source file at that limit cannot
   * be linked; the error names the file and the reason, and the rest of the movie is synced.
   */
  @Test
  void linkLimitIsAPerFileError() throws IOException {
    Path src = library(tmp.resolve("plex"));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path video = src.resolve(HEAT).resolve(HEAT + " [1080p].mkv");
    Path links = Files.createDirectories(tmp.resolve("links"));
    int made = 0;
    try {
      for (; made < 70_000; made++) {
        Files.createLink(links.resolve(Integer.toString(made)), video);
      }
    } catch (FileSystemException e) {
      // the filesystem's limit is reached
    }
    assumeTrue(made < 70_000, "this filesystem has no small link limit");

    SyncReport r = JellyPlex.sync(src, tgt, P2J);

    assertFalse(r.successful());
    assertEquals(1, r.errors().size(), r.errors().toString());
    assertTrue(r.errors().get(0).reason().contains("too many links"), r.errors().toString());
    assertEquals(Set.of(HEAT_J + "/poster.jpg"), tree(tgt));
    Lib.deleteTree(links);
  }

  /** The OS lock, not the file's existence, decides: a held lock refuses, a stale file does not. */
  @Test
  void osFileLockOnTheTargetRefusesAndAStaleLockFileDoesNot() throws IOException {
    Path src = library(tmp.resolve("plex"));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path lockFile = tgt.resolve(Scanner.LOCK_NAME);
    try (java.nio.channels.FileChannel other =
            java.nio.channels.FileChannel.open(
                lockFile,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock held = other.lock()) {
      assertTrue(held.isValid());
      RefusedException e =
          assertThrows(RefusedException.class, () -> JellyPlex.sync(src, tgt, P2J));
      assertTrue(String.valueOf(e.getMessage()).contains("another jellyplex run"), e.getMessage());
      assertTrue(String.valueOf(e.getMessage()).contains(lockFile.toString()), e.getMessage());
      assertEquals(Set.of(Scanner.LOCK_NAME), tree(tgt), "nothing written");
    }
    // the lock file is still there, but nobody holds it (as after kill -9)
    assertTrue(Files.exists(lockFile));
    SyncReport r = JellyPlex.sync(src, tgt, P2J);
    assertTrue(r.successful());
    assertFalse(Files.exists(lockFile));
  }

  @Test
  void aDisappearingSourceFileIsAPerFileError() throws IOException {
    Path src = library(tmp.resolve("plex"));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Plan plan = JellyPlex.plan(src, tgt, P2J);
    Files.delete(src.resolve(HEAT).resolve("poster.jpg"));

    SyncReport r = JellyPlex.realize(plan, P2J, SyncListener.NONE);

    assertEquals(1, r.errors().size());
    assertEquals(src.resolve(HEAT).resolve("poster.jpg"), r.errors().get(0).path());
    assertEquals(Set.of(HEAT_J + "/" + HEAT_J + " - BD.mkv"), tree(tgt));
  }
}

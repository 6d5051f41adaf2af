package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target's lock file on a real filesystem: never followed through a link, never anything but a
 * regular file, never blocking (behavior §2, issue 13 item 1).
 */
class TargetLockTest {
  /** Not a timing: the bound only turns a hung open (a FIFO) into a failure instead of a hang. */
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path tmp;

  private Path source() {
    write(tmp.resolve("plex"), RealFilesystemTest.HEAT + "/poster.jpg", "poster");
    return tmp.resolve("plex");
  }

  private static SetupException refused(Path src, Path tgt) {
    return assertTimeoutPreemptively(
        HANG, () -> assertThrows(SetupException.class, () -> JellyPlex.sync(src, tgt, P2J)));
  }

  private static void assertNothingWritten(Path tgt) throws IOException {
    try (var list = Files.list(tgt)) {
      assertEquals(
          java.util.List.of(Scanner.LOCK_NAME), list.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aSymlinkedLockIsRefusedAndTheFileItPointsAtIsUntouched() throws IOException {
    Path src = source();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path victim = write(tmp, "etc/passwd", "root:x:0:0:root:/root:/bin/sh\n");
    FileTime before = Files.getLastModifiedTime(victim);
    Path lock = tgt.resolve(Scanner.LOCK_NAME);
    Files.createSymbolicLink(lock, victim);

    SetupException e = refused(src, tgt);

    assertTrue(e.getMessage().contains(lock.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
    assertEquals("root:x:0:0:root:/root:/bin/sh\n", Files.readString(victim));
    assertEquals(before, Files.getLastModifiedTime(victim));
    assertTrue(Files.isSymbolicLink(lock), "the link is left for the user to look at");
    assertNothingWritten(tgt);
  }

  @Test
  void aDanglingSymlinkLockCreatesNothingWhereItPoints() throws IOException {
    Path src = source();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path nowhere = tmp.resolve("etc/cron.d/evil");
    Files.createSymbolicLink(tgt.resolve(Scanner.LOCK_NAME), nowhere);

    refused(src, tgt);

    assertTrue(Files.notExists(nowhere, LinkOption.NOFOLLOW_LINKS));
    assertNothingWritten(tgt);
  }

  @Test
  void aFifoLockIsRefusedWithoutBlocking() throws IOException {
    Path src = source();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path lock = tgt.resolve(Scanner.LOCK_NAME);
    Os.mkfifo(lock);

    SetupException e = refused(src, tgt);

    assertTrue(e.getMessage().contains(lock.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    assertTrue(
        Files.readAttributes(
                lock, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
            .isOther(),
        "the FIFO is left as it was");
    assertNothingWritten(tgt);
  }

  @Test
  void aFolderAtTheLocksNameIsRefused() throws IOException {
    Path src = source();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Files.createDirectories(tgt.resolve(Scanner.LOCK_NAME));

    SetupException e = refused(src, tgt);

    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    assertNothingWritten(tgt);
  }

  @Test
  void aRegularLockFileLeftByAKilledRunIsTakenOverAndRemoved() throws IOException {
    Path src = source();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    write(tgt, Scanner.LOCK_NAME, "jellyplex run, pid 1\n");

    assertTrue(JellyPlex.sync(src, tgt, P2J).successful());

    assertTrue(Files.notExists(tgt.resolve(Scanner.LOCK_NAME)));
  }

  @Test
  void whileHeldTheLockIsARegularFileNamingTheRun() throws IOException {
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    TargetLock held = TargetLock.acquire(tgt);
    try {
      Path lock = tgt.resolve(Scanner.LOCK_NAME);
      assertTrue(Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS));
      assertEquals(
          "jellyplex run, pid " + ProcessHandle.current().pid() + "\n", Files.readString(lock));
      assertThrows(RefusedException.class, () -> TargetLock.acquire(tgt));
    } finally {
      held.close();
    }
    TargetLock.acquire(tgt).close(); // released: free again
  }
}

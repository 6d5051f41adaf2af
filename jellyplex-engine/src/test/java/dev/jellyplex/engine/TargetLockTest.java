package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  /** A run refused because another run holds the lock: a refusal by a guard (exit 1). */
  private static RefusedException held(Path src, Path tgt) {
    return held(src, tgt, P2J);
  }

  private static RefusedException held(Path src, Path tgt, SyncOptions options) {
    return assertTimeoutPreemptively(
        HANG, () -> assertThrows(RefusedException.class, () -> JellyPlex.sync(src, tgt, options)));
  }

  private static SetupException refused(Path src, Path tgt) {
    return assertTimeoutPreemptively(
        HANG, () -> assertThrows(SetupException.class, () -> JellyPlex.sync(src, tgt, P2J)));
  }

  private static void assertNothingWritten(Path tgt) throws IOException {
    try (var list = Files.list(tgt)) {
      assertEquals(List.of(Scanner.LOCK_NAME), list.map(p -> p.getFileName().toString()).toList());
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

    assertTrue(String.valueOf(e.getMessage()).contains(lock.toString()), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).contains("is a symbolic link"), e.getMessage());
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

    assertTrue(String.valueOf(e.getMessage()).contains(lock.toString()), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).contains("not a regular file"), e.getMessage());
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

    assertTrue(String.valueOf(e.getMessage()).contains("is a folder"), e.getMessage());
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

  @Test
  void aHoldLetsThisProcesssRunsInOneAtATimeAndKeepsTheLockFileUntilClosed() throws IOException {
    Path src = source();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path lock = tgt.resolve(Scanner.LOCK_NAME);
    String held = "jellyplex watch, pid " + ProcessHandle.current().pid() + "\n";
    Closeable hold = JellyPlex.hold(tgt, "watch");
    try {
      assertEquals(held, Files.readString(lock));
      List<Exception> meanwhile = new ArrayList<>();
      SyncReport r =
          JellyPlex.sync(
              src,
              tgt,
              P2J,
              new SyncListener() {
                @Override
                public void movieStarted(String targetFolder) {
                  meanwhile.add(
                      assertThrows(RefusedException.class, () -> JellyPlex.sync(src, tgt, P2J)));
                }
              });
      assertTrue(r.successful(), r.errors().toString());
      assertTrue(Files.exists(tgt.resolve(RealFilesystemTest.HEAT_J)), "the run went in");
      assertEquals(1, meanwhile.size());
      assertTrue(
          String.valueOf(meanwhile.get(0).getMessage()).contains("another run of this process"),
          meanwhile.get(0).getMessage());
      assertEquals(held, Files.readString(lock), "a run under the hold leaves its lock file");
      assertTrue(JellyPlex.sync(src, tgt, P2J).successful(), "one run after the other");
      RefusedException second =
          assertThrows(RefusedException.class, () -> JellyPlex.hold(tgt, "x"));
      assertTrue(String.valueOf(second.getMessage()).contains(lock.toString()));
    } finally {
      hold.close();
    }
    assertTrue(Files.notExists(lock), "closing the hold removes the lock file");
    TargetLock again = TargetLock.acquire(tgt); // and releases it: a run takes the lock again
    try {
      assertEquals(
          "jellyplex run, pid " + ProcessHandle.current().pid() + "\n", Files.readString(lock));
    } finally {
      again.close();
    }
    assertTrue(JellyPlex.sync(src, tgt, P2J).successful());
    assertTrue(Files.notExists(lock));
  }

  @Test
  void aRunRefusedByAnotherHolderNamesItAndTheLockFilePrintably() throws IOException {
    Path src = source();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path lock =
        write(tgt, Scanner.LOCK_NAME, "jellyplex watch, pid 42\u001b]0;x\u0007\u007fé\nline two");
    // Another channel on the file: to this JVM's lock, as another process's lock is.
    try (FileChannel other = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock taken = other.lock()) {
      assertTrue(taken.isValid());
      RefusedException e =
          assertTimeoutPreemptively(
              HANG,
              () -> assertThrows(RefusedException.class, () -> JellyPlex.sync(src, tgt, P2J)));
      String m = String.valueOf(e.getMessage());
      assertTrue(m.contains("(jellyplex watch, pid 42?]0;x???? holds " + lock + ")"), m);
      assertFalse(m.contains("line two"), m);
      assertThrows(RefusedException.class, () -> JellyPlex.hold(tgt, "watch"));
      assertEquals(
          "jellyplex watch, pid 42\u001b]0;x\u0007\u007fé\nline two",
          Files.readString(lock),
          "the holder's lock file is left as it is");
    }
  }

  @Test
  void aRealRunIntoAnExistingTargetTakesTheLockBeforeItListsTheSource() throws IOException {
    // The lock comes first (so that the target's root is read while the source is listed): a
    // held target refuses the run before a source that could not even be planned is looked at.
    Path src = Files.createDirectories(tmp.resolve("mixed"));
    write(src, "Heat (1995)/Heat.mkv", "no naming hint in it");
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path lock = write(tgt, Scanner.LOCK_NAME, "jellyplex watch, pid 42");
    assertThrows(SetupException.class, () -> JellyPlex.plan(src, tgt, SyncOptions.defaults()));
    try (FileChannel other = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock taken = other.lock()) {
      assertTrue(taken.isValid());
      RefusedException e = held(src, tgt, SyncOptions.defaults());
      assertTrue(String.valueOf(e.getMessage()).contains("jellyplex watch, pid 42"));
    }
    // a dry run takes no lock: it plans, and fails on the source as before
    assertThrows(
        SetupException.class,
        () -> JellyPlex.sync(src, tgt, SyncOptions.builder().dryRun(true).build()));
  }

  @Test
  void theTargetRootReadOnItsOwnThreadIsTheOneReadWhenAsked() throws IOException {
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    write(tgt, "Heat (1995) [imdbid-tt0113277]/Heat (1995) [imdbid-tt0113277].mkv", "v");
    write(tgt, "notes.txt", "n");
    assertEquals(
        TargetReader.Root.whenAsked(tgt).get(), TargetReader.Root.start(tgt).get(), "same table");
    assertEquals(FileTable.EMPTY, TargetReader.Root.start(tmp.resolve("nothing")).get());
  }

  @Test
  void anEmptyLockFileHeldByAnotherIsNamedAsAnotherProcess() throws IOException {
    Path src = source();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path lock = write(tgt, Scanner.LOCK_NAME, "");
    try (FileChannel other = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock taken = other.lock()) {
      assertTrue(taken.isValid());
      assertTrue(
          String.valueOf(held(src, tgt).getMessage())
              .contains("(another process holds " + lock + ")"));
    }
  }

  @Test
  void aHoldNeedsAnExistingTargetAndAPrintableHolder() throws IOException {
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    for (String bad : List.of("", "watch\n", "a/b", "x".repeat(41))) {
      assertThrows(IllegalArgumentException.class, () -> JellyPlex.hold(tgt, bad), bad);
    }
    JellyPlex.hold(tgt, "x".repeat(40) + "").close();
    JellyPlex.hold(tgt, "Watch 2-b").close();
    SetupException e =
        assertThrows(SetupException.class, () -> JellyPlex.hold(tmp.resolve("absent"), "watch"));
    assertTrue(String.valueOf(e.getMessage()).contains("does not exist"), e.getMessage());
    assertTrue(Files.notExists(tmp.resolve("absent")));
    assertTrue(Files.notExists(tgt.resolve(Scanner.LOCK_NAME)));
  }

  @Test
  void aRefusedRunKeepsNoDescriptorOfTheLockFileOpen() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(fds), "no /proc");
    Path src = source();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path lock = write(tgt, Scanner.LOCK_NAME, "jellyplex watch, pid 42\n");
    try (FileChannel other = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock taken = other.lock()) {
      assertTrue(taken.isValid());
      for (int i = 0; i < 3; i++) {
        held(src, tgt);
      }
      assertEquals(1, descriptorsOf(fds, lock), "only the test's own channel");
    }
    assertTrue(JellyPlex.sync(src, tgt, P2J).successful());
    assertEquals(0, descriptorsOf(fds, lock), "a finished run closes its lock file");
  }

  private static long descriptorsOf(Path fds, Path file) throws IOException {
    String real =
        java.util.Objects.requireNonNull(file.getParent())
            .toRealPath()
            .resolve(Scanner.LOCK_NAME)
            .toString();
    long n = 0;
    try (var list = Files.list(fds)) {
      for (Path fd : list.toList()) {
        try {
          if (Files.readSymbolicLink(fd).toString().startsWith(real)) { // or "... (deleted)"
            n++;
          }
        } catch (IOException e) {
          // closed while listed (the listing's own descriptor)
        }
      }
    }
    return n;
  }
}

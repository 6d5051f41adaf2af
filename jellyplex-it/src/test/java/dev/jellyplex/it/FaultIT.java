package dev.jellyplex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jellyplex.engine.FileError;
import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.Materializer;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.engine.RefusedException;
import dev.jellyplex.engine.SetupException;
import dev.jellyplex.engine.SyncListener;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.engine.SyncReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected for real: each must give a clear error naming the path, let the rest of the run
 * complete, touch nothing outside the target, and end unsuccessful.
 */
class FaultIT {
  @TempDir Path tmp;

  private Path source = Path.of("unset");
  private Path target = Path.of("unset");
  private Path outside = Path.of("unset");

  private void library(int movies) throws IOException {
    source = tmp.resolve("source");
    target = tmp.resolve("target");
    outside = tmp.resolve("outside");
    Trees.write(outside, "precious.txt", Trees.utf8("do not touch"));
    CrashIT.buildLibrary(source, movies, 0, new SplittableRandom(7));
  }

  private static String folder(int i) {
    return String.format("Movie %03d (%d) {imdb-tt%07d}", i, 1950 + i % 70, 100000 + i);
  }

  private static String jellyfinFolder(int i) {
    return String.format("Movie %03d (%d) [imdbid-tt%07d]", i, 1950 + i % 70, 100000 + i);
  }

  private static SyncOptions create() {
    return SyncOptions.defaults().withCreate(true);
  }

  private static boolean mentions(List<FileError> errors, String fragment) {
    return errors.stream().anyMatch(e -> e.path().toString().contains(fragment));
  }

  @Test
  void readOnlyTargetFolderIsReportedAndTheRestCompletes() throws Exception {
    library(3);
    assertTrue(JellyPlex.sync(source, target, create()).successful());
    Path locked = target.resolve(jellyfinFolder(1));
    assumeTrue(Chattr.available(tmp), "chattr +i is not available here");
    // A new version appears in every movie; movie 1's target folder cannot take new entries.
    for (int i = 0; i < 3; i++) {
      Trees.touch(source, folder(i) + "/" + folder(i) + " [720p].mkv");
    }
    Map<String, Trees.Fingerprint> outsideBefore = Trees.fingerprint(outside, true);
    Map<String, Trees.Fingerprint> sourceBefore = Trees.fingerprint(source, true);
    Chattr.immutable(locked);
    SyncReport report;
    try {
      report = JellyPlex.sync(source, target, create());
    } finally {
      Chattr.mutable(locked);
    }
    assertFalse(report.successful());
    assertTrue(mentions(report.errors(), jellyfinFolder(1)), report.errors().toString());
    assertTrue(
        Files.exists(target.resolve(jellyfinFolder(0)).resolve(jellyfinFolder(0) + " - 720p.mkv")));
    assertTrue(
        Files.exists(target.resolve(jellyfinFolder(2)).resolve(jellyfinFolder(2) + " - 720p.mkv")));
    assertEquals(outsideBefore, Trees.fingerprint(outside, true));
    assertEquals(sourceBefore, Trees.fingerprint(source, true));
  }

  @Test
  void sourceFileThatCannotBeLinkedIsReportedAndSkipped() throws Exception {
    library(3);
    assumeTrue(Chattr.available(tmp), "chattr +i is not available here");
    // The kernel refuses to hardlink an immutable file (EPERM), even for root.
    Path video = source.resolve(folder(1)).resolve(folder(1) + " [1080p].mkv");
    Chattr.immutable(video);
    SyncReport report;
    try {
      report = JellyPlex.sync(source, target, create());
    } finally {
      Chattr.mutable(video);
    }
    assertFalse(report.successful());
    assertEquals(1, report.errors().size(), report.errors().toString());
    FileError error = report.errors().get(0);
    assertTrue(
        error.path().toString().contains(folder(1))
            || error.path().toString().contains(jellyfinFolder(1)),
        error.toString());
    assertFalse(error.reason().isBlank());
    assertFalse(
        Files.exists(target.resolve(jellyfinFolder(1)).resolve(jellyfinFolder(1) + " - BD.mkv")));
    assertTrue(
        Files.exists(target.resolve(jellyfinFolder(2)).resolve(jellyfinFolder(2) + " - BD.mkv")));
    assertNoTemporaries(target);
  }

  @Test
  void fileThatVanishesBetweenPlanAndRealizeIsReported() throws Exception {
    library(3);
    Files.createDirectories(target);
    Plan plan = JellyPlex.plan(source, target, create());
    Path gone = source.resolve(folder(2)).resolve(folder(2) + " [1080p].en.srt");
    Files.delete(gone);
    SyncReport report = JellyPlex.realize(plan, create(), SyncListener.NONE);
    assertFalse(report.successful());
    assertTrue(
        mentions(report.errors(), folder(2) + " [1080p].en.srt")
            || mentions(report.errors(), " - BD.en.srt"),
        report.errors().toString());
    assertTrue(
        Files.exists(target.resolve(jellyfinFolder(0)).resolve(jellyfinFolder(0) + " - BD.mkv")));
    assertNoTemporaries(target);
  }

  @Test
  void targetNameThatIsAFolderIsReportedAndKept() throws Exception {
    library(2);
    Path blocker = target.resolve(jellyfinFolder(0)).resolve(jellyfinFolder(0) + " - BD.mkv");
    Trees.write(blocker, "someone's file.txt", Trees.utf8("keep me"));
    SyncReport report = JellyPlex.sync(source, target, create());
    assertFalse(report.successful());
    assertTrue(
        mentions(report.errors(), jellyfinFolder(0) + " - BD.mkv"), report.errors().toString());
    assertTrue(Files.isRegularFile(blocker.resolve("someone's file.txt")));
    assertTrue(
        Files.exists(target.resolve(jellyfinFolder(1)).resolve(jellyfinFolder(1) + " - BD.mkv")));
  }

  @Test
  void fullDiskFailsFilesCleanlyAndLeavesNoPartialFile() throws Exception {
    source = tmp.resolve("source");
    Path mount = tmp.resolve("small");
    Files.createDirectories(mount);
    assumeTrue(mountTmpfs(mount, "2m"), "cannot mount a small tmpfs here");
    try {
      target = mount.resolve("target");
      SplittableRandom random = new SplittableRandom(3);
      for (int i = 0; i < 5; i++) {
        // 5 x 700 KiB = 3.5 MiB into 2 MiB: some copies must fail for lack of space.
        Trees.write(
            source, folder(i) + "/" + folder(i) + " [1080p].mkv", Trees.bytes(random, 700 << 10));
      }
      SyncReport report =
          JellyPlex.sync(source, target, create().withMaterializer(Materializer.COPY));
      assertFalse(report.successful());
      assertFalse(report.errors().isEmpty());
      assertNoTemporaries(target);
      // Whatever exists under a final name is complete.
      for (int i = 0; i < 5; i++) {
        Path copy = target.resolve(jellyfinFolder(i)).resolve(jellyfinFolder(i) + " - BD.mkv");
        if (Files.exists(copy)) {
          assertEquals(
              Trees.sha256(source.resolve(folder(i)).resolve(folder(i) + " [1080p].mkv")),
              Trees.sha256(copy));
        }
      }
    } finally {
      new ProcessBuilder("umount", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void hardlinksAcrossFilesystemsAreRefusedBeforeAnythingIsWritten() throws Exception {
    Path shm = Path.of("/dev/shm");
    assumeTrue(Files.isDirectory(shm), "/dev/shm is missing");
    Path shmSource = Files.createTempDirectory(shm, "jellyplex-it-");
    try {
      CrashIT.buildLibrary(shmSource, 2, 0, new SplittableRandom(1));
      target = tmp.resolve("target");
      SetupException e =
          assertThrows(SetupException.class, () -> JellyPlex.sync(shmSource, target, create()));
      assertTrue(String.valueOf(e.getMessage()).contains("--copy"), e.getMessage());
      assertTrue(Trees.fingerprint(target, false).isEmpty(), "something was written");
      SyncReport copied =
          JellyPlex.sync(shmSource, target, create().withMaterializer(Materializer.COPY));
      assertTrue(copied.successful(), copied.errors().toString());
    } finally {
      CrashIT.deleteTree(shmSource);
    }
  }

  @Test
  void secondConcurrentRunOnOneTargetIsRefused() throws Exception {
    library(3);
    AtomicReference<Throwable> second = new AtomicReference<>();
    SyncListener listener =
        new SyncListener() {
          @Override
          public void movieStarted(String targetFolder) {
            if (second.get() == null) {
              try {
                JellyPlex.sync(source, target, create());
                second.set(new AssertionError("the second run was not refused"));
              } catch (Throwable t) {
                second.set(t);
              }
            }
          }
        };
    SyncReport first = JellyPlex.sync(source, target, create(), listener);
    assertTrue(first.successful(), first.errors().toString());
    assertTrue(second.get() instanceof RefusedException, String.valueOf(second.get()));
    assertTrue(
        String.valueOf(second.get().getMessage()).contains(target.getFileName().toString()),
        second.get().getMessage());
    // Once the first run is over the lock is free again.
    assertTrue(JellyPlex.sync(source, target, create()).successful());
  }

  static void assertNoTemporaries(Path target) throws IOException {
    List<String> temps =
        Trees.fingerprint(target, false).keySet().stream()
            .filter(k -> k.substring(k.lastIndexOf('/') + 1).startsWith(".jellyplex-tmp"))
            .toList();
    assertEquals(List.of(), temps, "temporary files left behind");
  }

  static boolean mountTmpfs(Path at, String size) {
    try {
      Process p =
          new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}

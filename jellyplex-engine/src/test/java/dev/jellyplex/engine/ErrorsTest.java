package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each known cause of a failed write names its way out (behavior §2 "Errors per file"). */
class ErrorsTest {
  @TempDir Path tmp;

  @Test
  void aRealCrossDeviceLinkNamesCopy() throws IOException {
    Path shm = Path.of("/dev/shm");
    assumeTrue(Files.isDirectory(shm), "needs /dev/shm (a tmpfs)");
    Path elsewhere = Files.createTempFile(shm, "jellyplex", ".mkv");
    try {
      assumeTrue(!Files.getFileStore(elsewhere).equals(Files.getFileStore(tmp)), "one device");
      IOException e =
          assertThrows(
              IOException.class, () -> Files.createLink(tmp.resolve("link.mkv"), elsewhere));
      assertTrue(Errors.isCrossDevice(e));
      String reason = Errors.reason(e);
      assertTrue(reason.startsWith("invalid cross-device link"), reason);
      assertTrue(reason.endsWith("use --copy"), reason);
    } finally {
      Files.delete(elsewhere);
    }
  }

  @Test
  void theLinkCountLimitNamesCopy() {
    // the JDK's own words for EMLINK, as link(2) reports them (70,000 links take too long here;
    // RealFilesystemTest makes them where the filesystem's limit is small)
    String reason =
        Errors.reason(new FileSystemException("/t/new.mkv", "/s/a.mkv", "Too many links"));
    assertTrue(reason.startsWith("too many links"), reason);
    assertTrue(reason.contains("link-count limit"), reason);
    assertTrue(reason.endsWith("use --copy"), reason);
  }

  @Test
  void aRefusedHardlinkNamesTheOwnerAndCopy() {
    String reason =
        Errors.reason(new FileSystemException("/t/new.mkv", "/s/a.mkv", "Operation not permitted"));
    assertTrue(reason.contains("protected_hardlinks"), reason);
    assertTrue(reason.contains("run as the owner of /s/a.mkv or use --copy"), reason);
    String notALink =
        Errors.reason(new FileSystemException("/t/new.mkv", null, "Operation not permitted"));
    assertEquals("operation not permitted", notALink, "only link(2) names two files");
  }

  @Test
  void aRealNameTooLongSaysItsLengthInBytes() {
    String name = "é".repeat(150) + ".mkv"; // 304 bytes, 154 characters
    IOException e = assertThrows(IOException.class, () -> Files.createFile(tmp.resolve(name)));
    String reason = Errors.reason(e);
    assertTrue(reason.contains("\"" + name + "\" is 304 bytes"), reason);
  }

  @Test
  void otherReasonsKeepTheKernelsWords() {
    assertEquals(
        "read-only file system",
        Errors.reason(new FileSystemException("/t", null, "Read-only file system")));
    assertEquals("input/output error", Errors.reason(new IOException("Input/output error")));
    assertEquals("IOException", Errors.reason(new IOException()));
  }

  @Test
  void byteCountsForPeople() {
    assertEquals("512 bytes", Errors.bytes(512));
    assertEquals("1.0 KiB", Errors.bytes(1024));
    assertEquals("1.5 MiB", Errors.bytes(3 * 512 * 1024));
  }

  /** As root: a full tmpfs target; the error names the path and the space left there. */
  @Test
  void aFullDeviceNamesThePathAndTheFreeSpace() throws IOException {
    Os.assumeRoot(tmp);
    Path src = tmp.resolve("plex");
    String heat = RealFilesystemTest.HEAT;
    write(src, heat + "/" + heat + ".mkv", "x".repeat(400_000));
    write(src, heat + "/poster.jpg", "poster");
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    try (Os.Mounts mounts = new Os.Mounts()) {
      mounts.tmpfs(tgt, "256k");

      SyncReport r = JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY));

      assertEquals(1, r.errors().size(), r.errors().toString());
      FileError e = r.errors().get(0);
      String j = RealFilesystemTest.HEAT_J;
      assertEquals(tgt.resolve(j + "/" + j + ".mkv"), e.path());
      assertTrue(e.reason().startsWith("no space left on device ("), e.reason());
      assertTrue(e.reason().contains(" free there); free some space"), e.reason());
      assertTrue(Files.exists(tgt.resolve(j + "/poster.jpg")), "the rest of the run goes on");
      try (var list = Files.list(tgt.resolve(j))) {
        assertEquals(1, list.count(), "no temporary file is left behind");
      }
    }
  }

  /** As root: a target root on a read-only mount is a setup error, found before any write. */
  @Test
  void aTargetThatCannotBeWrittenIsASetupError() throws IOException {
    Os.assumeRoot(tmp);
    Path src = tmp.resolve("plex");
    String heat = RealFilesystemTest.HEAT;
    write(src, heat + "/" + heat + ".mkv", "v");
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    try (Os.Mounts mounts = new Os.Mounts()) {
      mounts.readOnlyBind(tgt);

      SetupException e = assertThrows(SetupException.class, () -> JellyPlex.sync(src, tgt, P2J));
      assertTrue(e.getMessage().contains(tgt + " is not writable"), e.getMessage());
      ImportOptions plex =
          ImportOptions.builder().sourceFormat(FormatId.PLEX).targetFormat(FormatId.PLEX).build();
      assertThrows(
          SetupException.class,
          () -> JellyPlex.importFiles(src, tgt, plex, SyncListener.NONE),
          "import too");
      assertTrue(
          JellyPlex.sync(src, tgt, P2J.withDryRun(true)).successful(), "dry run writes nothing");
    }
    try (var list = Files.list(tgt)) {
      assertFalse(list.findAny().isPresent());
    }
  }
}

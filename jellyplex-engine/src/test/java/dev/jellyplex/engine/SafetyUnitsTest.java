package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small pieces of the safety classes, one behaviour each (found by mutation testing). */
class SafetyUnitsTest {
  @TempDir Path tmp;

  @Test
  void temporaryNamesAreFreshEveryTimeAndStayInTheFinalFolder() {
    Path file = tmp.resolve("Movie/Movie.mkv");
    Path a = AtomicFiles.tempFor(file);
    Path b = AtomicFiles.tempFor(file);
    assertNotEquals(a, b);
    assertEquals(file.getParent(), a.getParent());
    assertTrue(a.getFileName().toString().startsWith(Scanner.TEMP_PREFIX));
    // a fixed length (12 hex digits), so temporaries fit next to 255-byte final names
    for (int i = 0; i < 50; i++) {
      String name = AtomicFiles.tempFor(file).getFileName().toString();
      assertTrue(
          name.substring(Scanner.TEMP_PREFIX.length()).matches("[0-9a-f]{12}"), "temp " + name);
    }
    Path bare = AtomicFiles.tempFor(tmp.getFileSystem().getPath("Movie.mkv"));
    assertTrue(bare.toString().startsWith(Scanner.TEMP_PREFIX), bare.toString());
  }

  @Test
  void copiesAndMovesSayHowManyBytesTheyWrote() throws IOException {
    Path src = write(tmp, "a/video.mkv", "heat video");
    assertEquals(10, AtomicFiles.copy(src, tmp.resolve("b.mkv"), false));
    assertEquals(10, AtomicFiles.copy(src, tmp.resolve("c.mkv")));
    assertEquals(0, AtomicFiles.move(tmp.resolve("c.mkv"), tmp.resolve("d.mkv")), "a link");
    Path shm = Path.of("/dev/shm");
    assumeTrue(Files.isDirectory(shm), "needs /dev/shm (a tmpfs)");
    Path staged = Files.createTempFile(shm, "jellyplex", ".mkv");
    Files.writeString(staged, "alien video");
    assumeTrue(!Files.getFileStore(staged).equals(Files.getFileStore(tmp)), "one device");
    assertEquals(11, AtomicFiles.move(staged, tmp.resolve("e.mkv")), "a copy across devices");
    assertFalse(Files.exists(staged));
  }

  @Test
  void deleteTreeSaysHowManyFilesWent() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path root = Files.createDirectories(fs.getPath("/target"));
      write(root, "Old/a.mkv", "a");
      write(root, "Old/sub/b.srt", "b");
      assertEquals(2, AtomicFiles.deleteTree(root.resolve("Old"), root));
    }
  }

  @Test
  void twoTargetsAreLockedIndependently() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    try (TargetLock first = TargetLock.acquire(a);
        TargetLock second = TargetLock.acquire(b)) {
      assertNotSame(first, second);
      assertTrue(Files.exists(a.resolve(Scanner.LOCK_NAME)));
      assertTrue(Files.exists(b.resolve(Scanner.LOCK_NAME)));
    }
  }

  @Test
  void hiddenAndSystemEntriesAreIgnoredWithTheirKind() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      write(src, "Heat (1995)/Heat (1995).mkv", "v");
      write(src, "Heat (1995)/.DS_Store", "x");
      write(src, "Heat (1995)/@eaDir/thumb.jpg", "x");
      write(src, "Heat (1995)/.hidden/x.mkv", "x");
      write(src, "Heat (1995)/Thumbs.db", "x");
      write(src, ".Trash/x", "x");
      write(src, "#recycle/x", "x");
      Discovery.Listing l = Discovery.discover(src);
      List<String> reasons =
          l.folders().get(0).ignored().stream()
              .map(i -> i.relativePath() + ": " + i.reason())
              .sorted()
              .toList();
      // hidden entries are skipped without a word (naming contract 4, revision 2)
      assertEquals(List.of("Heat (1995)/@eaDir: system folder"), reasons);
      assertEquals(
          Set.of("#recycle: system folder"),
          Set.copyOf(l.ignored().stream().map(i -> i.relativePath() + ": " + i.reason()).toList()));
      assertTrue(l.folders().get(0).unreadable().isEmpty());
    }
  }

  @Test
  void bytesThatAreNotUtf8AreEscapedAtEveryBoundary() {
    assertEquals("\\x80", esc(0x80), "a continuation byte cannot lead");
    assertEquals("\\xc1\\xbf", esc(0xc1, 0xbf), "an overlong 2-byte lead");
    assertEquals("\u0080", esc(0xc2, 0x80));
    assertEquals("\u07ff", esc(0xdf, 0xbf));
    assertEquals("\u0800", esc(0xe0, 0xa0, 0x80));
    assertEquals("\\xe0\\x9f\\xbf", esc(0xe0, 0x9f, 0xbf), "overlong 3 bytes");
    assertEquals("\ud7ff", esc(0xed, 0x9f, 0xbf));
    assertEquals("\ue000", esc(0xee, 0x80, 0x80));
    assertEquals("\uffff", esc(0xef, 0xbf, 0xbf));
    assertEquals("\\xf0\\x8f\\xbf\\xbf", esc(0xf0, 0x8f, 0xbf, 0xbf), "overlong 4 bytes");
    assertEquals(new String(Character.toChars(0x10000)), esc(0xf0, 0x90, 0x80, 0x80));
    assertEquals(new String(Character.toChars(0x10ffff)), esc(0xf4, 0x8f, 0xbf, 0xbf));
    assertEquals("\\xf4\\x90\\x80\\x80", esc(0xf4, 0x90, 0x80, 0x80), "above U+10FFFF");
    assertEquals("\\xf5", esc(0xf5));
    assertEquals("a\\xe2\\x82", esc('a', 0xe2, 0x82), "cut short at the end");
    assertEquals("\\xe2(", esc(0xe2, '('), "not a continuation");
  }

  private static String esc(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return Discovery.escapeBytes(b);
  }

  @Test
  void theJdksOwnExceptionsGetShortReasons() {
    assertEquals("permission denied", Errors.reason(new AccessDeniedException("/t")));
    assertTrue(Errors.reason(new NoSuchFileException("/t")).startsWith("no such file"));
    assertEquals("the name exists already", Errors.reason(new FileAlreadyExistsException("/t")));
    assertEquals("folder not empty", Errors.reason(new DirectoryNotEmptyException("/t")));
    assertEquals("not a folder", Errors.reason(new NotDirectoryException("/t")));
    assertFalse(Errors.isNoSpace(new IOException("Input/output error")));
    assertTrue(Errors.isNoSpace(new IOException("No space left on device")));
  }

  /** As root: the mount table is read for mount points strictly below the root, escapes undone. */
  @Test
  void theMountTableNamesOnlyMountsBelowTheRoot() throws IOException {
    Os.assumeRoot(tmp);
    Path root = Files.createDirectories(tmp.resolve("target"));
    Path plain = Files.createDirectories(root.resolve("plain"));
    Path spaced = Files.createDirectories(root.resolve("with space"));
    Path sibling = Files.createDirectories(tmp.resolve("target2"));
    Path from = Files.createDirectories(tmp.resolve("from"));
    try (Os.Mounts mounts = new Os.Mounts()) {
      mounts.bind(from, plain);
      mounts.bind(from, spaced);
      mounts.bind(from, sibling);

      assertEquals(
          Set.of(plain.toRealPath().toString(), spaced.toRealPath().toString()),
          TreeRemover.mountPointsUnder(root.toRealPath()));
    }
  }

  @Test
  void ignoredEntriesAreListedByPathWhoeverIgnoredThem() throws IOException {
    Path src = tmp.resolve("plex");
    String alien = "Alien (1979)";
    Lib.write(src, alien + "/" + alien + ".mkv", "alien");
    Lib.write(src, alien + "/Plex Versions/Optimized/" + alien + ".mp4", "plex's own");
    Files.createSymbolicLink(
        src.resolve(alien + "/zzz-link"), src.resolve(alien + "/" + alien + ".mkv"));

    Plan plan = JellyPlex.plan(src, tmp.resolve("jellyfin"), Lib.P2J);

    List<String> paths =
        plan.ignored().stream().map(dev.jellyplex.model.IgnoredEntry::relativePath).toList();
    assertTrue(paths.size() >= 2, paths.toString());
    assertEquals(paths.stream().sorted().toList(), paths);
  }

  @Test
  void aRelativeNameWithEmptySegmentsNeverLeavesItsBase() {
    Path base = tmp.resolve("target");
    assertEquals(base.resolve("a"), Scanner.resolve(base, "/a"));
    assertEquals(base.resolve("a/b"), Scanner.resolve(base, "a//b/"));
    assertThrows(IllegalArgumentException.class, () -> Scanner.resolve(base, "a/../../etc"));
  }
}

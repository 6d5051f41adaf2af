package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Removal of strays: by files, relative to open folders, never through a link, never into another
 * filesystem (behavior §2, issue 13 item 2).
 */
class TreeRemoverTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "secure directory stream: {0}")
  @ValueSource(booleans = {true, false})
  void aFolderCountsTheFilesInItAndLinksAreRemovedNotFollowed(boolean secure) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("target"));
    Path outside = write(tmp, "outside/keep.txt", "keep");
    write(root, "Old (1990)/Old (1990).mkv", "v");
    write(root, "Old (1990)/extras/a.mkv", "a");
    write(root, "Old (1990)/extras/deeper/b.mkv", "b");
    Files.createSymbolicLink(root.resolve("Old (1990)/extras/link"), outside.getParent());

    TreeRemover.Result r =
        TreeRemover.remove(root, root.resolve("Old (1990)"), secure, /* mountTable= */ true);

    assertEquals(4, r.files(), "three files and one link; folders are not counted");
    assertEquals(List.of(), r.keptMounts());
    assertFalse(Files.exists(root.resolve("Old (1990)"), LinkOption.NOFOLLOW_LINKS));
    assertEquals("keep", Files.readString(outside));
  }

  @Test
  void aSingleFileCountsOne() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("target"));
    write(root, "M (2000)/stray.nfo", "x");
    assertEquals(1, TreeRemover.remove(root, root.resolve("M (2000)/stray.nfo")).files());
    assertTrue(Files.isDirectory(root.resolve("M (2000)")));
  }

  @Test
  void aFolderSymlinkAtTheStraysPlaceIsUnlinkedAndItsTargetKept() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("target"));
    write(tmp, "outside/Family/wedding.mkv", "irreplaceable");
    Files.createSymbolicLink(root.resolve("Old (1990)"), tmp.resolve("outside/Family"));

    assertEquals(1, TreeRemover.remove(root, root.resolve("Old (1990)")).files());

    assertEquals("irreplaceable", Files.readString(tmp.resolve("outside/Family/wedding.mkv")));
  }

  @ParameterizedTest(name = "secure directory stream: {0}")
  @ValueSource(booleans = {true, false})
  void aParentSwappedForALinkIsNotFollowed(boolean secure) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("target"));
    write(tmp, "outside/Movie/stray.nfo", "not yours");
    // the movie folder was replaced by a link after planning: its stray must not be reached
    Files.createSymbolicLink(root.resolve("Movie"), tmp.resolve("outside/Movie"));

    assertThrows(
        IOException.class,
        () -> TreeRemover.remove(root, root.resolve("Movie/stray.nfo"), secure, true));

    assertEquals("not yours", Files.readString(tmp.resolve("outside/Movie/stray.nfo")));
  }

  @Test
  void nothingOutsideTheRootAndNotTheRootItself() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("target"));
    write(tmp, "other/file", "x");
    assertThrows(
        IllegalStateException.class, () -> TreeRemover.remove(root, tmp.resolve("other/file")));
    assertThrows(IllegalStateException.class, () -> TreeRemover.remove(root, root));
    assertThrows(
        IllegalStateException.class, () -> TreeRemover.remove(root, root.resolve("../other/file")));
    assertTrue(Files.exists(tmp.resolve("other/file")));
  }

  @Test
  void onJimfsFoldersAreRemovedByFiles() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path root = Files.createDirectories(fs.getPath("/target"));
      write(root, "A/1", "1");
      write(root, "A/B/2", "2");
      assertEquals(2, TreeRemover.remove(root, root.resolve("A")).files());
      assertFalse(Files.exists(root.resolve("A")));
    }
  }

  /**
   * As root: a bind mount of a folder of the same disk (same device number: only the mount table
   * tells it), a bind mount of a source movie folder, and a tmpfs, all inside the target. With
   * {@code --delete} the files on them survive and the run says why it kept them.
   */
  @Test
  void mountsInsideTheTargetAreNeitherEnteredNorRemoved() throws IOException {
    Os.assumeRoot(tmp);
    Path src = tmp.resolve("plex");
    String heat = RealFilesystemTest.HEAT;
    Path video = write(src, heat + "/" + heat + " [1080p].mkv", "heat video");
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path family = write(tmp, "outside/Family/wedding.mkv", "irreplaceable");
    Path share = Files.createDirectories(tgt.resolve("Docker Volume"));
    Path sourceMount = Files.createDirectories(tgt.resolve("Heat Old Name (1995)"));
    Path scratch = Files.createDirectories(tgt.resolve("Old (1990)/scratch"));
    write(tgt, "Old (1990)/Old (1990).mkv", "old");
    try (Os.Mounts mounts = new Os.Mounts()) {
      mounts.bind(java.util.Objects.requireNonNull(family.getParent()), share);
      mounts.bind(src.resolve(heat), sourceMount);
      mounts.tmpfs(scratch, "1m");
      Path onTmpfs = write(scratch, "cache.bin", "cache");

      SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true));

      assertEquals("irreplaceable", Files.readString(family));
      assertEquals("heat video", Files.readString(video));
      assertEquals("cache", Files.readString(onTmpfs));
      assertFalse(Files.exists(tgt.resolve("Old (1990)/Old (1990).mkv")), "the rest is removed");
      // the bind-mounted source folder holds the planned movie's very files, so the run may take
      // it for a renamed movie folder: renaming a mount point fails (EBUSY) and loses nothing
      for (Path kept : List.of(share, tgt.resolve("Old (1990)"))) {
        assertTrue(
            r.errors().stream()
                .anyMatch(
                    e ->
                        e.path().equals(kept)
                            && e.reason().contains("mount point inside the target")),
            kept + ": " + r.errors());
      }
    }
  }

  /** The device check alone (where no mount table can be read): a tmpfs is another device. */
  @ParameterizedTest(name = "secure directory stream: {0}")
  @ValueSource(booleans = {true, false})
  void anotherDeviceIsKeptWithoutTheMountTable(boolean secure) throws IOException {
    Os.assumeRoot(tmp);
    Path root = Files.createDirectories(tmp.resolve("target"));
    Path scratch = Files.createDirectories(root.resolve("Old (1990)/scratch"));
    write(root, "Old (1990)/a.mkv", "a");
    try (Os.Mounts mounts = new Os.Mounts()) {
      mounts.tmpfs(scratch, "1m");
      Path onTmpfs = write(scratch, "cache.bin", "cache");

      TreeRemover.Result r =
          TreeRemover.remove(root, root.resolve("Old (1990)"), secure, /* mountTable= */ false);

      assertEquals(1, r.files());
      assertEquals(List.of(scratch.toRealPath()), r.keptMounts());
      assertEquals("cache", Files.readString(onTmpfs));
      assertFalse(Files.exists(root.resolve("Old (1990)/a.mkv")));
    }
  }

  /** The mount table alone: a bind mount of the same disk has the target's device number. */
  @ParameterizedTest(name = "secure directory stream: {0}")
  @ValueSource(booleans = {true, false})
  void aBindMountOfTheSameDiskIsFoundInTheMountTable(boolean secure) throws IOException {
    Os.assumeRoot(tmp);
    Path root = Files.createDirectories(tmp.resolve("target"));
    Path family = write(tmp, "outside/Family/wedding.mkv", "irreplaceable");
    Path share = Files.createDirectories(root.resolve("Old (1990)/share"));
    try (Os.Mounts mounts = new Os.Mounts()) {
      mounts.bind(java.util.Objects.requireNonNull(family.getParent()), share);

      TreeRemover.Result r =
          TreeRemover.remove(root, root.resolve("Old (1990)"), secure, /* mountTable= */ true);

      assertEquals(0, r.files());
      assertEquals(List.of(share.toRealPath()), r.keptMounts());
      assertEquals("irreplaceable", Files.readString(family));
    }
  }

  @Test
  void mountTableEscapesAreUndone() {
    assertEquals("/mnt/My Movies\\x", TreeRemover.unescape("/mnt/My\\040Movies\\134x"));
    assertEquals("/a\tb\nc", TreeRemover.unescape("/a\\011b\\012c"));
    assertEquals("/plain\\9", TreeRemover.unescape("/plain\\9"));
    assertEquals("/it's \u007f", TreeRemover.unescape("/it\\047s\\040\\177"));
    assertEquals("/cut\\04", TreeRemover.unescape("/cut\\04"), "an escape cut short is kept");
    assertEquals("\\x", TreeRemover.unescape("\\134x"), "an escape first");
  }
}

package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The final name always holds the old file or the complete new one. */
class CrashSafetyTest {
  static final String ALIEN = "Alien (1979)";

  /**
   * Just before the rename, the final name still holds the complete old file and a temporary
   * dot-name in the same folder holds the complete, flushed new one with the source's mtime; after
   * it, the final name holds the new file and no temporary is left. A rename is atomic, so there is
   * no instant without a complete file under the final name.
   */
  @Test
  void aReplaceWritesATemporaryThenRenamesIt() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      Path tgt = Files.createDirectories(fs.getPath("/jellyfin"));
      Path source = write(src, ALIEN + "/" + ALIEN + ".mkv", "old version");
      SyncOptions copy = P2J.withMaterializer(Materializer.COPY);
      JellyPlex.sync(src, tgt, copy);
      Path target = tgt.resolve(ALIEN).resolve(ALIEN + ".mkv");
      Files.writeString(source, "the new, longer version");
      List<String> seen = new ArrayList<>();
      AtomicFiles.beforeCommit =
          temp -> {
            try {
              seen.add(parent(temp).equals(parent(target)) + " " + temp.getFileName());
              seen.add(Files.readString(target));
              seen.add(Files.readString(temp));
              seen.add(
                  String.valueOf(
                      Files.getLastModifiedTime(temp).equals(Files.getLastModifiedTime(source))));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      try {
        SyncReport r = JellyPlex.sync(src, tgt, copy);
        assertEquals(List.of(Action.REPLACE), Lib.actions(r));
      } finally {
        AtomicFiles.beforeCommit = null;
      }
      assertEquals(4, seen.size(), seen.toString());
      assertTrue(seen.get(0).startsWith("true " + Scanner.TEMP_PREFIX), seen.get(0));
      assertEquals("old version", seen.get(1));
      assertEquals("the new, longer version", seen.get(2));
      assertEquals("true", seen.get(3));
      assertEquals("the new, longer version", Files.readString(target));
      assertEquals(Lib.set(ALIEN + ".mkv"), Lib.tree(parent(target)));
    }
  }

  @Test
  void aReplacingHardlinkGoesThroughATemporaryToo() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      Path tgt = Files.createDirectories(fs.getPath("/jellyfin"));
      Path source = write(src, ALIEN + "/" + ALIEN + ".mkv", "old");
      JellyPlex.sync(src, tgt, P2J);
      Path target = tgt.resolve(ALIEN).resolve(ALIEN + ".mkv");
      Files.delete(source);
      write(src, ALIEN + "/" + ALIEN + ".mkv", "new");
      List<String> seen = new ArrayList<>();
      AtomicFiles.beforeCommit =
          temp -> {
            try {
              seen.add(Files.readString(target) + "|" + Files.readString(temp));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      try {
        JellyPlex.sync(src, tgt, P2J);
      } finally {
        AtomicFiles.beforeCommit = null;
      }
      assertEquals(List.of("old|new"), seen);
      assertEquals(Lib.inode(source), Lib.inode(target));
    }
  }

  /**
   * A new hardlink goes straight onto its final name (one link, no temporary, no rename): a link is
   * never partial, so nothing is committed through the hook, and the name is the source's inode.
   */
  @Test
  void aNewHardlinkIsMadeUnderItsFinalNameDirectly() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      Path tgt = Files.createDirectories(fs.getPath("/jellyfin"));
      Path source = write(src, ALIEN + "/" + ALIEN + ".mkv", "alien");
      List<Path> committed = new ArrayList<>();
      AtomicFiles.beforeCommit = committed::add;
      SyncReport r;
      try {
        r = JellyPlex.sync(src, tgt, P2J);
      } finally {
        AtomicFiles.beforeCommit = null;
      }
      assertEquals(List.of(Action.LINK), Lib.actions(r));
      assertEquals(List.of(), committed);
      Path target = tgt.resolve(ALIEN).resolve(ALIEN + ".mkv");
      assertEquals(Lib.inode(source), Lib.inode(target));
      assertEquals(Lib.set(ALIEN + ".mkv"), Lib.tree(parent(target)));
    }
  }

  /** If a name planned as new is taken by the time it is written, it is replaced atomically. */
  @Test
  void aNewHardlinkWhoseNameWasTakenMeanwhileReplacesItThroughATemporary() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path source = write(fs.getPath("/plex"), "a.mkv", "new");
      Path target = write(fs.getPath("/jellyfin"), "a.mkv", "old");
      List<String> seen = new ArrayList<>();
      AtomicFiles.beforeCommit =
          temp -> {
            try {
              seen.add(Files.readString(target) + "|" + Files.readString(temp));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      try {
        AtomicFiles.linkNew(source, target);
      } finally {
        AtomicFiles.beforeCommit = null;
      }
      assertEquals(List.of("old|new"), seen);
      assertEquals(Lib.inode(source), Lib.inode(target));
      assertEquals(Lib.set("a.mkv"), Lib.tree(parent(target)));
    }
  }

  /**
   * A copy with bytes is flushed to the device before it is renamed into place (so it cannot turn
   * out empty after a power loss); an empty file has nothing to flush and is not.
   */
  @Test
  void aCopyWithBytesIsFlushedBeforeItsRenameAnEmptyOneIsNot() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      Path tgt = Files.createDirectories(fs.getPath("/jellyfin"));
      write(src, ALIEN + "/" + ALIEN + ".mkv", "alien");
      write(src, ALIEN + "/poster.jpg", "");
      List<String> order = new ArrayList<>();
      AtomicFiles.afterFlush = temp -> order.add("flush " + temp.getFileName());
      AtomicFiles.beforeCommit = temp -> order.add("commit " + temp.getFileName());
      SyncReport r;
      try {
        r = JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY));
      } finally {
        AtomicFiles.afterFlush = null;
        AtomicFiles.beforeCommit = null;
      }
      assertEquals(List.of(Action.LINK, Action.LINK), Lib.actions(r));
      assertEquals(3, order.size(), order.toString());
      // the video (5 bytes) is flushed, then committed; the empty poster is only committed
      assertTrue(order.get(0).startsWith("flush " + Scanner.TEMP_PREFIX), order.toString());
      assertEquals(order.get(0).replace("flush", "commit"), order.get(1));
      assertTrue(order.get(2).startsWith("commit " + Scanner.TEMP_PREFIX), order.toString());
      assertEquals("alien", Files.readString(tgt.resolve(ALIEN).resolve(ALIEN + ".mkv")));
      assertEquals("", Files.readString(tgt.resolve(ALIEN).resolve("poster.jpg")));
      assertEquals(
          Files.getLastModifiedTime(src.resolve(ALIEN).resolve("poster.jpg")),
          Files.getLastModifiedTime(tgt.resolve(ALIEN).resolve("poster.jpg")));
    }
  }

  @Test
  void theRunAfterACrashRemovesTemporariesAndCompletesTheJob() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      Path tgt = Files.createDirectories(fs.getPath("/jellyfin"));
      write(src, ALIEN + "/" + ALIEN + ".mkv", "alien");
      write(src, ALIEN + "/poster.jpg", "poster");
      // as left by a run killed while copying the video: a partial temporary, no final name
      write(tgt, ALIEN + "/" + Scanner.TEMP_PREFIX + "0123456789ab", "ali");

      SyncReport r = JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY));

      assertEquals(2, r.filesUpdated());
      assertTrue(r.strays().isEmpty());
      assertEquals(Lib.set(ALIEN + "/" + ALIEN + ".mkv", ALIEN + "/poster.jpg"), Lib.tree(tgt));
      assertEquals("alien", Files.readString(tgt.resolve(ALIEN).resolve(ALIEN + ".mkv")));
    }
  }

  private static java.nio.file.Path parent(java.nio.file.Path p) {
    return java.util.Objects.requireNonNull(p.getParent(), "a file in a folder");
  }
}

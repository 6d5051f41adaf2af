package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.model.IgnoredEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source entries that cannot be read as names (not valid UTF-8) or an empty source under {@code
 * --delete} (behavior §2, issue 13 items 4, 8 and 9).
 */
class UnreadableSourceTest {
  static final String HEAT = RealFilesystemTest.HEAT;
  static final String HEAT_J = RealFilesystemTest.HEAT_J;

  @TempDir Path tmp;

  @Test
  void namesThatAreNotUtf8AreIgnoredByNameAndFailTheRun() throws IOException {
    Path src = tmp.resolve("plex");
    write(src, HEAT + "/" + HEAT + ".mkv", "v");
    Os.mkdirInvalidUtf8(src, "Bad", "Name (2000)");
    Os.touchInvalidUtf8(src.resolve(HEAT), "Heat ", ".srt");
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));

    SyncReport r = JellyPlex.sync(src, tgt, P2J);

    assertFalse(r.successful(), "the user has something to fix");
    List<IgnoredEntry> notUtf8 =
        r.plan().ignored().stream().filter(i -> i.reason().equals(Discovery.NOT_UTF8)).toList();
    assertEquals(
        List.of("Bad\\xffName (2000)", HEAT + "/Heat \\xff.srt"),
        notUtf8.stream().map(IgnoredEntry::relativePath).sorted().toList());
    assertEquals(2, r.plan().errors().size(), r.plan().errors().toString());
    for (FileError e : r.plan().errors()) {
      assertEquals(Discovery.NOT_UTF8, e.reason());
      assertEquals(FileError.Kind.UNREADABLE, e.kind(), "an entry that could not be read");
    }
    assertTrue(r.errors().isEmpty(), "never a missing file: " + r.errors());
    assertTrue(Files.exists(tgt.resolve(HEAT_J + "/" + HEAT_J + ".mkv")), "the rest is synced");
    DiffReport diff = JellyPlex.diff(src, tgt, P2J);
    assertFalse(diff.inSync(), "diff must not say in sync");
    // behavior §3: an entry that could not be read (not valid UTF-8) is trouble (exit 2), not a
    // difference (exit 1); the CLI exits 2 when the report has errors
    assertEquals(
        List.of(src.resolve("Bad\\xffName (2000)"), src.resolve(HEAT + "/Heat \\xff.srt")),
        diff.errors().stream().map(FileError::path).sorted().toList(),
        diff.errors().toString());
  }

  @Test
  void bytesAreEscapedAndValidUtf8IsKept() {
    byte[] name = "Amélie \u00ff".getBytes(StandardCharsets.UTF_8);
    assertEquals("Amélie ÿ", Discovery.escapeBytes(name));
    assertEquals(
        "a\\xffb\\xc3\\xe0\\x80\\x80c",
        Discovery.escapeBytes(
            new byte[] {
              'a', (byte) 0xff, 'b', (byte) 0xc3, (byte) 0xe0, (byte) 0x80, (byte) 0x80, 'c'
            }));
    assertEquals(
        "\\xed\\xa0\\x80",
        Discovery.escapeBytes(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}),
        "a surrogate is not valid UTF-8");
    assertEquals(
        "\uD83C\uDFAC", Discovery.escapeBytes("\uD83C\uDFAC".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aNameThatReallyHoldsTheReplacementCharacterIsAName() throws IOException {
    Path src = tmp.resolve("plex");
    write(src, "Odd \uFFFD (2000)/Odd \uFFFD (2000).mkv", "v");
    assertFalse(Discovery.isUnrepresentable(src, "Odd \uFFFD (2000)"));
    assertTrue(Discovery.isUnrepresentable(src, "Gone \uFFFD (2000)"));
    assertFalse(Discovery.isUnrepresentable(src, "Gone (2000)"), "no replacement: no question");
  }

  @Test
  void anEmptySourceUnderDeleteIsTheUnmountedShareNotAnUnknownFormat() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = Files.createDirectories(fs.getPath("/mnt/nas/movies"));
      Path tgt = Files.createDirectories(fs.getPath("/jellyfin"));
      write(tgt, HEAT_J + "/" + HEAT_J + ".mkv", "v");
      SyncOptions auto = SyncOptions.defaults().withDelete(true);

      SetupException empty =
          assertThrows(SetupException.class, () -> JellyPlex.sync(src, tgt, auto));
      assertTrue(
          String.valueOf(empty.getMessage()).contains("no movie in the source"),
          empty.getMessage());
      assertTrue(
          String.valueOf(empty.getMessage()).contains("is the share mounted?"), empty.getMessage());

      write(src, "Heat (1995)/movie.nfo", "<movie/>"); // a folder without any video
      SetupException nfoOnly =
          assertThrows(SetupException.class, () -> JellyPlex.sync(src, tgt, auto));
      assertTrue(
          String.valueOf(nfoOnly.getMessage()).contains("no movie in the source"),
          nfoOnly.getMessage());
      assertTrue(Files.exists(tgt.resolve(HEAT_J + "/" + HEAT_J + ".mkv")), "nothing touched");

      SetupException withoutDelete =
          assertThrows(
              SetupException.class, () -> JellyPlex.sync(src, tgt, SyncOptions.defaults()));
      assertTrue(
          String.valueOf(withoutDelete.getMessage()).contains("cannot tell the naming format"),
          "without --delete nothing is at stake: " + withoutDelete.getMessage());
    }
  }
}

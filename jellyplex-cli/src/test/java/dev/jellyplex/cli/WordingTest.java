package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summary lines agree in number, and messages say each thing once. Pinned by golden files. */
class WordingTest {
  @TempDir Path tmp;
  private Golden golden;

  @BeforeEach
  void replacements() {
    golden = new Golden().replace(tmp.toString(), "$TMP");
  }

  @Test
  void oneOfEverythingIsSingular() throws IOException {
    Path src = tmp.resolve("plex");
    Library.write(src, Library.HEAT + "/" + Library.HEAT + ".mkv", "heat");
    Path dst = tmp.resolve("jellyfin");
    Library.write(dst, "Gone (2000)/Gone (2000).mkv", "gone");

    Cli kept = golden.check("singular-sync-stray-kept", "sync", src.toString(), dst.toString());
    assertEquals(0, kept.exit, kept::toString);
    assertTrue(kept.out.contains("Summary: 1 of 1 movie synced, 1 file updated, 0 files removed,"));
    assertTrue(kept.out.contains(" 1 stray kept in target,"), kept::toString);

    Cli removed =
        golden.check(
            "singular-sync-delete",
            "sync",
            "--delete",
            "--force-copy",
            src.toString(),
            dst.toString());
    assertEquals(0, removed.exit, removed::toString);
    assertTrue(removed.out.contains(", 1 file updated, 1 file removed,"), removed::toString);

    Cli plan = golden.check("singular-plan", "plan", src.toString(), dst.toString());
    assertTrue(plan.out.contains("Summary: 1 movie planned, 0 folder clashes,"), plan::toString);

    Path staging = tmp.resolve("staging");
    Library.write(staging, "Ran (1985).mkv", "ran");
    Path lib = Files.createDirectories(tmp.resolve("lib"));
    Cli imported = golden.check("singular-import", "import", staging.toString(), lib.toString());
    assertTrue(imported.out.contains("Summary: 1 movie, 1 file imported,"), imported::toString);
  }

  @Test
  void manyAreCountedInThePlural() throws IOException {
    Path src = Library.plex(tmp.resolve("plex"));
    Path dst = tmp.resolve("jellyfin");
    Library.write(dst, "Gone (2000)/Gone (2000).mkv", "gone");
    Library.write(dst, "Lost (2001)/Lost (2001).mkv", "lost");
    Cli r = golden.check("plural-sync-strays-kept", "sync", src.toString(), dst.toString());
    assertTrue(r.out.contains("Summary: 3 of 3 movies synced, 5 files updated,"), r::toString);
    assertTrue(r.out.contains(" 2 strays kept in target,"), r::toString);
  }

  @Test
  void anUndetectableFormatNamesTheWayOutOnce() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path dst = Files.createDirectories(tmp.resolve("dst"));
    Cli r = golden.check("format-undetectable", "sync", empty.toString(), dst.toString());
    assertEquals(2, r.exit, r::toString);
    assertFalse(r.err.contains("give --source-format"), r::toString);
    assertTrue(r.err.endsWith("--source-format plex or --source-format jellyfin\n"), r::toString);
    assertEquals(1, r.err.split("--source-format plex", -1).length - 1, r::toString);
  }
}

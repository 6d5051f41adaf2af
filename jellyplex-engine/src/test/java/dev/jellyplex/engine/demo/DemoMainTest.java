package dev.jellyplex.engine.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoMainTest {
  private final FileSystem fs = Trees.jimfs();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private int run(String... args) {
    return DemoMain.run(
        args,
        fs,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void generatesAndPrintsTheSummaryLine() throws IOException {
    assertEquals(
        0,
        run(
            "--format",
            "jellyfin",
            "--movies",
            "12",
            "--seed=x",
            "--file-size",
            "7",
            "--out",
            "/d"));
    DemoSummary expected =
        DemoLibrary.generate(
            fs.getPath("/expected"), DemoOptions.jellyfin(12).withSeed("x").withFileSize(7));
    assertEquals(
        "format=jellyfin movies=12 files="
            + expected.files()
            + " folders="
            + expected.folders()
            + " bytes="
            + expected.bytes()
            + " out=/d\n",
        out.toString(StandardCharsets.UTF_8));
    assertEquals(Trees.listing(fs.getPath("/expected")), Trees.listing(fs.getPath("/d")));
  }

  @Test
  void switchesAreHonoured() throws IOException {
    assertEquals(
        0,
        run(
            "--out=/bare",
            "--movies=50",
            "--no-extras",
            "--no-subtitles",
            "--no-artwork",
            "--no-hidden"));
    DemoLibrary.generate(
        fs.getPath("/expected"),
        DemoOptions.plex(50)
            .withExtras(false)
            .withSubtitles(false)
            .withArtwork(false)
            .withHiddenFiles(false));
    assertEquals(Trees.listing(fs.getPath("/expected")), Trees.listing(fs.getPath("/bare")));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("--movies", "3"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out"));
    assertEquals(2, run("--format", "emby", "--out", "/x"));
    assertEquals(2, run("--movies", "many", "--out", "/x"));
    assertEquals(2, run("--movies", "-3", "--out", "/x"));
    assertEquals(2, run("--bogus", "--out", "/x"));
    assertEquals(2, run("--out"));
    assertTrue(Files.notExists(fs.getPath("/x")), "nothing written on a usage error");
  }

  @Test
  void aNonEmptyOutputExitsWithOne() throws IOException {
    Files.createDirectories(fs.getPath("/full/sub"));
    assertEquals(1, run("--out", "/full"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("/full"));
  }

  @Test
  void helpPrintsUsage() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: DemoMain"));
  }
}

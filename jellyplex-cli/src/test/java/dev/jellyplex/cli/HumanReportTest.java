package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The human-readable reports rendered from hand-built reports. */
class HumanReportTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Output io =
      new Output(new PrintWriter(out), new PrintWriter(err), Terminal.plain(), "jellyplex");

  private List<String> outLines() {
    return Arrays.asList(out.toString().split("\n"));
  }

  @Test
  void syncEndsWithTheSeedSummaryLineAndWarnsAboutStraysNamingDelete() {
    new HumanReport(io, io.out(), false).sync(Reports.sync(false, 1), false);
    List<String> lines = outLines();
    assertEquals(
        "Summary: 1 of 1 movie synced, 3 files updated, 1 file removed, 1 ignored,"
            + " 2 strays kept in target, 3 skipped due to clash.",
        lines.get(lines.size() - 1));
    assertTrue(out.toString().contains("ignored: notes.txt (file at the library root)"));
    assertTrue(
        out.toString().contains("translation loss: label \"remux0\" (Jellyfin has no labels)"));
    assertFalse(out.toString().contains("Dry run"));
    assertTrue(err.toString().contains("warning: 2 stray entries"));
    assertTrue(err.toString().contains("--delete"));
    assertTrue(err.toString().contains("folder clash: Alien (1979), Alien (1979) {edition-x}"));
    assertTrue(err.toString().contains("error: /media/jellyfin/Long: name too long"));
    assertFalse(out.toString().contains("link "), "no per-file lines without --verbose");
  }

  @Test
  void withDeleteNoStrayIsKeptAndNoWarningIsGiven() {
    new HumanReport(io, io.out(), false).sync(Reports.sync(false, 0), true);
    assertTrue(out.toString().contains(" 0 strays kept in target,"));
    assertFalse(err.toString().contains("--delete"));
  }

  @Test
  void dryRunSaysSoFirst() {
    new HumanReport(io, io.out(), false).sync(Reports.sync(true, 0), false);
    assertTrue(outLines().get(0).startsWith("Dry run: nothing was changed"));
  }

  @Test
  void verboseLogsEveryMovieAndChangedFileButNotSkipsOnStderr() {
    new HumanReport(io, io.out(), true).sync(Reports.sync(false, 0), false);
    assertFalse(out.toString().contains(Reports.HEAT_JF + ":"), "the log is not on stdout");
    String text = err.toString();
    assertTrue(
        text.contains(Reports.HEAT_JF + ": 1 linked, 1 replaced, 1 skipped, 1 removed, 1 renamed"),
        text);
    assertTrue(text.contains(" (was " + Reports.HEAT_JF + "/Heat.en.srt)"), text);
    assertTrue(
        text.contains(
            "  link     "
                + Reports.HEAT_JF
                + "/"
                + Reports.HEAT_JF
                + " - 1080p.mkv <- "
                + Reports.HEAT_PLEX
                + "/"
                + Reports.HEAT_PLEX
                + " [1080p].mkv"),
        text);
    assertTrue(text.contains("  remove   " + Reports.HEAT_JF + "/old.nfo (movie_stray)"), text);
    assertFalse(text.contains("  skip "), text);
    assertTrue(text.contains("stray (kept): Gone (2000)"));
  }

  @Test
  void lossesAreCappedWithoutVerboseAndAllListedWithIt() {
    new HumanReport(io, io.out(), false).sync(Reports.sync(false, 25), false);
    long shown = outLines().stream().filter(l -> l.startsWith("translation loss:")).count();
    assertEquals(HumanReport.SHORT_LIST, shown);
    assertTrue(out.toString().contains("... and 15 more translation losses (--verbose lists all)"));

    StringWriter all = new StringWriter();
    Output verbose = new Output(new PrintWriter(all), new PrintWriter(err), Terminal.plain(), "x");
    new HumanReport(verbose, verbose.out(), true).sync(Reports.sync(false, 25), false);
    assertEquals(
        25,
        Arrays.stream(all.toString().split("\n"))
            .filter(l -> l.startsWith("translation loss:"))
            .count());
  }

  @Test
  void diffSummary() {
    new HumanReport(io, io.out(), false).diff(Reports.diff());
    String text = out.toString();
    assertTrue(
        text.contains(
            "only in source: Ran (1985) (expected in target as Ran (1985) [tmdbid-11645])"));
    assertTrue(text.contains("only in target: Gone (2000)"));
    assertTrue(text.contains("  not the same file: c.mkv"));
    List<String> lines = outLines();
    assertEquals(
        "Summary: differences found: 0 of 2 movies in sync, 1 only in source, 1 only in target,"
            + " 1 differing, 1 ignored.",
        lines.get(lines.size() - 1));
  }

  @Test
  void planListsMoviesAndWithVerboseTheirFiles() {
    new HumanReport(io, io.out(), true).plan(Reports.plan(0));
    String text = out.toString();
    assertTrue(text.contains(Reports.HEAT_PLEX + " -> " + Reports.HEAT_JF));
    assertTrue(text.contains("[hash 0a1b2c3d]"));
    assertTrue(
        text.endsWith(
            "Summary: 1 movie planned, 1 folder clash, 1 video clash, 0 translation losses,"
                + " 1 ignored.\n"));
  }

  @Test
  void coloursOnlyWhenTheTerminalAllowsThem() {
    StringWriter coloured = new StringWriter();
    Output tty =
        new Output(
            new PrintWriter(coloured), new PrintWriter(err), new Terminal(true, true), "jellyplex");
    new HumanReport(tty, tty.out(), false).sync(Reports.sync(false, 0), false);
    assertTrue(coloured.toString().contains("\u001b[1mSummary:"));
    assertFalse(out.toString().contains("\u001b["));
  }
}

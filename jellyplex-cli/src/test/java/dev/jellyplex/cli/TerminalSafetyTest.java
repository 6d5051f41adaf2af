package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * behavior.md §6, "Terminal safety and manners": no escape sequence on a terminal that cannot take
 * them, and no name's control characters written raw in human-readable output.
 */
class TerminalSafetyTest {
  /** Retitles an xterm-like terminal when printed raw. */
  static final String RETITLE = "Evil\u001b]0;pwned\u0007 (2020)";

  /** Clears the screen when printed raw. */
  static final String CLEAR = "Clear\u001b[2J (1999)";

  @TempDir Path tmp;
  private Path src;
  private Path dst;
  private Golden golden;

  @BeforeEach
  void library() throws IOException {
    src = Library.plex(tmp.resolve("plex"));
    dst = tmp.resolve("jellyfin");
    golden = new Golden().replace(tmp.toString(), "$TMP");
  }

  private static void assertNoControlCharacters(String text) {
    for (String line : text.split("\n", -1)) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        assertFalse(
            c < 0x20 || (c >= 0x7f && c <= 0x9f),
            "control character U+" + Integer.toHexString(c) + " written raw in: " + line);
      }
    }
  }

  // ---- escape sequences only on capable terminals

  @Test
  void aDumbTerminalGetsNoProgressBarNoColourAndNotOneEscape() {
    Terminal dumb = Terminal.detect(true, Map.of("TERM", "dumb"));
    assertFalse(dumb.interactive());
    assertFalse(dumb.colour());
    Cli r = Cli.run(dumb, "sync", "--create", s(), d());
    assertEquals(0, r.exit, r::toString);
    assertFalse(r.err.contains("\u001b") || r.out.contains("\u001b"), r::toString);
    assertFalse(r.err.contains("\r"), r::toString);
    Cli help = Cli.run(dumb, "sync", "--help");
    assertFalse(help.out.contains("\u001b"), help::toString);
  }

  @Test
  void noColorAndAnUnsetTermAlsoTurnProgressAndColourOff() {
    for (Map<String, String> env :
        List.of(Map.of("TERM", "xterm-256color", "NO_COLOR", "1"), Map.<String, String>of())) {
      Terminal t = Terminal.detect(true, env);
      assertFalse(t.interactive(), env::toString);
      assertFalse(t.colour(), env::toString);
      Cli r = Cli.run(t, "sync", "--create", s(), d());
      assertFalse(r.err.contains("\u001b") || r.out.contains("\u001b"), r::toString);
    }
  }

  @Test
  void aCapableTerminalGetsTheBarAndColoursOnlyWhenStdoutIsThereToo() {
    Terminal tty = Terminal.detect(true, Map.of("TERM", "xterm-256color"));
    assertTrue(tty.interactive() && tty.colour());
    Cli r = Cli.run(tty, "sync", "--create", s(), d());
    assertTrue(r.err.contains("\r[#") && r.err.endsWith("\r\u001b[K"), r::toString);
    assertTrue(r.out.contains("\u001b[1mSummary:"), r::toString);
    Terminal redirected = Terminal.detect(false, true, Map.of("TERM", "xterm-256color"));
    assertTrue(redirected.interactive(), "the bar is on stderr, still a terminal");
    assertFalse(redirected.colour(), "stdout goes to a file: no colour codes in it");
  }

  // ---- names are escaped in human output

  @Test
  void escapeWritesControlCharactersAsLsDashBDoes() {
    assertEquals("plain Amélie (2001)", TerminalText.escape("plain Amélie (2001)"));
    assertEquals("a\\nb\\tc\\rd", TerminalText.escape("a\nb\tc\rd"));
    assertEquals("Evil\\x1b]0;pwned\\x07 (2020)", TerminalText.escape(RETITLE));
    assertEquals("\\x00\\x1f\\x7f", TerminalText.escape("\u0000\u001f\u007f"));
    assertEquals("csi\\u009b nel\\u0085", TerminalText.escape("csi\u009b nel\u0085"));
    assertEquals(
        "Bad\\xffName", TerminalText.escape("Bad\\xffName"), "the engine's byte escapes pass");
    assertEquals("\u00a0\u200b", TerminalText.escape("\u00a0\u200b"), "printable: unchanged");
  }

  /** A library whose names hold escape sequences, a tab, a newline and a C1 control. */
  private void hostileNames() throws IOException {
    Library.write(src, RETITLE + "/" + RETITLE + ".mkv", "evil");
    Library.write(src, CLEAR + "/" + CLEAR + ".mkv", "clear");
    Library.write(src, Library.HEAT + "/Heat\ttab.en.srt", "srt");
    Library.write(src, "bad\nname.txt", "loose");
    Library.write(src, "C1\u009b (2001)/C1\u009b (2001).mkv", "c1");
  }

  @Test
  void syncShowsHostileNamesEscapedOnStdoutAndStderr() throws IOException {
    hostileNames();
    Library.write(dst, "Stray\u001b[31m (1990)/old\u001b[8m.nfo", "stray");
    Cli r = golden.check("names-escaped-sync", "sync", "--verbose", s(), d());
    assertEquals(0, r.exit, r::toString);
    assertNoControlCharacters(r.out);
    assertNoControlCharacters(r.err);
    assertTrue(r.err.contains("Evil\\x1b]0;pwned\\x07 (2020): 1 linked"), r::toString);
    assertTrue(Files.exists(dst.resolve(RETITLE).resolve(RETITLE + ".mkv")), "the name is kept");

    Cli again = golden.check("names-escaped-sync-delete", "sync", "--delete", "-v", s(), d());
    assertNoControlCharacters(again.out);
    assertNoControlCharacters(again.err);
  }

  @Test
  void jsonKeepsTheNamesAsTheyAre() throws IOException {
    hostileNames();
    Cli r = Cli.run("sync", "--json", "--create", "-v", s(), d());
    assertEquals(0, r.exit, r::toString);
    JsonNode doc = SchemaValidator.published().assertValid(r.out);
    List<String> targets = new ArrayList<>();
    doc.get("events").forEach(e -> targets.add(e.get("target").asText()));
    assertTrue(targets.contains(dst.resolve(RETITLE).resolve(RETITLE + ".mkv").toString()));
    assertFalse(r.out.contains("\u001b"), "JSON escapes control characters itself");
    assertNoControlCharacters(r.err);
  }

  @Test
  void diffPlanAndClashWarningsShowHostileNamesEscaped() throws IOException {
    hostileNames();
    assertEquals(0, Cli.run("sync", "--create", s(), d()).exit);
    Library.write(src, "Ran\u001b[8m (1985)/Ran\u001b[8m (1985).mkv", "ran");
    Library.write(dst, "Gone\r (1950)/Gone\r (1950).mkv", "gone");
    Cli diff = golden.check("names-escaped-diff", "diff", s(), d());
    assertEquals(1, diff.exit, diff::toString);
    assertNoControlCharacters(diff.out);

    Library.write(src, CLEAR + " [remastered]/" + CLEAR + ".mkv", "clash");
    Cli plan = golden.check("names-escaped-plan-clash", "plan", "-v", s(), d());
    assertEquals(0, plan.exit, plan::toString);
    assertNoControlCharacters(plan.out);
    assertNoControlCharacters(plan.err);
    assertTrue(plan.err.contains("folder clash: Clear\\x1b[2J (1999)"), plan::toString);
  }

  @Test
  void errorMessagesShowTheGivenPathEscaped() {
    Cli r = Cli.run("sync", "--create", tmp.resolve("no\u001b[2Jsuch").toString(), d());
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.contains("no\\x1b[2Jsuch"), r::toString);
    assertNoControlCharacters(r.err);
    Cli debug =
        Cli.run("sync", "--debug", "--create", tmp.resolve("no\u001b[2Jsuch").toString(), d());
    assertTrue(debug.err.contains("\tat "), "--debug shows the stack trace: " + debug);
    assertFalse(debug.err.contains("\u001b"), debug::toString);
    Cli typo = Cli.run("sync", "--\u001b[2J", s(), d());
    assertEquals(2, typo.exit, typo::toString);
    assertNoControlCharacters(typo.err);
  }

  @Test
  void demoAndGenerateShowTheirFoldersEscaped() throws IOException {
    Path dir = tmp.resolve("demo\u001b[2J");
    Cli demo = Cli.run("demo", "--dir", dir.toString());
    assertEquals(0, demo.exit, demo::toString);
    assertNoControlCharacters(demo.out);
    assertTrue(demo.out.startsWith(TerminalText.escape(dir.resolve("plex").toString()) + "\n"));
    Cli gen = Cli.run("generate", "--movies", "1", tmp.resolve("gen\n").toString());
    assertEquals(0, gen.exit, gen::toString);
    assertNoControlCharacters(gen.out);
  }

  private String s() {
    return src.toString();
  }

  private String d() {
    return dst.toString();
  }
}

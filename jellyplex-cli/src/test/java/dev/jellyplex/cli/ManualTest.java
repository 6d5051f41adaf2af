package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a new user meets first: each command's help, "did you mean" for typos, and {@code
 * --version}. Output is pinned by golden files ({@link Golden}).
 */
class ManualTest {
  private final Golden golden = new Golden();

  @Test
  void eachCommandsHelpIsPinned() {
    golden.check("help", "--help");
    for (String command : List.of("sync", "diff", "plan", "import", "watch", "demo", "generate")) {
      Cli r = golden.check("help-" + command, command, "--help");
      assertEquals(0, r.exit, r::toString);
      assertEquals("", r.err, r::toString);
    }
  }

  @Test
  void diffsHelpSpeaksOfComparingNotCopying() {
    String help = Cli.run("diff", "--help").out;
    assertFalse(
        help.matches("(?s).*\\b([Cc]opy bytes|[Hh]ardlink each|[Aa]lways copy)\\b.*"), help);
    assertTrue(help.contains("The same file means the same inode"), help);
    assertFalse(help.contains("(sync, import)"), "no other command's options: " + help);
  }

  @Test
  void importsHelpSaysItKeepsTheTargetsNaming() {
    String help = Cli.run("import", "--help").out;
    assertTrue(help.contains("The naming of TARGET, which import keeps"), help);
    assertFalse(help.contains("other naming"), help);
    assertFalse(help.contains("other format"), help);
  }

  @Test
  void generateHasNoVerboseBecauseItHasNothingMoreToSay() {
    Cli r = Cli.run("generate", "-v", "/nonexistent/x");
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.startsWith("error: Unknown option: '-v'"), r::toString);
  }

  @Test
  void aMistypedCommandGetsASuggestionAndExit2() {
    Cli r = golden.check("typo-command", "snyc", "plex", "jf");
    assertEquals(2, r.exit);
    golden.check("typo-command-prefix", "gen", "--movies", "3", "x");
    golden.check("typo-command-case", "Diff", "a", "b");
  }

  @Test
  void aMistypedOptionGetsASuggestionAndExit2() {
    Cli r = golden.check("typo-option", "sync", "--dleete", "/a", "/b");
    assertEquals(2, r.exit);
    golden.check("typo-option-import", "import", "--jsno", "/a", "/b");
    Cli format = golden.check("typo-format", "sync", "--target-format", "jelyfin", "/a", "/b");
    assertEquals(2, format.exit);
    assertTrue(format.err.contains("(did you mean 'jellyfin'?)"), format::toString);
  }

  @Test
  void anExtraArgumentNamesWhatTheCommandTakes() {
    Cli r = golden.check("extra-argument", "/a", "/b", "/c");
    assertEquals(2, r.exit);
  }

  @Test
  void anExistingFolderIsASourceEvenWhenItsNameLooksLikeATypo() {
    assertEquals(List.of("sync"), Main.mistypedCommand("snyc", p -> false));
    assertEquals(List.of(), Main.mistypedCommand("snyc", p -> true), "a folder named snyc");
    assertEquals(List.of(), Main.mistypedCommand("./snyc", p -> false), "a path is no command");
    assertEquals(List.of(), Main.mistypedCommand("Movies", p -> false), "not close to any");
    assertEquals(List.of(), Main.mistypedCommand("sync", p -> false));
    assertEquals(List.of(), Main.mistypedCommand("--dleete", p -> false));
    assertEquals(List.of("plan"), Main.mistypedCommand("pla", p -> false));
    assertEquals(List.of("import"), Main.mistypedCommand("improt", p -> false));
  }

  @Test
  void suggestionsAreTheClosestNamesOrAUniquePrefix() {
    List<String> options = List.of("--delete", "--debug", "--dry-run", "--json", "-v");
    assertEquals(List.of("--delete"), Suggestions.closest("--dleete", options));
    assertEquals(List.of("--json"), Suggestions.closest("--jsno", options));
    assertEquals(List.of("--dry-run"), Suggestions.closest("--dry", options));
    assertEquals(List.of(), Suggestions.closest("--d", options), "too short to guess");
    assertEquals(List.of(), Suggestions.closest("--de", options), "ambiguous prefix");
    assertEquals(List.of(), Suggestions.closest("--xyzzy", options));
    assertEquals(1, Suggestions.distance("snyc", "sync"));
    assertEquals(2, Suggestions.distance("plex", "plan"));
    assertEquals("Did you mean 'a' or 'b'?", Suggestions.sentence(List.of("a", "b")));
    assertEquals("Did you mean 'a', 'b' or 'c'?", Suggestions.sentence(List.of("a", "b", "c")));
  }

  @Test
  void versionIsOneLineWithTheProgramNameAsCalled() {
    String version = VersionProvider.version();
    String java = System.getProperty("java.version");
    Golden g = new Golden().replace(version, "$VERSION").replace(java, "$JAVA");
    Cli r = g.check("version", "--version");
    assertEquals(0, r.exit);
    assertEquals("jellyplex " + version + " (Java " + java + ")\n", r.out);
    String before = System.getProperty("jellyplex.program");
    System.setProperty("jellyplex.program", "jellyplex-sync");
    try {
      Cli sync = g.check("version-jellyplex-sync", "sync", "--version");
      assertTrue(sync.out.startsWith("jellyplex-sync " + version + " "), sync::toString);
    } finally {
      if (before == null) {
        System.clearProperty("jellyplex.program");
      } else {
        System.setProperty("jellyplex.program", before);
      }
    }
  }
}

package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing, dispatch, usage errors, help and version: everything that needs no library. */
class MainTest {
  private static void assertNoStackTrace(Cli r) {
    assertFalse(r.err.contains("\tat "), r::toString);
    assertFalse(r.out.contains("\tat "), r::toString);
  }

  @Test
  void aFirstArgumentThatIsNeitherCommandNorOptionImpliesSync() {
    assertArrayEquals(
        new String[] {"sync", "/a", "/b"}, Main.withImplicitSync(new String[] {"/a", "/b"}));
    assertArrayEquals(
        new String[] {"diff", "/a", "/b"},
        Main.withImplicitSync(new String[] {"diff", "/a", "/b"}));
    assertArrayEquals(
        new String[] {"--delete", "/a", "/b"},
        Main.withImplicitSync(new String[] {"--delete", "/a", "/b"}));
    assertArrayEquals(new String[] {}, Main.withImplicitSync(new String[] {}));
    // "demo" is the demo command only when no folder follows (the seed allows a source named demo)
    assertArrayEquals(new String[] {"demo"}, Main.withImplicitSync(new String[] {"demo"}));
    assertArrayEquals(
        new String[] {"demo", "--dir", "x", "-v"},
        Main.withImplicitSync(new String[] {"demo", "--dir", "x", "-v"}));
    assertArrayEquals(
        new String[] {"sync", "demo", "/dst"},
        Main.withImplicitSync(new String[] {"demo", "/dst"}));
  }

  @Test
  void implicitSyncReachesTheSyncCommand() {
    Cli r = Cli.run("/only-one-folder");
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.contains("Missing required parameter: 'TARGET'"), r::toString);
    assertTrue(r.err.contains("Try 'jellyplex sync --help' for more information."), r::toString);
  }

  @Test
  void startingWithAnOptionNeedsTheCommandSpelledOut() {
    Cli r = Cli.run("--delete", "/a", "/b");
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.contains("error: Unknown options: '--delete'"), r::toString);
    assertTrue(r.err.contains("spell out the command, e.g. 'jellyplex sync --delete"), r::toString);
    assertEquals("", r.out);
    assertNoStackTrace(r);
  }

  @Test
  void unknownOptionIsAUsageErrorWithAOneLineHint() {
    Cli r = Cli.run("sync", "--dleete", "/a", "/b");
    assertEquals(2, r.exit, r::toString);
    java.util.List<String> lines = r.err.lines().toList();
    assertTrue(lines.get(0).startsWith("error: Unknown option: '--dleete'"), r::toString);
    assertTrue(lines.get(lines.size() - 1).startsWith("Try 'jellyplex sync --help'"), r::toString);
    assertTrue(lines.size() <= 3, r::toString);
    assertNoStackTrace(r);
  }

  @Test
  void materializersAreMutuallyExclusive() {
    for (String[] pair :
        new String[][] {
          {"--copy", "--hardlink"}, {"--copy", "--force-copy"}, {"--hardlink", "--force-copy"}
        }) {
      Cli r = Cli.run("sync", pair[0], pair[1], "/a", "/b");
      assertEquals(2, r.exit, r::toString);
      assertTrue(r.err.contains("mutually exclusive"), r::toString);
    }
    Cli r = Cli.run("import", "--move", "--copy", "/a", "/b");
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.contains("mutually exclusive"), r::toString);
  }

  @Test
  void badMaxDeleteIsAUsageError() {
    Cli notANumber = Cli.run("sync", "--max-delete", "many", "/a", "/b");
    assertEquals(2, notANumber.exit, notANumber::toString);
    assertTrue(notANumber.err.contains("--max-delete"), notANumber::toString);
    Cli negative = Cli.run("sync", "--max-delete=-1", "/a", "/b");
    assertEquals(2, negative.exit, negative::toString);
    assertTrue(negative.err.contains("--max-delete must be 0 or more"), negative::toString);
  }

  @Test
  void anUnusablePathIsAUsageError() {
    Cli r = Cli.run("plan", "/a\0b", "/c");
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.contains("SOURCE is not a usable path"), r::toString);
    assertNoStackTrace(r);
  }

  @Test
  void noArgumentsShowTheUsageOnStderrWithExit2() {
    Cli r = Cli.run();
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.contains("Usage: jellyplex"), r::toString);
    assertEquals("", r.out);
  }

  @Test
  void topLevelHelpListsTheCommands() {
    Cli r = Cli.run("--help");
    assertEquals(0, r.exit, r::toString);
    for (String command : Main.COMMANDS) {
      assertTrue(r.out.contains("\n  " + command + " "), command + " in\n" + r.out);
    }
    assertTrue(r.out.contains("'sync' is implied"));
  }

  @Test
  void aCommandBuiltAloneIsTheCommandOfTheFullTree() {
    // Main builds only the command that runs; its help, options and defaults must not differ.
    Output io =
        new Output(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Terminal.plain(),
            "jellyplex");
    picocli.CommandLine full = Main.commandLine(io);
    assertEquals(Main.COMMANDS, full.getSubcommands().keySet());
    for (String command : Main.COMMANDS) {
      picocli.CommandLine alone = Main.commandLine(io, command);
      assertEquals(java.util.Set.of(command), alone.getSubcommands().keySet());
      String usage =
          java.util.Objects.requireNonNull(full.getSubcommands().get(command)).getUsageMessage();
      assertEquals(
          usage,
          java.util.Objects.requireNonNull(alone.getSubcommands().get(command)).getUsageMessage(),
          command);
      Cli r = Cli.run(command, "--help");
      assertEquals(0, r.exit, r::toString);
      assertEquals(usage, r.out, command);
    }
  }

  @Test
  void versionComesFromTheBuild() {
    Cli r = Cli.run("--version");
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.startsWith("jellyplex " + System.getProperty("project.version", "0.")), r.out);
    assertFalse(r.out.contains("unknown"), r.out);
    assertEquals(0, Cli.run("sync", "--version").exit);
  }

  @Test
  void aClosedStdoutEndsQuietly() {
    PrintStream closed =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
              }
            },
            true);
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int exit = Main.run(new String[] {"--help"}, closed, new PrintStream(err, true));
    assertEquals(0, exit);
    assertEquals("", err.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(closed.checkError());
  }

  @Test
  void theJvmFileNameCharsetIsCheckedBecauseTheLocaleDecidesIt() {
    assertTrue(EngineCommand.encodingWarning("UTF-8").isEmpty());
    assertTrue(EngineCommand.encodingWarning("utf8").isEmpty());
    String warning = EngineCommand.encodingWarning("ANSI_X3.4-1968").orElseThrow();
    assertTrue(warning.contains("LC_ALL=C.UTF-8"), warning);
  }

  @Test
  void coloursNeedATerminalAndNoNoColor() {
    assertTrue(Terminal.detect(true, Map.of("TERM", "xterm")).colour());
    assertFalse(Terminal.detect(true, Map.of("NO_COLOR", "")).colour());
    assertFalse(Terminal.detect(true, Map.of("TERM", "dumb")).colour());
    assertFalse(Terminal.detect(false, Map.of()).colour());
    assertFalse(Terminal.detect(false, Map.of()).interactive());
  }
}

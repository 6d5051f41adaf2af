package dev.jellyplex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every script in {@code examples/jshell} with the JDK's own jshell, as a user would. */
class JShellScriptsTest {
  private static final Path SCRIPTS =
      Path.of(System.getProperty("basedir", "."), "jshell").toAbsolutePath();

  /** What each script must print; a new script needs its expectations here. */
  private static final Map<String, List<String>> EXPECTED =
      Map.of(
          "plan.jsh",
          List.of(
              "Generated 20 movies, \\d+ files",
              "Plan: plex -> jellyfin, 20 movies",
              "\\n  -> [^\\n]+ \\(\\d{4}\\) \\[imdbid-tt\\d+\\]",
              "\\nrename: [^\\n]+\\{imdb-tt\\d+\\}[^\\n]*\\.mkv\\n    to: [^\\n]+\\[imdbid-tt\\d+\\]",
              "Clashes: 0"),
          "sync.jsh",
          List.of(
              "First sync: 20 of 20 movies, \\d+ files linked, listener saw 20 movies",
              "Second sync: 0 files updated, \\d+ skipped",
              "Removed from the source: .+ \\(\\d{4}\\)",
              "Dry run would remove 3 files; target untouched: true",
              "With --delete: 3 files removed, 19 movies in the mirror",
              "In sync: true"));

  static List<String> scripts() throws IOException {
    try (Stream<Path> list = Files.list(SCRIPTS)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".jsh"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyScriptHasExpectations() throws IOException {
    assertEquals(EXPECTED.keySet().stream().sorted().collect(Collectors.toList()), scripts());
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void scriptRunsAndPrintsWhatItPromises(String script) throws Exception {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path out = Files.createTempFile("jshell-out", ".txt");
    Path err = Files.createTempFile("jshell-err", ".txt");
    try {
      Process p =
          new ProcessBuilder(
                  jshell.toString(),
                  "--class-path",
                  classPath(),
                  "-J-Dfile.encoding=UTF-8",
                  "-R-Dfile.encoding=UTF-8",
                  "-R-Dstdout.encoding=UTF-8",
                  SCRIPTS.resolve(script).toString())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), script + " finished in time");
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      String both = "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
      assertEquals(0, p.exitValue(), script + both);
      assertFalse(stdout.contains("Exception") || stderr.contains("Exception"), both);
      assertFalse(stdout.contains("|  Error") || stderr.contains("|  Error"), both);
      for (String regex : EXPECTED.getOrDefault(script, List.of())) {
        assertTrue(
            Pattern.compile(regex).matcher(stdout).find(), script + " prints " + regex + both);
      }
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The test class path: the engine and everything the scripts import. */
  private static String classPath() {
    return System.getProperty("java.class.path");
  }
}

package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Golden files for command output: one file per scenario under {@code src/test/resources/golden},
 * holding the command line, the exit code, stdout and stderr, with the parts that differ between
 * machines (temporary folders, the version) replaced by names such as {@code $TMP}. To rewrite them
 * after an intended change (then review the diff like code): {@code ./mvnw -pl jellyplex-cli -am
 * test -Djellyplex.updateGolden=true -Dtest='*Test' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
final class Golden {
  private static final Path DIR =
      Files.isDirectory(Path.of("src/test/resources/golden"))
          ? Path.of("src/test/resources/golden")
          : Path.of("jellyplex-cli/src/test/resources/golden"); // run from the repository root

  private final Map<String, String> replacements = new LinkedHashMap<>();

  /** Replaces {@code text} with {@code name} in the recorded output (longest first, as added). */
  Golden replace(String text, String name) {
    replacements.put(text, name);
    return this;
  }

  /** Runs {@code args} in-process on {@code terminal} and compares with the scenario's file. */
  Cli check(String scenario, Terminal terminal, String... args) {
    Cli r = Cli.run(terminal, args);
    StringBuilder b = new StringBuilder("$ ").append(Main.programName());
    for (String a : args) {
      b.append(' ').append(a.isEmpty() || a.contains(" ") ? "'" + a + "'" : a);
    }
    b.append('\n').append(r);
    compare(scenario, b.toString());
    return r;
  }

  /** As {@link #check(String, Terminal, String...)} on a plain (non-terminal) output. */
  Cli check(String scenario, String... args) {
    return check(scenario, Terminal.plain(), args);
  }

  private void compare(String scenario, String actual) {
    String text = actual;
    for (Map.Entry<String, String> e : replacements.entrySet()) {
      text = text.replace(e.getKey(), e.getValue());
    }
    Path file = DIR.resolve(scenario + ".txt");
    try {
      if (Boolean.getBoolean("jellyplex.updateGolden")) {
        Files.createDirectories(DIR);
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(file), file + " is missing; see Golden's Javadoc to write it");
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), text, "golden file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

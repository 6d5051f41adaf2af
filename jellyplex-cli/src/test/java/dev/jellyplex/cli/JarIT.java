package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: the shaded jar and the launcher scripts as separate processes, after {@code package}.
 * Runs under Failsafe ({@code ./mvnw verify}).
 */
class JarIT {
  private static final Path JAR =
      Path.of(System.getProperty("jellyplex.jar", "target/jellyplex.jar")).toAbsolutePath();
  private static final Path REPO = JAR.resolve("../../..").normalize();
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path tmp;
  private Path src;

  /** The result of one process. */
  static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  @BeforeEach
  void library() throws IOException {
    src = Library.plex(tmp.resolve("plex"));
  }

  /**
   * Runs {@code command} with a locale environment: {@code locale} null means LANG and LC_* unset.
   */
  private Run run(Map<String, String> locale, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_") || k.equals("LANGUAGE"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("JELLYPLEX_JAR", JAR.toString());
    env.putAll(locale);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished in time");
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<String> cmd(String... parts) {
    return new ArrayList<>(List.of(parts));
  }

  private List<String> launcher(String name, String... args) {
    List<String> c = cmd(REPO.resolve(name).toString());
    c.addAll(List.of(args));
    return c;
  }

  private List<String> jar(String... args) {
    List<String> c = cmd(JAVA.toString(), "-jar", JAR.toString());
    c.addAll(List.of(args));
    return c;
  }

  @Test
  void versionComesFromTheJarManifest() throws Exception {
    Run r = run(Map.of(), jar("--version"));
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.startsWith("jellyplex " + System.getProperty("project.version", "")), r.out);
    assertFalse(r.out.contains("unknown"), r::toString);
    assertEquals(1, r.out.lines().count(), "one line: " + r.out);
    // docs/cli.md: the program name as it was called, the version and the Java it runs on
    Run sync = run(Map.of(), launcher("jellyplex-sync", "--version"));
    assertEquals(0, sync.exit, sync::toString);
    assertTrue(
        sync.out.matches(
            "jellyplex-sync "
                + java.util.regex.Pattern.quote(System.getProperty("project.version", ""))
                + " \\(Java [^)]+\\)\n"),
        sync::toString);
  }

  @Test
  void aMistypedCommandThroughTheLauncherIsAUsageErrorWithASuggestion() throws Exception {
    Run r = run(Map.of(), launcher("jellyplex-sync", "snyc", src.toString(), "jf"));
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.contains("Did you mean 'sync'?"), r::toString);
    assertTrue(r.err.contains("Try 'jellyplex-sync --help'"), r::toString);
  }

  @Test
  void theLauncherGetsNonAsciiNamesRightInTheCLocale() throws Exception {
    Path utf8 = tmp.resolve("jf-utf8");
    Run a =
        run(
            Map.of("LANG", "C.UTF-8"),
            launcher("jellyplex", "sync", "--create", src.toString(), utf8.toString()));
    assertEquals(0, a.exit, a::toString);
    Path c = tmp.resolve("jf-c");
    Run b =
        run(
            Map.of("LC_ALL", "C"),
            launcher("jellyplex", "sync", "--create", src.toString(), c.toString()));
    assertEquals(0, b.exit, b::toString);
    assertEquals("", b.err, b::toString);
    Set<String> tree = Library.tree(utf8);
    assertTrue(tree.contains(Library.AMELIE_JF + "/"), tree::toString);
    assertTrue(tree.contains(Library.SCREAM + "/" + Library.SCREAM + ".mkv"), tree::toString);
    assertEquals(tree, Library.tree(c));
    assertEquals(a.out, b.out.replace(c.toString(), utf8.toString()));
  }

  @Test
  void theLauncherKeepsOneStartUpArchivePerJarBuildAndJava() throws Exception {
    // docs/cli.md: made once next to the jar, an ahead-of-time cache on JDK 24 and later, else a
    // class-data-sharing archive; those of other builds of the jar go, another java's stay.
    Path dir = Files.createDirectories(tmp.resolve("jar dir"));
    Path jar = Files.copy(JAR, dir.resolve("jellyplex.jar"));
    String jarKey =
        Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS)
            + "."
            + Files.getAttribute(jar, "unix:ino");
    Path otherBuild = Files.writeString(dir.resolve("jellyplex-1.2-3.4.jsa"), "older jar");
    Path otherJava = Files.writeString(dir.resolve("jellyplex-" + jarKey + "-5.6.aot"), "other");
    boolean aot = Runtime.version().feature() >= 24;
    Map<String, String> env = Map.of("LANG", "C.UTF-8", "JELLYPLEX_JAR", jar.toString());

    Run first = run(env, launcher("jellyplex", "--version"));
    assertEquals(0, first.exit, first::toString);
    assertEquals("", first.err, first::toString);
    Set<Path> made = archives(dir);
    made.remove(otherJava);
    assertEquals(1, made.size(), made::toString);
    Path archive = made.iterator().next();
    String name = String.valueOf(archive.getFileName());
    assertTrue(name.startsWith("jellyplex-" + jarKey + "-"), name);
    assertTrue(name.endsWith(aot ? ".aot" : ".jsa"), name);
    assertTrue(Files.size(archive) > 1_000_000, name);
    assertFalse(Files.exists(otherBuild), "an archive of another build of the jar is removed");
    assertTrue(Files.exists(otherJava), "the same build's archive for another java is kept");

    // The next run maps it (a strict run fails when the archive cannot be used) and leaves it be.
    String strict = aot ? "-XX:AOTMode=on" : "-Xshare:on";
    Map<String, String> env2 =
        Map.of("LANG", "C.UTF-8", "JELLYPLEX_JAR", jar.toString(), "JELLYPLEX_JAVA_OPTS", strict);
    Run sync =
        run(
            env2,
            launcher("jellyplex", "sync", "--create", src.toString(), "" + tmp.resolve("jf")));
    assertEquals(0, sync.exit, sync::toString);
    assertEquals("", sync.err, sync::toString);
    assertEquals(Set.of(archive, otherJava), archives(dir));
    assertTrue(Library.tree(tmp.resolve("jf")).contains(Library.SCREAM + "/"), sync::toString);
  }

  private static Set<Path> archives(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().endsWith(".jar"))
          .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
  }

  @Test
  void theBareJarInTheCLocaleRelaunchesUnderUtf8() throws Exception {
    Run r = run(Map.of("LC_ALL", "C"), jar("plan", src.toString(), tmp.resolve("x").toString()));
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.contains("Крик (1996)"), r::toString);
    assertFalse(r.err.contains("LC_ALL=C.UTF-8"), r::toString);
    // Without the relaunch the JVM cannot read such names: the user is told what to do.
    Run warned =
        run(
            Map.of("LC_ALL", "C", "JELLYPLEX_NO_RELAUNCH", "1"),
            jar("plan", src.toString(), tmp.resolve("x").toString()));
    assertTrue(warned.err.contains("LC_ALL=C.UTF-8"), warned::toString);
    assertFalse(warned.err.contains("\tat "), warned::toString);
  }

  @Test
  void jellyplexSyncWithImplicitSyncAndJsonThroughJq() throws Exception {
    Path dst = tmp.resolve("jf");
    Run r =
        run(
            Map.of("LANG", "C.UTF-8"),
            launcher("jellyplex-sync", src.toString(), dst.toString(), "--create", "--json"));
    assertEquals(0, r.exit, r::toString);
    JsonNode doc = SchemaValidator.published().assertValid(r.out);
    assertEquals("sync", doc.get("operation").asText());
    assertEquals("", r.err, "under --json stderr keeps only warnings");

    Run help = run(Map.of(), launcher("jellyplex-sync", "--help"));
    assertEquals(0, help.exit, help::toString);
    assertTrue(help.out.startsWith("Usage: jellyplex-sync "), "named as called: " + help.out);

    assumeTrue(Files.isExecutable(Path.of("/usr/bin/jq")), "jq is installed");
    // The seed README's recipe, unchanged.
    String recipe =
        REPO.resolve("jellyplex-sync")
            + " sync --json --dry-run '"
            + src
            + "' '"
            + dst
            + "' | jq -c '[.events[].action] | group_by(.) | map({action: .[0], count: length})'";
    Run jq = run(Map.of("LANG", "C.UTF-8"), cmd("bash", "-c", "set -o pipefail; " + recipe));
    assertEquals(0, jq.exit, jq::toString);
    assertEquals("[{\"action\":\"skip\",\"count\":5}]\n", jq.out);
  }

  @Test
  void aClosedStdoutEndsQuietly() throws Exception {
    for (int i = 0; i < 200; i++) {
      Library.write(src, "Movie " + i + " (2000)/Movie " + i + " (2000).mkv", "m");
    }
    String pipeline =
        "'"
            + JAVA
            + "' -jar '"
            + JAR
            + "' plan -v '"
            + src
            + "' '"
            + tmp.resolve("x")
            + "' | head -1;"
            + " exit ${PIPESTATUS[0]}";
    Run r = run(Map.of("LANG", "C.UTF-8"), cmd("bash", "-c", pipeline));
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.startsWith("Plan "), r::toString);
    assertEquals("", r.err, r::toString);
  }
}

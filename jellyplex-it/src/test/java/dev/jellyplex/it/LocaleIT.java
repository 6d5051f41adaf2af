package dev.jellyplex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cron jobs and containers often run with {@code LANG} unset or {@code C}, where a JVM cannot even
 * open non-ASCII file names. The same command must give the same target there as under UTF-8.
 */
class LocaleIT {
  @TempDir Path tmp;

  private static final List<String> NAMES =
      List.of(
          "Amélie (2001) {imdb-tt0211915}/Amélie (2001) {imdb-tt0211915} [1080p].mkv",
          "Amélie (2001) {imdb-tt0211915}/Amélie (2001) {imdb-tt0211915} [1080p].fr.srt",
          "Крик (1996)/Крик (1996) {edition-Режиссёрская версия} [2160p].mkv",
          "千と千尋の神隠し (2001)/千と千尋の神隠し (2001) [DVD].mkv",
          "Plain (1999)/Plain (1999).mkv");

  private Path library() throws Exception {
    Path source = tmp.resolve("source");
    for (String n : NAMES) {
      Trees.touch(source, n);
    }
    return source;
  }

  private static Set<String> tree(Path root) throws Exception {
    return new TreeSet<>(Trees.fingerprint(root, false).keySet());
  }

  @Test
  void javaDashJarInTheCLocaleWritesTheSameNamesAsUnderUtf8() throws Exception {
    Path source = library();
    Path utf8 = tmp.resolve("utf8");
    Jar.Result a = Jar.run("sync", "--create", source.toString(), utf8.toString());
    assertEquals(0, a.exitCode(), a.stderr());

    Path c = tmp.resolve("c-locale");
    ProcessBuilder pb = Jar.builder(List.of("sync", "--create", source.toString(), c.toString()));
    Map<String, String> env = pb.environment();
    env.remove("LANG");
    env.remove("LANGUAGE");
    env.put("LC_ALL", "C");
    Jar.Result b = Jar.run(pb);
    assertEquals(0, b.exitCode(), b.stdout() + b.stderr());
    assertEquals(tree(utf8), tree(c));
    assertTrue(
        tree(c).contains("Крик (1996)/Крик (1996) - 4k Режиссёрская версия.mkv"),
        tree(c).toString());
  }

  @Test
  void launcherScriptInTheCLocaleWritesTheSameNames() throws Exception {
    Path launcher = Jar.path().resolve("../../../jellyplex").normalize();
    Path source = library();
    Path utf8 = tmp.resolve("utf8");
    assertEquals(0, Jar.run("sync", "--create", source.toString(), utf8.toString()).exitCode());
    Path c = tmp.resolve("c-locale");
    ProcessBuilder pb =
        new ProcessBuilder(
            launcher.toString(), "sync", "--create", source.toString(), c.toString());
    pb.environment().remove("LANG");
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // The jar this build made: the launcher must not rebuild (clean) in the middle of a build.
    pb.environment().put("JELLYPLEX_JAR", Jar.path().toString());
    Jar.Result r = Jar.run(pb);
    assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
    assertEquals(tree(utf8), tree(c));
    assertTrue(Files.exists(c.resolve("Plain (1999)").resolve("Plain (1999).mkv")));
  }
}

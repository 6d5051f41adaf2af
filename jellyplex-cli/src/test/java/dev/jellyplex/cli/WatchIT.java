package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch} and notifications as a separate process of the shaded jar: SIGTERM, the lock, the
 * environment's secrets. Runs under Failsafe ({@code ./mvnw verify}).
 */
class WatchIT {
  private static final Path JAR =
      Path.of(System.getProperty("jellyplex.jar", "target/jellyplex.jar")).toAbsolutePath();
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final long MIB = 1 << 20;

  @TempDir Path tmp;

  private Process start(List<String> args, Path out, Path err, String... env) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LC_ALL", "C.UTF-8");
    for (int i = 0; i + 1 < env.length; i += 2) {
      pb.environment().put(env[i], env[i + 1]);
    }
    return pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("waited 90 s for " + what);
      }
      Thread.sleep(20);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void sigtermDuringABatchExitsZeroLeavesNoPartialFileAndReleasesTheLock() throws Exception {
    Path source = tmp.resolve("plex");
    Path target = tmp.resolve("jellyfin");
    byte[] video = new byte[(int) (4 * MIB)];
    for (int i = 0; i < 24; i++) {
      String movie = "Movie " + i + " (20" + (10 + i) + ")";
      Files.createDirectories(source.resolve(movie));
      Files.write(source.resolve(movie + "/" + movie + ".mkv"), video);
    }
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p =
        start(
            List.of(
                "watch",
                "--copy",
                "--create",
                "--source-format",
                "plex",
                "--settle",
                "200ms",
                source.toString(),
                target.toString()),
            out,
            err);
    try {
      await(
          "the first copies",
          () -> {
            try {
              return Files.exists(target) && files(target).size() >= 3;
            } catch (IOException | java.io.UncheckedIOException e) {
              return false; // a temporary file renamed away while listed
            }
          });
    } catch (AssertionError e) {
      p.destroyForcibly();
      throw new AssertionError(e.getMessage() + "\n" + Files.readString(err), e);
    }
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended after SIGTERM");
    String log = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.contains("watch: stopped"), log);

    for (Path f : files(target)) {
      assertFalse(f.getFileName().toString().startsWith(".jellyplex"), "left behind: " + f);
      assertEquals(4 * MIB, Files.size(f), "a partial file: " + f);
    }
    assertFalse(Files.exists(target.resolve(".jellyplex.lock")), "lock file removed");
    Cli again =
        Cli.run("sync", "--copy", "--source-format", "plex", source.toString(), target.toString());
    assertEquals(0, again.exit, "the lock was released: " + again);
    assertEquals(24, files(target).size());
  }

  @Test
  void aSyncOfTheWatchedTargetIsRefusedWhileTheWatchRunsAndAllowedAfterSigterm() throws Exception {
    Path source = tmp.resolve("plex");
    Path target = tmp.resolve("jellyfin");
    Files.createDirectories(source.resolve("Heat (1995)"));
    Files.writeString(source.resolve("Heat (1995)/Heat (1995).mkv"), "video");
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Path lock = target.resolve(".jellyplex.lock");
    Process p =
        start(
            List.of(
                "watch",
                "--create",
                "--source-format",
                "plex",
                "--settle",
                "200ms",
                source.toString(),
                target.toString()),
            out,
            err);
    try {
      await(
          "the watch to hold the target",
          () -> {
            try {
              return Files.readString(lock).startsWith("jellyplex watch");
            } catch (IOException e) {
              return false;
            }
          });
      assertEquals("jellyplex watch, pid " + p.pid() + "\n", Files.readString(lock));
      // Between batches (nothing to do), as from cron:
      Cli cron = Cli.run("sync", "--source-format", "plex", source.toString(), target.toString());
      assertEquals(1, cron.exit, cron.toString());
      assertTrue(cron.err.contains("jellyplex watch, pid " + p.pid()), cron.err);
      assertTrue(cron.err.contains(lock.toString()), cron.err);
      // The watch's own batches run under its hold: a new movie still arrives.
      Files.createDirectories(source.resolve("Alien (1979)"));
      Files.writeString(source.resolve("Alien (1979)/Alien (1979).mkv"), "video");
      await(
          "the new movie's mirror",
          () -> Files.exists(target.resolve("Alien (1979)/Alien (1979).mkv")));
    } catch (AssertionError e) {
      p.destroyForcibly();
      throw new AssertionError(e.getMessage() + "\n" + Files.readString(err), e);
    }
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended after SIGTERM");
    assertEquals(0, p.exitValue(), Files.readString(err));
    assertFalse(Files.exists(lock), "the lock file is removed");
    Cli after = Cli.run("sync", "--source-format", "plex", source.toString(), target.toString());
    assertEquals(0, after.exit, "the lock was released: " + after);
  }

  @Test
  void aWatchMirrorsANewMovieTellsJellyfinWithTheKeyFromTheEnvironmentAndStopsOnSigterm()
      throws Exception {
    String key = "env-SECRET-key-42";
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer jellyfin =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    jellyfin.createContext(
        "/",
        exchange -> {
          seen.add(
              exchange.getRequestURI().getPath()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    jellyfin.start();
    try {
      Path source = Library.plex(tmp.resolve("plex"));
      Path target = tmp.resolve("jellyfin");
      Path status = tmp.resolve("status.json");
      Path out = tmp.resolve("out.txt");
      Path err = tmp.resolve("err.txt");
      Process p =
          start(
              List.of(
                  "watch",
                  "--create",
                  "--json",
                  "--settle",
                  "200ms",
                  "--status-file",
                  status.toString(),
                  "--notify-jellyfin",
                  "http://127.0.0.1:" + jellyfin.getAddress().getPort(),
                  source.toString(),
                  target.toString()),
              out,
              err,
              "JELLYFIN_API_KEY",
              key);
      await("the initial sync", () -> Files.exists(status));
      Library.write(source, "Up (2009)/Up (2009).mkv", "up");
      await("the new movie", () -> Files.exists(target.resolve("Up (2009)/Up (2009).mkv")));
      await("two notifications", () -> seen.size() >= 2);
      p.destroy();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), stderr);
      assertTrue(
          seen.get(1).startsWith("/Library/Media/Updated MediaBrowser Token=\"" + key + "\" "),
          seen.toString());
      assertTrue(seen.get(1).contains(target.resolve("Up (2009)").toString()), seen.toString());
      List<String> lines = stdout.lines().toList();
      assertTrue(lines.size() >= 2, stdout);
      for (String line : lines) {
        SchemaValidator.published().assertValid(line);
      }
      assertFalse(stdout.contains(key) || stderr.contains(key), "the key was shown");
      assertTrue(Files.readString(status).contains("\"outcome\" : \"ok\""));
    } finally {
      jellyfin.stop(0);
    }
  }
}

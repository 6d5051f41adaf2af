package dev.jellyplex.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the shaded jellyplex jar as a separate process, as a user would. */
final class Jar {
  private Jar() {}

  /** The finished run of a process. */
  record Result(int exitCode, String stdout, String stderr) {}

  /** The shaded jar built by jellyplex-cli's package phase. */
  static Path path() {
    String configured = System.getProperty("jellyplex.jar");
    Path jar =
        configured != null
            ? Path.of(configured)
            : Path.of("..", "jellyplex-cli", "target", "jellyplex.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "the shaded jar "
              + jar.toAbsolutePath()
              + " does not exist: run `./mvnw verify` (or package) from the repository root");
    }
    return jar.toAbsolutePath();
  }

  /** The java launcher of the JVM running the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A process builder for {@code java -jar jellyplex.jar args...} with a UTF-8 locale. */
  static ProcessBuilder builder(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    command.add("-jar");
    command.add(path().toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.put("LC_ALL", "C.UTF-8");
    env.put("NO_COLOR", "1");
    return pb;
  }

  /** Runs to completion (at most two minutes) and captures the output. */
  static Result run(ProcessBuilder pb) throws IOException, InterruptedException {
    Path out = Files.createTempFile("jellyplex-out", ".txt");
    Path err = Files.createTempFile("jellyplex-err", ".txt");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("jellyplex did not finish in 2 minutes: " + pb.command());
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Runs {@code jellyplex args...}. */
  static Result run(String... args) throws IOException, InterruptedException {
    return run(List.of(args));
  }

  /** Runs {@code jellyplex args...}. */
  static Result run(List<String> args) throws IOException, InterruptedException {
    return run(builder(args));
  }
}

package dev.jellyplex.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle script's "cannot link here" answer (exit code 3 and a reason), on which {@link
 * BundleIT} skips: fake JDKs stand in for a JRE and for a JDK without {@code jmods/} whose {@code
 * jlink} cannot link from its run-time image.
 */
class BundleScriptIT {
  private static final Path SCRIPT =
      Path.of(System.getProperty("bundle.script", "src/bundle/build-bundle.sh"))
          .toAbsolutePath()
          .normalize();
  private static final Path JAR =
      Path.of(System.getProperty("jellyplex.jar", "../jellyplex-cli/target/jellyplex.jar"))
          .toAbsolutePath()
          .normalize();

  @TempDir Path tmp;

  @Test
  void aJdkWithoutJmodsThatCannotLinkFromItsImageIsNamedWithTheWayOut() throws Exception {
    Path jdk = fakeJdk("jdk", "echo 'Usage: jlink <options> --module-path <modulepath>'");
    Result result = build(jdk);
    assertEquals(3, result.exit, result.err);
    assertTrue(result.err.contains(jdk + " has no jmods/ folder"), result.err);
    assertTrue(result.err.contains("openjdk-17-jmods"), "names the way out: " + result.err);
    assertFalse(Files.exists(tmp.resolve("out")), "writes nothing");
  }

  @Test
  void aJreIsNamedAsSuch() throws Exception {
    Path jre = tmp.resolve("jre");
    Files.createDirectories(jre.resolve("bin"));
    Result result = build(jre);
    assertEquals(3, result.exit, result.err);
    assertTrue(result.err.contains("has no jlink/jdeps"), result.err);
  }

  /** A JDK folder whose jlink and jdeps are shell scripts running {@code body}. */
  private Path fakeJdk(String name, String body) throws IOException {
    Path jdk = tmp.resolve(name);
    Path bin = Files.createDirectories(jdk.resolve("bin"));
    for (String tool : List.of("jlink", "jdeps")) {
      Path script = bin.resolve(tool);
      Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return jdk;
  }

  private static final class Result {
    final int exit;
    final String err;

    Result(int exit, String err) {
      this.exit = exit;
      this.err = err;
    }
  }

  private Result build(Path jdk) throws IOException, InterruptedException {
    Path err = tmp.resolve("err.txt");
    Process p =
        new ProcessBuilder(
                "bash",
                SCRIPT.toString(),
                "--jar",
                JAR.toString(),
                "--version",
                "0",
                "--out",
                tmp.resolve("out").toString(),
                "--jdk",
                jdk.toString())
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished in time");
    return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }
}

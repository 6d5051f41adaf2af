package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helpers for what needs the operating system: root, mounts, FIFOs, byte-level names. */
final class Os {
  private Os() {}

  /** Whether the tests run as root (uid 0); read from a file this process creates. */
  static boolean isRoot(Path scratch) throws IOException {
    Path probe = Files.createTempFile(scratch, "uid", ".probe");
    try {
      return Integer.valueOf(0)
          .equals(Files.getAttribute(probe, "unix:uid", LinkOption.NOFOLLOW_LINKS));
    } finally {
      Files.delete(probe);
    }
  }

  /** Skips the calling test unless it runs as root (mounts, chown, setpriv need root). */
  static void assumeRoot(Path scratch) throws IOException {
    assumeTrue(isRoot(scratch), "needs root (mount, chown or setpriv); we are root in CI");
  }

  /** Runs a command to completion; fails the test with its output when it fails. */
  static String run(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("did not finish: " + List.of(command));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new IOException(List.of(command) + " failed (" + p.exitValue() + "): " + out);
    }
    return out;
  }

  /** Makes a FIFO at {@code p}. */
  static void mkfifo(Path p) throws IOException {
    run("mkfifo", p.toString());
  }

  /**
   * Makes a folder whose name is {@code prefix}, the raw byte {@code 0xff} (never valid UTF-8) and
   * {@code suffix}, inside {@code dir}; returns nothing usable as a Java path (there is none).
   */
  static void mkdirInvalidUtf8(Path dir, String prefix, String suffix) throws IOException {
    run("sh", "-c", "mkdir \"$1/$2$(printf '\\377')$3\"", "sh", dir.toString(), prefix, suffix);
  }

  /** Writes a file whose name holds the raw byte {@code 0xff} inside {@code dir}. */
  static void touchInvalidUtf8(Path dir, String prefix, String suffix) throws IOException {
    run(
        "sh",
        "-c",
        "printf data > \"$1/$2$(printf '\\377')$3\"",
        "sh",
        dir.toString(),
        prefix,
        suffix);
  }

  /** The mounts this test made, unmounted in reverse order by {@link #unmountAll}. */
  static final class Mounts implements AutoCloseable {
    private final List<Path> mounted = new ArrayList<>();

    /** Bind-mounts {@code from} on {@code onto} (an existing folder). */
    void bind(Path from, Path onto) throws IOException {
      run("mount", "--bind", from.toString(), onto.toString());
      mounted.add(onto);
    }

    /** Mounts a tmpfs of {@code size} (e.g. {@code 1m}) on {@code onto}. */
    void tmpfs(Path onto, String size) throws IOException {
      run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", onto.toString());
      mounted.add(onto);
    }

    /** Makes the bind mount {@code onto} of itself read-only. */
    void readOnlyBind(Path dir) throws IOException {
      bind(dir, dir);
      run("mount", "-o", "remount,ro,bind", dir.toString());
    }

    @Override
    public void close() throws IOException {
      IOException failed = null;
      for (int i = mounted.size() - 1; i >= 0; i--) {
        try {
          run("umount", mounted.get(i).toString());
        } catch (IOException e) {
          try {
            run("umount", "-l", mounted.get(i).toString());
          } catch (IOException again) {
            failed = again;
          }
        }
      }
      mounted.clear();
      if (failed != null) {
        throw failed;
      }
    }
  }
}

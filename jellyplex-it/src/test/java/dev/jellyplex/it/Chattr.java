package dev.jellyplex.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Real faults that even root cannot write through: the ext4 immutable attribute. */
final class Chattr {
  private Chattr() {}

  /** Whether {@code chattr +i} works on the filesystem of {@code probeDir}. */
  static boolean available(Path probeDir) {
    try {
      Path probe = Trees.touch(probeDir, "chattr-probe");
      boolean ok = run("+i", probe) && run("-i", probe);
      java.nio.file.Files.deleteIfExists(probe);
      return ok;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Makes the file or folder immutable (no writes, no new entries, no links to it). */
  static void immutable(Path p) throws IOException, InterruptedException {
    if (!run("+i", p)) {
      throw new IOException("chattr +i failed on " + p);
    }
  }

  /** Undoes {@link #immutable}. */
  static void mutable(Path p) throws IOException, InterruptedException {
    run("-i", p);
  }

  private static boolean run(String flag, Path p) throws IOException, InterruptedException {
    Process proc =
        new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
    proc.getInputStream().readAllBytes();
    return proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0;
  }
}

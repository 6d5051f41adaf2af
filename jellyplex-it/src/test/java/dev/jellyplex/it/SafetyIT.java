package dev.jellyplex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 through the shipped jar, as a user (or an attacker) would meet it: lock files that are
 * not files, a source folder the running user cannot read, a hardlink the kernel refuses, a target
 * the user cannot write, names that are not UTF-8. Several run the jar as {@code nobody} through
 * {@code setpriv}, which needs root; they skip with the reason otherwise.
 */
class SafetyIT {
  static final String HEAT = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_J = "Heat (1995) [imdbid-tt0113277]";
  static final String ALIEN = "Alien (1979) {imdb-tt0078748}";
  static final String ALIEN_J = "Alien (1979) [imdbid-tt0078748]";

  @TempDir Path tmp;
  private Path source;
  private Path target;

  @BeforeEach
  void setUp() throws IOException {
    // readable by nobody all the way down (a @TempDir is private to its owner)
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    source = tmp.resolve("plex");
    target = tmp.resolve("jellyfin");
    Trees.write(source, HEAT + "/" + HEAT + ".mkv", Trees.utf8("heat video"));
    Trees.write(source, ALIEN + "/" + ALIEN + ".mkv", Trees.utf8("alien video"));
    Files.createDirectories(target);
  }

  private static boolean root() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("id", "-u").start();
    p.waitFor(30, TimeUnit.SECONDS);
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().equals("0");
  }

  private static void assumeRoot() throws IOException, InterruptedException {
    assumeTrue(root(), "needs root to run the jar as nobody through setpriv; we are root in CI");
  }

  private static void sh(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), List.of(command) + ": " + out);
  }

  /** Runs the jar as {@code nobody} (no supplementary groups). */
  private static Jar.Result asNobody(String... args) throws IOException, InterruptedException {
    ProcessBuilder pb = Jar.builder(List.of(args));
    List<String> command = new ArrayList<>(pb.command());
    command.addAll(
        0, List.of("setpriv", "--reuid=nobody", "--regid=" + nogroup(), "--clear-groups", "--"));
    pb.command(command);
    pb.environment().put("HOME", "/tmp");
    return Jar.run(pb);
  }

  private static String nogroup() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("id", "-gn", "nobody").start();
    p.waitFor(30, TimeUnit.SECONDS);
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
  }

  private static String all(Jar.Result r) {
    return r.stdout() + r.stderr();
  }

  @Test
  void aFifoAtTheLocksNameEndsTheRunPromptlyWithASetupError() throws Exception {
    Path lock = target.resolve(".jellyplex.lock");
    sh("mkfifo", lock.toString());

    Jar.Result r = Jar.run("sync", source.toString(), target.toString()); // bounded: two minutes

    assertEquals(2, r.exitCode(), all(r));
    assertTrue(r.stderr().contains(lock.toString()), r.stderr());
    assertFalse(Files.exists(target.resolve(HEAT_J)), "nothing was touched");
  }

  @Test
  void aSymlinkAtTheLocksNameIsASetupErrorAndItsTargetIsUnchanged() throws Exception {
    Path victim = Trees.write(tmp, "etc/shadow", Trees.utf8("root:*:20000::::::\n"));
    Path lock = target.resolve(".jellyplex.lock");
    Files.createSymbolicLink(lock, victim);

    Jar.Result r = Jar.run("sync", source.toString(), target.toString());

    assertEquals(2, r.exitCode(), all(r));
    assertTrue(r.stderr().contains(lock.toString()), r.stderr());
    assertEquals("root:*:20000::::::\n", Files.readString(victim));
  }

  /**
   * A source movie folder that the running user cannot read is reported, its mirror survives {@code
   * --delete}, and {@code diff} does not say "in sync".
   */
  @Test
  void anUnreadableSourceFolderIsReportedAndItsMirrorSurvivesDelete() throws Exception {
    assumeRoot();
    Jar.Result first = Jar.run("sync", source.toString(), target.toString());
    assertEquals(0, first.exitCode(), all(first));
    sh("chown", "-R", "nobody", target.toString());
    Path alienMirror = target.resolve(ALIEN_J + "/" + ALIEN_J + ".mkv");
    assertTrue(Files.exists(alienMirror));
    Files.setPosixFilePermissions(
        source.resolve(ALIEN), PosixFilePermissions.fromString("rwx------")); // root's only

    Jar.Result sync = asNobody("sync", "--delete", source.toString(), target.toString());
    Jar.Result diff = asNobody("diff", source.toString(), target.toString());

    assertEquals(1, sync.exitCode(), all(sync));
    assertTrue(all(sync).contains(source.resolve(ALIEN).toString()), all(sync));
    assertTrue(Files.exists(alienMirror), "the mirror of an unreadable folder is protected");
    assertNotEquals(0, diff.exitCode(), "diff must not say in sync: " + all(diff));
  }

  /**
   * With {@code fs.protected_hardlinks=1} only a file's owner (or a user who may read and write it)
   * may hardlink it: the error names both ways out.
   */
  @Test
  void aHardlinkTheKernelRefusesNamesTheOwnerAndCopy() throws Exception {
    assumeRoot();
    Path sysctl = Path.of("/proc/sys/fs/protected_hardlinks");
    assumeTrue(
        Files.isReadable(sysctl) && Files.readString(sysctl).trim().equals("1"),
        "fs.protected_hardlinks is not 1 on this machine");
    Path video = source.resolve(HEAT + "/" + HEAT + ".mkv");
    Files.setPosixFilePermissions(video, PosixFilePermissions.fromString("rw-------")); // root's
    sh("chown", "-R", "nobody", target.toString(), source.resolve(ALIEN).toString());

    Jar.Result r = asNobody("sync", source.toString(), target.toString());

    assertEquals(1, r.exitCode(), all(r));
    assertTrue(all(r).contains("run as the owner of " + video), all(r));
    assertTrue(all(r).contains("or use --copy"), all(r));
    assertTrue(Files.exists(target.resolve(ALIEN_J + "/" + ALIEN_J + ".mkv")), "the rest synced");
  }

  @Test
  void aTargetTheUserCannotWriteIsASetupErrorBeforeAnythingIsTouched() throws Exception {
    assumeRoot();
    // root's folder, readable by all: nobody may not write it
    Jar.Result r = asNobody("sync", source.toString(), target.toString());

    assertEquals(2, r.exitCode(), all(r));
    assertTrue(r.stderr().contains(target + " is not writable"), r.stderr());
    try (var list = Files.list(target)) {
      assertEquals(0, list.count());
    }
  }

  @Test
  void namesThatAreNotUtf8AreShownEscapedAndFailSyncAndDiff() throws Exception {
    sh("sh", "-c", "mkdir \"$1/Bad$(printf '\\377')Name (2000)\"", "sh", source.toString());

    Jar.Result sync = Jar.run("sync", source.toString(), target.toString());
    Jar.Result diff = Jar.run("diff", source.toString(), target.toString());

    assertEquals(1, sync.exitCode(), all(sync));
    assertTrue(all(sync).contains("Bad\\xffName (2000)"), all(sync));
    assertTrue(all(sync).contains("name is not valid UTF-8; rename it"), all(sync));
    assertFalse(all(sync).contains("no such file"), all(sync));
    assertTrue(
        Files.exists(target.resolve(HEAT_J + "/" + HEAT_J + ".mkv"), LinkOption.NOFOLLOW_LINKS));
    assertNotEquals(0, diff.exitCode(), "diff must not say in sync: " + all(diff));
  }
}

package dev.jellyplex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real sync with SIGKILL at seeded random moments and checks after every kill that no file
 * under a final name is partial or wrong, that the source is unchanged, and that a re-run finishes
 * the mirror exactly as a clean run does.
 */
class CrashIT {
  /** Kills per mode; 15 hardlink + 15 copy = 30 by default. */
  private static final int KILLS = Integer.getInteger("jellyplex.crash.kills", 15);

  private static final long SEED = Long.getLong("jellyplex.crash.seed", 20261125L);

  @TempDir Path tmp;

  @Test
  void hardlinkMirrorSurvivesKills() throws Exception {
    crashLoop(false, 120, 0);
  }

  @Test
  void copyMirrorSurvivesKills() throws Exception {
    crashLoop(true, 30, 3 << 20);
  }

  private void crashLoop(boolean copy, int movies, int maxVideoBytes) throws Exception {
    SplittableRandom random = new SplittableRandom(SEED + (copy ? 1 : 0));
    Path source = tmp.resolve("source");
    buildLibrary(source, movies, maxVideoBytes, random);
    Map<String, Trees.Fingerprint> sourceBefore = Trees.fingerprint(source, true);

    // The clean run everything is compared with.
    Path reference = tmp.resolve("reference");
    long started = System.nanoTime();
    Jar.Result clean = Jar.run(args(copy, source, reference));
    long cleanMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(0, clean.exitCode(), clean.stderr());
    Map<String, Trees.Fingerprint> expected = finalNames(Trees.fingerprint(reference, copy));
    assertTrue(expected.size() > movies, "reference mirror has too few files: " + expected.size());

    Path target = tmp.resolve("target");
    int kills = 0;
    int completedBeforeKill = 0;
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      long delay = random.nextLong(Math.max(50, cleanMillis));
      delays.add(delay);
      Process p = Jar.builder(args(copy, source, target)).redirectErrorStream(true).start();
      p.getInputStream().close();
      if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        completedBeforeKill++;
        // A completed run is a valid state too; start the next run from scratch so kills keep
        // landing in the middle of real work.
        assertMirrorConsistent(target, expected, copy, "completed run " + i);
        deleteTree(target);
        continue;
      }
      p.destroyForcibly();
      p.waitFor();
      kills++;
      assertMirrorConsistent(target, expected, copy, "after kill " + i + " at " + delay + " ms");
    }
    assertTrue(
        kills >= KILLS / 2,
        "too few runs were actually killed mid-way ("
            + kills
            + " of "
            + KILLS
            + "; delays "
            + delays
            + ", clean run "
            + cleanMillis
            + " ms)");

    Jar.Result finish = Jar.run(args(copy, source, target));
    assertEquals(0, finish.exitCode(), finish.stderr());
    Map<String, Trees.Fingerprint> after = Trees.fingerprint(target, copy);
    assertEquals(
        List.of(),
        after.keySet().stream().filter(k -> name(k).startsWith(".jellyplex-tmp")).toList(),
        "leftover temporary files after the finishing run");
    assertEquals(expected.keySet(), finalNames(after).keySet(), "re-run did not finish the mirror");
    assertMirrorConsistent(target, expected, copy, "after the finishing run");
    assertEquals(sourceBefore, Trees.fingerprint(source, true), "the source changed");
    System.out.printf(
        "crash suite (%s): %d kills survived, %d runs completed before their kill time%n",
        copy ? "copy" : "hardlink", kills, completedBeforeKill);
  }

  private static void assertMirrorConsistent(
      Path target, Map<String, Trees.Fingerprint> expected, boolean copy, String when)
      throws IOException {
    for (Map.Entry<String, Trees.Fingerprint> e :
        finalNames(Trees.fingerprint(target, copy)).entrySet()) {
      Trees.Fingerprint want = expected.get(e.getKey());
      if (want == null) {
        throw new AssertionError(when + ": unexpected file under a final name: " + e.getKey());
      }
      Trees.Fingerprint got = e.getValue();
      if (copy) {
        assertEquals(want.size(), got.size(), when + ": partial file " + e.getKey());
        assertEquals(want.sha256(), got.sha256(), when + ": wrong content in " + e.getKey());
      } else {
        assertEquals(want.inode(), got.inode(), when + ": not the source's inode: " + e.getKey());
      }
    }
  }

  /** Drops hidden names (temporaries, the lock) and keeps what a media server would see. */
  private static Map<String, Trees.Fingerprint> finalNames(Map<String, Trees.Fingerprint> all) {
    Map<String, Trees.Fingerprint> out = new TreeMap<>();
    all.forEach(
        (k, v) -> {
          if (!name(k).startsWith(".")) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static String name(String relative) {
    return relative.substring(relative.lastIndexOf('/') + 1);
  }

  private static List<String> args(boolean copy, Path source, Path target) {
    List<String> a = new ArrayList<>(List.of("sync", "--create"));
    if (copy) {
      a.add("--copy");
    }
    a.add(source.toString());
    a.add(target.toString());
    return a;
  }

  /** A Plex library: a video (two versions for every third movie), a subtitle and a poster. */
  static void buildLibrary(Path root, int movies, int maxVideoBytes, SplittableRandom random)
      throws IOException {
    for (int i = 0; i < movies; i++) {
      String folder = String.format("Movie %03d (%d) {imdb-tt%07d}", i, 1950 + i % 70, 100000 + i);
      String stem = folder + " [1080p]";
      int size = maxVideoBytes == 0 ? 0 : 1 + random.nextInt(maxVideoBytes);
      Trees.write(root, folder + "/" + stem + ".mkv", Trees.bytes(random, size));
      Trees.write(root, folder + "/" + stem + ".en.srt", Trees.utf8("1\n00:00:01,000 --> x\n" + i));
      Trees.write(root, folder + "/poster.jpg", Trees.bytes(random, 512));
      if (i % 3 == 0) {
        Trees.write(
            root,
            folder + "/" + folder + " [2160p].mkv",
            Trees.bytes(random, maxVideoBytes == 0 ? 0 : 1 + random.nextInt(maxVideoBytes)));
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

package dev.jellyplex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
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

    // Kills land within the time of a run with warm caches: the first run reads the source from
    // disk and can take half again as long, which left most kills after the run had finished.
    Path warm = tmp.resolve("warm");
    started = System.nanoTime();
    assertEquals(0, Jar.run(args(copy, source, warm)).exitCode());
    long runMillis = Math.min(cleanMillis, (System.nanoTime() - started) / 1_000_000);
    deleteTree(warm);

    Path target = tmp.resolve("target");
    int kills = 0;
    int completedBeforeKill = 0;
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      long delay = random.nextLong(Math.max(50, runMillis));
      delays.add(delay);
      started = System.nanoTime();
      Process p = Jar.builder(args(copy, source, target)).redirectErrorStream(true).start();
      p.getInputStream().close();
      if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        completedBeforeKill++;
        // a whole run took less than the bound: later kills land within this shorter time
        runMillis = Math.min(runMillis, (System.nanoTime() - started) / 1_000_000);
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
            + " ms, bound at the end "
            + runMillis
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

  /**
   * SIGKILL while a bounded {@code --delete} removes strays (issue 13): the kill lands once about
   * 2,000 stray files are gone (counted from inotify events, not a timing), then the run is
   * repeated. Nothing but the strays is ever removed, the bound counts what is left, and the two
   * runs together remove exactly the strays the first one was allowed to remove.
   */
  @Test
  void aKillDuringABoundedDeleteRemovesOnlyStraysAndTheBoundHoldsAcrossTheRerun() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    Path source = tmp.resolve("source");
    Path target = tmp.resolve("target");
    Path outside = Trees.write(tmp.resolve("outside"), "keep.txt", Trees.utf8("not the target"));
    buildLibrary(source, 24, 0, random);
    Jar.Result first = Jar.run("sync", "--create", source.toString(), target.toString());
    assertEquals(0, first.exitCode(), first.stderr());

    // A third of the movies leave the source; their mirrors hold many files, so removing them
    // takes long enough to be interrupted.
    List<Path> strays = new ArrayList<>();
    try (var list = Files.list(target)) {
      for (Path folder : list.filter(Files::isDirectory).sorted().toList()) {
        String number = folder.getFileName().toString().substring(0, "Movie 000".length());
        if (Integer.parseInt(number.substring("Movie ".length())) % 3 == 1) {
          strays.add(folder);
          try (var gone = Files.list(source)) {
            for (Path s :
                gone.filter(f -> f.getFileName().toString().startsWith(number + " ")).toList()) {
              deleteTree(s);
            }
          }
          for (int i = 0; i < 1500; i++) {
            Trees.write(folder, String.format("extras/e%04d.txt", i), Trees.utf8("x" + i));
          }
        }
      }
    }
    assertEquals(8, strays.size());
    long strayFiles = filesUnder(strays);
    Map<String, Trees.Fingerprint> kept = new TreeMap<>(Trees.fingerprint(target, false));
    kept.keySet().removeIf(rel -> strays.stream().anyMatch(s -> under(target, s, rel)));
    Map<String, Trees.Fingerprint> sourceBefore = Trees.fingerprint(source, true);
    String bound = Long.toString(strayFiles);

    // One file fewer than the strays: refused, nothing removed.
    Jar.Result tooMany =
        Jar.run(
            "sync",
            "--delete",
            "--max-delete",
            Long.toString(strayFiles - 1),
            source + "",
            target + "");
    assertEquals(1, tooMany.exitCode(), tooMany.stderr());
    assertEquals(strayFiles, filesUnder(strays), "a refused run removed something");

    long leftAfterKill;
    try (WatchService watch = target.getFileSystem().newWatchService()) {
      for (Path stray : strays) {
        stray.resolve("extras").register(watch, StandardWatchEventKinds.ENTRY_DELETE);
      }
      Process p =
          Jar.builder(List.of("sync", "--delete", "--max-delete", bound, source + "", target + ""))
              .redirectErrorStream(true)
              .start();
      p.getInputStream().close();
      // SIGKILL once about 2,000 of the stray files are gone (counted from inotify's events)
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      int removed = 0;
      while (removed < 2000 && System.nanoTime() - deadline < 0) {
        WatchKey key = watch.poll(100, TimeUnit.MILLISECONDS);
        if (key != null) {
          removed += key.pollEvents().size();
          key.reset();
        }
      }
      p.destroyForcibly();
      p.waitFor();
      assertTrue(removed > 0, "no stray was removed within 2 minutes");
      leftAfterKill = filesUnder(strays);
    }
    assertTrue(
        leftAfterKill > 0 && leftAfterKill < strayFiles,
        "the kill did not land while strays were removed: " + leftAfterKill + " of " + strayFiles);
    assertKept(target, kept, "after the kill");

    // The bound counts what is left: one file fewer is still refused.
    Jar.Result stillBounded =
        Jar.run(
            "sync",
            "--delete",
            "--max-delete",
            Long.toString(leftAfterKill - 1),
            source + "",
            target + "");
    assertEquals(1, stillBounded.exitCode(), stillBounded.stderr());
    assertEquals(leftAfterKill, filesUnder(strays));

    Jar.Result rerun =
        Jar.run("sync", "--json", "--delete", "--max-delete", bound, source + "", target + "");
    assertEquals(0, rerun.exitCode(), rerun.stderr());
    java.util.regex.Matcher removed =
        java.util.regex.Pattern.compile("\"files_removed\"\\s*:\\s*(\\d+)").matcher(rerun.stdout());
    assertTrue(removed.find(), rerun.stdout());
    assertEquals(leftAfterKill, Long.parseLong(removed.group(1)), "the rerun removes what is left");
    for (Path stray : strays) {
      assertTrue(Files.notExists(stray), "still there: " + stray);
    }
    assertKept(target, kept, "after the rerun");
    assertEquals(kept.keySet(), finalNames(Trees.fingerprint(target, false)).keySet());
    assertEquals(sourceBefore, Trees.fingerprint(source, true), "the source changed");
    assertEquals("not the target", Files.readString(outside));
    System.out.printf(
        "crash suite (bounded delete): killed with %d of %d stray files left%n",
        leftAfterKill, strayFiles);
  }

  private static boolean under(Path root, Path folder, String rel) {
    String f = Trees.relative(root, folder);
    return rel.startsWith(f + "/");
  }

  private static long filesUnder(List<Path> folders) throws IOException {
    long n = 0;
    for (Path f : folders) {
      n += Trees.fingerprint(f, false).size();
    }
    return n;
  }

  /** Every file of {@code kept} is still there, the same inode, size and time. */
  private static void assertKept(Path target, Map<String, Trees.Fingerprint> kept, String when)
      throws IOException {
    Map<String, Trees.Fingerprint> now = Trees.fingerprint(target, false);
    for (Map.Entry<String, Trees.Fingerprint> e : kept.entrySet()) {
      assertEquals(e.getValue(), now.get(e.getKey()), when + ": " + e.getKey());
    }
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

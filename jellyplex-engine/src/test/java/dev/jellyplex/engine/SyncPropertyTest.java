package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.jellyplex.formats.FileMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * For random libraries and random changes between two runs: a dry run reports exactly the events of
 * the real run, a sync with delete leaves exactly the planned tree of hardlinks, and the next run
 * only skips.
 */
class SyncPropertyTest {
  static final List<String> FOLDERS =
      List.of(
          "Heat (1995) {imdb-tt0113277}",
          "Alien (1979)",
          "Arrival (2016) {tmdb-329865}",
          "M (2001)",
          "Das Boot (1981) {imdb-tt0082096}");

  static final List<String> FILES =
      List.of(
          "F.mkv",
          "F [1080p].mkv",
          "F [2160p].mkv",
          "F [1080p].en.srt",
          "poster.jpg",
          "Trailers/Teaser.mkv",
          "Other/Stills.mkv",
          "F {edition-Director's Cut}.mkv",
          "movie.nfo",
          "Featurettes/Making of.mkv");

  static String path(int code) {
    String folder = FOLDERS.get(code / FILES.size());
    return folder + "/" + FILES.get(code % FILES.size()).replace("F", folder);
  }

  static Set<String> files(List<Integer> codes) {
    Set<String> out = new TreeSet<>();
    codes.forEach(c -> out.add(path(c)));
    return out;
  }

  @Test
  void dryRunParityExactMirrorAndIdempotence() {
    int max = FOLDERS.size() * FILES.size() - 1;
    qt().withExamples(60)
        .forAll(
            lists().of(integers().between(0, max)).ofSizeBetween(1, 12),
            lists().of(integers().between(0, max)).ofSizeBetween(1, 12),
            integers().between(0, 3))
        .checkAssert((before, after, junk) -> check(files(before), files(after), junk));
  }

  private static void check(Set<String> before, Set<String> after, int junk) {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      Path tgt = Files.createDirectories(fs.getPath("/jellyfin"));
      before.forEach(p -> write(src, p, "content of " + p));
      JellyPlex.sync(src, tgt, P2J);

      // change the source: drop some files, add others (kept files keep their inode)
      for (String p : before) {
        if (!after.contains(p)) {
          Files.delete(Scanner.resolve(src, p));
        }
      }
      for (String p : after) {
        if (!before.contains(p)) {
          write(src, p, "new content of " + p);
        }
      }
      for (int i = 0; i < junk; i++) {
        write(tgt, "Junk " + i + " (2000)/junk.mkv", "junk");
        write(tgt, "Alien (1979)/junk " + i + ".nfo", "junk");
      }

      SyncOptions delete = P2J.withDelete(true).withMaxDeleteAll(true);
      if (JellyPlex.plan(src, tgt, P2J).movies().isEmpty()) {
        return; // --delete refuses an empty source; covered by GuardTest
      }
      Set<String> beforeDry = tree(tgt);
      SyncReport dry = JellyPlex.sync(src, tgt, delete.withDryRun(true));
      assertEquals(beforeDry, tree(tgt), "a dry run changes nothing");
      SyncReport real = JellyPlex.sync(src, tgt, delete);
      assertEquals(real.events(), dry.events(), "dry run reports the real events");
      assertTrue(real.errors().isEmpty(), real.errors().toString());

      Set<String> planned = new TreeSet<>();
      for (PlannedMovie m : real.plan().movies()) {
        for (FileMapping f : m.files()) {
          planned.add(m.targetFolder() + "/" + f.target());
          assertEquals(
              Lib.inode(Scanner.resolve(src.resolve(m.sourceFolder()), f.source())),
              Lib.inode(Scanner.resolve(tgt.resolve(m.targetFolder()), f.target())));
        }
      }
      // a folder that holds no video but a movie folder below it (F → "Alien (1979)eaturettes")
      real.plan()
          .collections()
          .forEach((path, files) -> files.forEach(f -> planned.add(path + "/" + f.target())));
      assertEquals(planned, tree(tgt), "exactly the planned tree");

      SyncReport again = JellyPlex.sync(src, tgt, delete);
      assertTrue(again.events().stream().allMatch(e -> e.action() == Action.SKIP));
      assertEquals(planned.size(), again.events().size());
      assertTrue(JellyPlex.diff(src, tgt, P2J).inSync(), "diff right after sync");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

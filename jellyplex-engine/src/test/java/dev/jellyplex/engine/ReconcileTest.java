package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import com.google.common.jimfs.PathNormalization;
import dev.jellyplex.formats.FileMapping;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * sync and diff read one reconciliation: diff before a sync lists exactly what the sync then does,
 * and diff right after a successful sync finds the target in sync.
 */
class ReconcileTest {
  static final String HEAT = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_J = "Heat (1995) [imdbid-tt0113277]";
  static final String ALIEN = "Alien (1979)";

  /** What a diff says must change, as "+path" (create), "~path" (replace), "-path" (remove). */
  static Set<String> differences(DiffReport d) {
    Path target = d.plan().target();
    Set<String> out = new TreeSet<>();
    for (PlannedMovie m : d.moviesOnlyInSource()) {
      for (FileMapping f : m.files()) {
        out.add("+" + m.targetFolder() + "/" + f.target());
      }
    }
    for (String m : d.moviesOnlyInTarget()) {
      out.add("-" + m);
    }
    for (MovieDifference m : d.differingMovies()) {
      m.onlyInSource().forEach(f -> out.add("+" + m.targetMovieName() + "/" + f));
      m.notSameFile().forEach(f -> out.add("~" + m.targetMovieName() + "/" + f));
      m.onlyInTarget().forEach(f -> out.add("-" + m.targetMovieName() + "/" + f));
    }
    assertTrue(d.errors().isEmpty(), d.errors().toString());
    assertFalse(target.toString().isEmpty());
    return out;
  }

  /** What a sync changed, in the same notation. */
  static Set<String> changes(SyncReport r) {
    Path target = r.plan().target();
    Set<String> out = new TreeSet<>();
    for (Event e : r.events()) {
      String rel = target.relativize(e.target()).toString();
      switch (e.action()) {
        case LINK -> out.add("+" + rel);
        case REPLACE -> out.add("~" + rel);
        case REMOVE -> out.add("-" + rel);
        case RENAME -> {
          out.add("+" + rel);
          out.add("-" + target.relativize(e.previous().orElseThrow()));
        }
        case SKIP -> {}
      }
    }
    return out;
  }

  static void assertDiffPredictsSync(Path src, Path tgt, SyncOptions options) throws IOException {
    DiffReport before = JellyPlex.diff(src, tgt, options);
    assertFalse(before.inSync());
    SyncReport sync = JellyPlex.sync(src, tgt, options.withDelete(true));
    assertTrue(sync.errors().isEmpty(), sync.errors().toString());
    assertEquals(differences(before), changes(sync));
    DiffReport after = JellyPlex.diff(src, tgt, options);
    assertTrue(after.inSync(), after.toString());
  }

  @Test
  void clashesStraysAndACopyWhereALinkShouldBe() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      Path tgt = Files.createDirectories(fs.getPath("/jellyfin"));
      write(src, HEAT + "/" + HEAT + " [1080p].mkv", "heat");
      write(src, HEAT + "/poster.jpg", "poster");
      write(src, ALIEN + "/" + ALIEN + ".mkv", "alien");
      // two videos that end up with one name: a video clash, not synced, not a difference
      write(src, "M (2001)/M (2001) [1080p] [deadbeef].mkv", "m 1");
      write(src, "M (2001)/M (2001) [1080p][deadbeef].mkv", "m 2");
      write(src, "M (2001)/M (2001) [DVD].mkv", "m dvd");
      JellyPlex.sync(src, tgt, P2J);
      // a copy where a link should be, strays at every level, a renamed leftover of a planned file
      Path video = tgt.resolve(HEAT_J).resolve(HEAT_J + " - BD.mkv");
      Files.copy(video, tgt.resolve("copy"), StandardCopyOption.COPY_ATTRIBUTES);
      Files.move(tgt.resolve("copy"), video, StandardCopyOption.REPLACE_EXISTING);
      write(tgt, "Gone (1950)/Gone (1950).mkv", "gone");
      write(tgt, "loose.txt", "loose");
      write(tgt, HEAT_J + "/extras/old.mkv", "old");
      Files.move(
          tgt.resolve(ALIEN).resolve(ALIEN + ".mkv"), tgt.resolve(ALIEN).resolve("renamed.mkv"));
      write(src, "Arrival (2016)/Arrival (2016).mkv", "arrival");

      assertEquals(1, JellyPlex.plan(src, tgt, P2J).movieClashes().size());
      SyncReport dry = JellyPlex.sync(src, tgt, P2J.withDelete(true).withDryRun(true));
      assertEquals(
          Set.of(Action.LINK, Action.REPLACE, Action.REMOVE, Action.RENAME, Action.SKIP),
          Set.copyOf(Lib.actions(dry)));

      assertDiffPredictsSync(src, tgt, P2J);
    }
  }

  @Test
  void aCaseInsensitiveTargetIsInSyncAfterASync() throws IOException {
    try (FileSystem ci =
        Jimfs.newFileSystem(
            Configuration.unix().toBuilder()
                .setNameCanonicalNormalization(PathNormalization.CASE_FOLD_ASCII)
                .setAttributeViews("basic", "owner", "posix", "unix")
                .build())) {
      Path s = ci.getPath("/plex");
      Path t = Files.createDirectories(ci.getPath("/jellyfin"));
      write(s, ALIEN + "/" + ALIEN + ".mkv", "alien");
      write(s, ALIEN + "/Trailers/Teaser.mkv", "teaser");
      write(s, HEAT + "/" + HEAT + " [1080p].mkv", "heat");
      // an older mirror that kept Plex's casing, and a stray
      write(t, ALIEN + "/" + ALIEN + ".mkv", "alien");
      write(t, ALIEN + "/Trailers/Teaser.mkv", "old teaser");
      write(t, ALIEN + "/notes.txt", "stray");
      SyncOptions copy = P2J.withMaterializer(Materializer.COPY);

      assertDiffPredictsSync(s, t, copy);
      assertTrue(Files.exists(t.resolve(ALIEN).resolve("Trailers")), "the folder is kept");
    }
  }

  @Test
  void onlyTheGivenMovieFoldersAreSynced() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      Path tgt = Files.createDirectories(fs.getPath("/jellyfin"));
      write(src, HEAT + "/" + HEAT + " [1080p].mkv", "heat");
      write(src, ALIEN + "/" + ALIEN + ".mkv", "alien");
      write(tgt, "Gone (1950)/Gone (1950).mkv", "gone");
      write(tgt, "Old (1960)/Old (1960).mkv", "old");

      SyncReport r = JellyPlex.sync(src, tgt, P2J.withDelete(true), List.of(ALIEN, "Gone (1950)"));

      assertEquals(List.of(ALIEN), r.plan().movies().stream().map(m -> m.sourceFolder()).toList());
      assertTrue(Files.exists(tgt.resolve(ALIEN).resolve(ALIEN + ".mkv")));
      assertFalse(Files.exists(tgt.resolve(HEAT_J)), "not named: not synced");
      assertFalse(Files.exists(tgt.resolve("Gone (1950)")), "named and gone: a stray");
      assertTrue(Files.exists(tgt.resolve("Old (1960)")), "not named: left alone");
      assertEquals(List.of("Gone (1950)"), r.strays());
    }
  }
}

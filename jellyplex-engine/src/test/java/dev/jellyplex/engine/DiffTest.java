package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-only comparison. */
class DiffTest {
  static final String HEAT = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_J = "Heat (1995) [imdbid-tt0113277]";

  FileSystem fs;
  Path src;
  Path tgt;

  @BeforeEach
  void setUp() throws IOException {
    fs = Lib.jimfs();
    src = fs.getPath("/media/plex");
    tgt = fs.getPath("/media/jellyfin");
    Files.createDirectories(tgt);
    write(src, HEAT + "/" + HEAT + " [1080p].mkv", "heat");
    write(src, HEAT + "/poster.jpg", "poster");
    write(src, "Alien (1979)/Alien (1979).mkv", "alien");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  @Test
  void emptyTargetLacksEveryMovie() throws IOException {
    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertFalse(d.inSync());
    assertEquals(
        List.of(List.of("Alien (1979)", "Alien (1979)"), List.of(HEAT, HEAT_J)),
        d.moviesOnlyInSource().stream()
            .map(m -> List.of(m.sourceFolder(), m.targetFolder()))
            .toList());
  }

  @Test
  void afterASyncEverythingIsInSyncAndDiffWritesNothing() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    Set<String> before = tree(tgt);
    DiffReport d = JellyPlex.diff(src, tgt, P2J);
    assertTrue(d.inSync(), d.toString());
    assertEquals(before, tree(tgt));
  }

  @Test
  void reportsEveryKindOfDifference() throws IOException {
    JellyPlex.sync(src, tgt, P2J);
    write(tgt, "Old (1950)/Old (1950).mkv", "old");
    write(tgt, HEAT_J + "/extra.nfo", "stray");
    Files.delete(tgt.resolve(HEAT_J).resolve("poster.jpg"));
    Path video = tgt.resolve(HEAT_J).resolve(HEAT_J + " - BD.mkv");
    Path copy = tgt.resolve("copy.tmp");
    Files.copy(video, copy, StandardCopyOption.COPY_ATTRIBUTES);
    Files.move(copy, video, StandardCopyOption.REPLACE_EXISTING);

    DiffReport d = JellyPlex.diff(src, tgt, P2J);

    assertEquals(List.of("Old (1950)"), d.moviesOnlyInTarget());
    assertEquals(1, d.differingMovies().size());
    MovieDifference m = d.differingMovies().get(0);
    assertEquals(HEAT_J, m.targetMovieName());
    assertEquals(List.of("poster.jpg"), m.onlyInSource());
    assertEquals(List.of("extra.nfo"), m.onlyInTarget());
    assertEquals(List.of(HEAT_J + " - BD.mkv"), m.notSameFile());

    // with copy semantics a copy of the same size and mtime is fine
    MovieDifference copySemantics =
        JellyPlex.diff(src, tgt, P2J.withMaterializer(Materializer.COPY)).differingMovies().get(0);
    assertEquals(List.of(), copySemantics.notSameFile());
  }

  @Test
  void missingTargetIsASetupError() {
    assertThrows(SetupException.class, () -> JellyPlex.diff(src, fs.getPath("/none"), P2J));
  }
}

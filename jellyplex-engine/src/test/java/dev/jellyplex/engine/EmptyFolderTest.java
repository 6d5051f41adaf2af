package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.model.IgnoredEntry;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A source folder with nothing to mirror is reported, not planned as a movie. */
class EmptyFolderTest {
  FileSystem fs;
  Path src;
  Path tgt;

  @BeforeEach
  void setUp() throws IOException {
    fs = Lib.jimfs();
    src = fs.getPath("/media/plex");
    tgt = fs.getPath("/media/jellyfin");
    write(src, "Alien (1979)/Alien (1979).mkv", "alien");
    Files.createDirectories(src.resolve("Empty (2000)"));
    write(src, "Hidden Only (2001)/.DS_Store", "x");
  }

  @AfterEach
  void tearDown() throws IOException {
    fs.close();
  }

  @Test
  void emptyFoldersAreIgnoredAndDiffCanBeInSync() throws IOException {
    Plan plan = JellyPlex.plan(src, tgt, P2J);
    assertEquals(1, plan.movies().size(), plan.movies().toString());
    assertTrue(
        plan.ignored().contains(IgnoredEntry.of("Empty (2000)", "folder holds no file to sync")),
        plan.ignored().toString());
    assertTrue(
        plan.ignored().stream().anyMatch(i -> i.relativePath().equals("Hidden Only (2001)")),
        plan.ignored().toString());
    SyncReport report = JellyPlex.sync(src, tgt, P2J.withCreate(true));
    assertEquals(1, report.moviesTotal());
    assertEquals(1, report.moviesProcessed());
    assertTrue(JellyPlex.diff(src, tgt, P2J).inSync());
  }
}

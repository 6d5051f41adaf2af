package dev.jellyplex.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine reads every demo library as meant: nothing clashes, nothing but hidden files is left.
 */
class DemoSyncTest {
  private final FileSystem fs = Trees.jimfs();

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"plex", "jellyfin"})
  void demoLibrariesSyncCleanlyToTheOtherFormat(String format) throws IOException {
    Path source = fs.getPath("/src");
    Path target = fs.getPath("/dst");
    DemoOptions options =
        DemoOptions.builder().format(FormatId.of(format)).movies(400).seed("sync").build();
    DemoSummary summary = DemoLibrary.generate(source, options);

    SyncReport report = JellyPlex.sync(source, target, SyncOptions.defaults().withCreate(true));

    Plan plan = report.plan();
    assertTrue(report.successful(), "no clash and no error");
    assertEquals(400, plan.movies().size());
    assertEquals(400, report.moviesProcessed());
    // hidden files (.DS_Store) are skipped without a word; nothing else is left out
    assertEquals(List.of(), plan.ignored());
    long hidden = Trees.listing(source).stream().filter(l -> l.contains("/.DS_Store ")).count();
    assertTrue(hidden > 0, "the demo library has hidden files");
    List<String> mirrored = Trees.listing(target);
    long targetFiles = mirrored.stream().filter(l -> !l.endsWith("/")).count();
    assertEquals(summary.files() - hidden, targetFiles);
    assertEquals(targetFiles, report.filesUpdated());
    assertEquals(summary.folders(), mirrored.stream().filter(l -> l.endsWith("/")).count());
  }
}

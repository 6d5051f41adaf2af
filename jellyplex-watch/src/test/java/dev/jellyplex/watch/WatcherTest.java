package dev.jellyplex.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.SyncOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario tests of {@link Watcher} on the real filesystem with short settle times; every wait is a
 * condition polled until a deadline.
 */
class WatcherTest {
  static final String HEAT = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_JF = "Heat (1995) [imdbid-tt0113277]";
  static final String UP = "Up (2009) {imdb-tt1049413}";
  static final String UP_JF = "Up (2009) [imdbid-tt1049413]";
  private static final Duration DEADLINE = Duration.ofSeconds(20);
  private static final Duration SETTLE = Duration.ofMillis(200);

  @TempDir Path dir;
  private Path source;
  private Path target;
  private final List<Batch> batches = new CopyOnWriteArrayList<>();
  private final List<String> said = new CopyOnWriteArrayList<>();
  private @Nullable Watcher watcher;

  private final WatchListener recorder =
      new WatchListener() {
        @Override
        public void watching(String how) {
          said.add(how);
        }

        @Override
        public void batch(Batch batch) {
          batches.add(batch);
        }

        @Override
        public void warning(String message) {
          said.add("warning: " + message);
        }
      };

  @BeforeEach
  void folders() {
    source = dir.resolve("plex");
    target = dir.resolve("jellyfin");
  }

  @AfterEach
  void stop() {
    Watcher w = watcher;
    if (w != null) {
      w.close();
    }
  }

  private Watcher watcher() {
    return Objects.requireNonNull(watcher);
  }

  private void library() throws IOException {
    ChangedFoldersTest.movie(source, HEAT, HEAT + ".mkv");
  }

  private WatchOptions.Builder options(boolean delete) {
    return WatchOptions.builder()
        .sync(SyncOptions.defaults().withCreate(true).withDelete(delete))
        .settle(SETTLE);
  }

  private void start(WatchOptions options) throws IOException {
    start(options, BatchApplier.engine(source, target, options.sync()));
  }

  private void start(WatchOptions options, BatchApplier applier) {
    watcher = new Watcher(source, target, options, recorder, applier, System::nanoTime);
    watcher().start();
    await("the initial sync", () -> !batches.isEmpty() && !said.isEmpty());
    assertEquals(Batch.Kind.INITIAL, batches.get(0).kind());
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        fail("waited " + DEADLINE + " for " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
      }
    }
  }

  private Batch lastBatch() {
    return batches.get(batches.size() - 1);
  }

  @Test
  void aNewMovieFolderAppearsInTheTarget() throws IOException {
    library();
    start(options(false).build());
    assertEquals("events", watcher().mode());
    assertTrue(
        Files.isSameFile(
            source.resolve(HEAT + "/" + HEAT + ".mkv"),
            target.resolve(HEAT_JF + "/" + HEAT_JF + ".mkv")));

    ChangedFoldersTest.movie(source, UP, UP + ".mkv");
    Path mirrored = target.resolve(UP_JF + "/" + UP_JF + ".mkv");
    await("the new movie in the target", () -> Files.exists(mirrored));
    assertTrue(Files.isSameFile(source.resolve(UP + "/" + UP + ".mkv"), mirrored));
    await("its batch", () -> batches.size() >= 2);
    Batch b = batches.get(1);
    assertEquals(Batch.Kind.CHANGES, b.kind());
    assertEquals(List.of(UP), b.folders());
    assertEquals(1, b.filesUpdated());
    assertEquals(Batch.Outcome.OK, b.outcome());
    assertEquals(target.resolve(UP_JF), b.changes().get(0).folder());
  }

  @Test
  void aFileStillGrowingIsNotLinkedUntilItStops() throws Exception {
    library();
    start(options(false).settle(Duration.ofMillis(300)).build());
    Path growing = source.resolve(UP + "/" + UP + ".mkv");
    Path mirrored = target.resolve(UP_JF + "/" + UP_JF + ".mkv");
    Files.createDirectories(growing.getParent());
    AtomicBoolean written = new AtomicBoolean();
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out =
                  Files.newOutputStream(growing, StandardOpenOption.CREATE_NEW)) {
                for (int i = 0; i < 12; i++) {
                  out.write(new byte[4096]);
                  out.flush();
                  Thread.sleep(100); // a download: a chunk every 100 ms, quieter than settle never
                }
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
              written.set(true);
            });
    writer.start();
    while (!written.get()) {
      assertFalse(Files.exists(mirrored) && !written.get(), "linked while still growing");
      Thread.sleep(10);
    }
    writer.join();
    await("the finished file in the target", () -> Files.exists(mirrored));
    assertEquals(12 * 4096, Files.size(mirrored));
  }

  @Test
  void aRenamedSourceFolderAppearsRenamedInTheTarget() throws IOException {
    library();
    ChangedFoldersTest.movie(source, "Alien (1979)", "Alien (1979).mkv");
    start(options(true).build());
    assertTrue(Files.exists(target.resolve("Alien (1979)/Alien (1979).mkv")));

    String renamed = "Alien (1979) {imdb-tt0078748}";
    Files.move(source.resolve("Alien (1979)"), source.resolve(renamed));
    Path mirrored =
        target.resolve("Alien (1979) [imdbid-tt0078748]/Alien (1979) [imdbid-tt0078748].mkv");
    await(
        "the renamed folder, and the old name gone",
        () -> Files.exists(mirrored) && !Files.exists(target.resolve("Alien (1979)")));
    assertTrue(Files.isSameFile(source.resolve(renamed + "/Alien (1979).mkv"), mirrored));
    await("the batch reported", () -> batches.size() >= 2);
    Batch b = batches.get(1);
    assertTrue(b.folders().containsAll(List.of("Alien (1979)", renamed)), b.folders().toString());
  }

  @Test
  void aRemovedFolderIsAStrayKeptWithoutDelete() throws IOException {
    library();
    ChangedFoldersTest.movie(source, UP, UP + ".mkv");
    start(options(false).build());
    ChangedFoldersTest.deleteTree(source.resolve(UP));
    await("the batch of the removal", () -> batches.size() >= 2);
    Batch b = lastBatch();
    assertEquals(List.of(UP), b.folders());
    assertEquals(List.of(UP_JF), b.report().orElseThrow().strays());
    assertTrue(Files.exists(target.resolve(UP_JF + "/" + UP_JF + ".mkv")), "kept without --delete");
    assertEquals(0, b.filesRemoved());
  }

  @Test
  void changesDuringABatchAreNotLost() throws IOException {
    library();
    WatchOptions o = options(false).build();
    BatchApplier real = BatchApplier.engine(source, target, o.sync());
    AtomicBoolean once = new AtomicBoolean();
    BatchApplier meddling =
        (folders, listener) -> {
          if (!folders.isEmpty() && once.compareAndSet(false, true)) {
            ChangedFoldersTest.movie(source, UP, UP + ".mkv"); // arrives while this batch runs
          }
          return real.apply(folders, listener);
        };
    start(o, meddling);
    ChangedFoldersTest.movie(source, "Alien (1979)", "Alien (1979).mkv");
    await(
        "both movies",
        () ->
            Files.exists(target.resolve("Alien (1979)/Alien (1979).mkv"))
                && Files.exists(target.resolve(UP_JF + "/" + UP_JF + ".mkv")));
    await(
        "a batch for the late folder",
        () -> batches.stream().anyMatch(b -> b.folders().contains(UP)));
  }

  @Test
  void aTopLevelCollectionFolderIsOneEntryWhoseMoviesAreMirroredInsideIt() throws IOException {
    ChangedFoldersTest.movie(source.resolve("Action"), HEAT, HEAT + ".mkv");
    start(options(true).build());
    assertTrue(Files.exists(target.resolve("Action/" + HEAT_JF + "/" + HEAT_JF + ".mkv")));

    ChangedFoldersTest.movie(source.resolve("Action/Crime"), UP, UP + ".mkv");
    ChangedFoldersTest.deleteTree(source.resolve("Action/" + HEAT));
    Path mirrored = target.resolve("Action/Crime/" + UP_JF + "/" + UP_JF + ".mkv");
    await(
        "the new movie in the collection, and the removed one gone",
        () -> Files.exists(mirrored) && !Files.exists(target.resolve("Action/" + HEAT_JF)));
    assertTrue(
        Files.isSameFile(source.resolve("Action/Crime/" + UP + "/" + UP + ".mkv"), mirrored));
    await("its batch", () -> lastBatch().kind() == Batch.Kind.CHANGES);
    assertTrue(
        batches.stream()
            .filter(b -> b.kind() == Batch.Kind.CHANGES)
            .allMatch(b -> b.folders().equals(List.of("Action"))),
        batches.toString());
    assertTrue(
        batches.stream().noneMatch(b -> b.outcome() != Batch.Outcome.OK), batches.toString());
  }

  @Test
  void pollingFindsTheSameChanges() throws IOException {
    library();
    ChangedFoldersTest.movie(source, "Alien (1979)", "Alien (1979).mkv");
    start(options(true).forcePolling(true).poll(Duration.ofMillis(100)).build());
    assertEquals("polling", watcher().mode());
    assertTrue(said.get(0).contains("polling every 100 ms"), said.toString());

    ChangedFoldersTest.movie(source, UP, UP + ".mkv");
    ChangedFoldersTest.deleteTree(source.resolve("Alien (1979)"));
    await(
        "the new movie, and the removed one gone",
        () ->
            Files.exists(target.resolve(UP_JF + "/" + UP_JF + ".mkv"))
                && !Files.exists(target.resolve("Alien (1979)")));
  }

  @Test
  void stopDuringABatchEndsItReleasesTheLockAndLeavesNoPartialFile() throws Exception {
    library();
    for (int i = 0; i < 30; i++) {
      ChangedFoldersTest.movie(source, "Movie " + i + " (2000)", "Movie " + i + " (2000).mkv");
    }
    WatchOptions o = options(false).sync(SyncOptions.defaults().withCreate(true)).build();
    BatchApplier real = BatchApplier.engine(source, target, o.sync());
    watcher =
        new Watcher(
            source,
            target,
            o,
            recorder,
            (folders, listener) -> {
              watcher().stop(); // SIGTERM arrives as the initial sync starts
              return real.apply(folders, listener);
            },
            System::nanoTime);
    watcher().run(); // returns: stopped
    assertEquals(1, batches.size());
    assertEquals(Batch.Outcome.STOPPED, batches.get(0).outcome());
    try (Stream<Path> all = Files.walk(target)) {
      assertEquals(
          List.of(), all.filter(p -> p.getFileName().toString().startsWith(".jellyplex")).toList());
    }
    assertTrue(JellyPlex.sync(source, target).successful(), "the lock was released");
  }

  @Test
  void theStatusFileTellsTheLastBatch() throws IOException {
    library();
    Path status = dir.resolve("status.json");
    start(options(false).statusFile(status).build());
    await("the status file", () -> Files.exists(status));
    String json = Files.readString(status);
    assertTrue(json.contains("\"outcome\" : \"ok\""), json);
    assertTrue(json.contains("\"kind\" : \"initial\""), json);
    assertTrue(json.contains("\"files_updated\" : 1"), json);
    try (Stream<Path> all = Files.list(dir)) {
      assertEquals(List.of(), all.filter(p -> p.toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void manyFoldersLeavingTheSourceAreRefusedNotMirrored() throws IOException {
    library();
    for (int i = 1; i <= 5; i++) {
      ChangedFoldersTest.movie(
          source, "Movie " + i + " (200" + i + ")", "Movie " + i + " (200" + i + ").mkv");
    }
    start(options(true).build());
    for (int i = 1; i <= 4; i++) {
      ChangedFoldersTest.deleteTree(source.resolve("Movie " + i + " (200" + i + ")"));
    }
    await(
        "the refused batch",
        () -> batches.stream().anyMatch(b -> b.outcome() == Batch.Outcome.REFUSED));
    Batch refused =
        batches.stream()
            .filter(b -> b.outcome() == Batch.Outcome.REFUSED)
            .findFirst()
            .orElseThrow();
    assertTrue(refused.message().contains("withMaxDeleteAll(true)"), refused.message());
    for (int i = 1; i <= 4; i++) {
      assertTrue(
          Files.exists(target.resolve("Movie " + i + " (200" + i + ")")),
          "kept: " + batches + " " + target.toFile().list().length);
    }
  }

  @Test
  void aSourceThatEmptiesIsRefusedWithDelete() throws IOException {
    library();
    start(options(true).build());
    ChangedFoldersTest.deleteTree(source.resolve(HEAT));
    await("the refused batch", () -> batches.size() >= 2);
    assertEquals(Batch.Outcome.REFUSED, batches.get(1).outcome());
    assertTrue(
        batches.get(1).message().contains("is the share mounted?"), batches.get(1).message());
    assertTrue(Files.exists(target.resolve(HEAT_JF + "/" + HEAT_JF + ".mkv")));
  }

  @Test
  void theTargetIsHeldFromTheInitialSyncUntilTheWatchStops() throws Exception {
    library();
    start(options(false).build());
    Path lock = target.resolve(".jellyplex.lock");
    await("the hold", () -> Files.exists(lock));
    assertEquals(
        "jellyplex watch, pid " + ProcessHandle.current().pid() + "\n", Files.readString(lock));
    // batches run under the hold
    ChangedFoldersTest.movie(source, UP, UP + ".mkv");
    await("the new movie", () -> Files.exists(target.resolve(UP_JF + "/" + UP_JF + ".mkv")));
    assertEquals(Batch.Outcome.OK, lastBatch().outcome(), lastBatch().message());
    assertTrue(Files.exists(lock), "still held between batches");
    watcher().stop();
    assertTrue(watcher().awaitStopped(DEADLINE));
    assertFalse(Files.exists(lock), "released when the watch ends");
    JellyPlex.hold(target, "test").close(); // free again
  }

  @Test
  void aDryRunWatchHoldsNothing() throws Exception {
    library();
    Files.createDirectories(target);
    start(
        WatchOptions.builder()
            .sync(SyncOptions.defaults().withDryRun(true))
            .settle(SETTLE)
            .build());
    assertFalse(Files.exists(target.resolve(".jellyplex.lock")));
    JellyPlex.hold(target, "test").close(); // not held
  }
}

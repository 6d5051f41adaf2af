package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.watch.Batch;
import dev.jellyplex.watch.WatchListener;
import dev.jellyplex.watch.WatchOptions;
import dev.jellyplex.watch.Watcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch}: its usage errors, its per-batch line and JSON object. */
class WatchCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingSourceIsASetupErrorBeforeWatching() {
    Cli run =
        Cli.run("watch", "--create", dir.resolve("nope").toString(), dir.resolve("t").toString());
    assertEquals(2, run.exit, run.toString());
    assertTrue(run.err.contains("nope"), run.err);
  }

  @Test
  void aBadDurationIsAUsageError() {
    Cli run = Cli.run("watch", "--settle", "soon", "a", "b");
    assertEquals(2, run.exit, run.toString());
    assertTrue(run.err.contains("'soon' is not a duration"), run.err);
    assertEquals(Duration.ofMillis(200), new DurationConverter().convert("200ms"));
    assertEquals(Duration.ofMinutes(5), new DurationConverter().convert("5m"));
    assertEquals(Duration.ofSeconds(30), new DurationConverter().convert("30"));
    assertEquals(Duration.ofHours(24), new DurationConverter().convert("24h"));
  }

  @Test
  void theBatchLineAgreesInNumber() throws Exception {
    Path source = dir.resolve("Plex");
    Library.write(source, Library.HEAT + "/" + Library.HEAT + ".mkv", "heat");
    Batch first = firstBatch(source, dir.resolve("Jellyfin"));
    assertTrue(
        WatchCommand.line(first)
            .startsWith(
                "watch: batch 1 (initial) ok: 1 file updated, 0 removed, 0 strays kept, 0 errors"),
        WatchCommand.line(first));
  }

  @Test
  void eachBatchIsOneLineOfJsonThatFollowsTheSchemaAndOneHumanLine() throws Exception {
    Path source = Library.plex(dir.resolve("Plex"));
    Path target = dir.resolve("Jellyfin");
    Batch first = firstBatch(source, target);
    StringWriter text = new StringWriter();
    Json.writeLine(JsonDocuments.watchBatch(first), new PrintWriter(text));
    String line = text.toString();
    assertEquals(1, line.split("\n", -1).length - 1, "one line: " + line);
    JsonNode doc = SchemaValidator.published().assertValid(line);
    assertEquals("initial", doc.get("kind").asText());
    assertEquals("ok", doc.get("outcome").asText());
    assertEquals(5, doc.at("/summary/files_updated").asInt());
    assertEquals(5, doc.get("events").size(), "skips are left out");

    String human = WatchCommand.line(first);
    assertTrue(
        human.startsWith(
            "watch: batch 1 (initial) ok: 5 files updated, 0 removed, 0 strays kept, 0 errors in "),
        human);
    assertTrue(Files.exists(target.resolve(Library.HEAT_JF)));
  }

  /** The first batch (the initial sync) of a watch of {@code source} into {@code target}. */
  private static Batch firstBatch(Path source, Path target) throws Exception {
    BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(10);
    Watcher w =
        Watcher.create(
            source,
            target,
            WatchOptions.builder().sync(SyncOptions.defaults().withCreate(true)).build(),
            new WatchListener() {
              @Override
              public void batch(Batch batch) {
                batches.add(batch);
              }
            });
    w.start();
    try {
      return batches.poll(20, TimeUnit.SECONDS);
    } finally {
      w.close();
    }
  }
}

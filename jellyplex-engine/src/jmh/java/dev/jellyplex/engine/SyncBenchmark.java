package dev.jellyplex.engine;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's CPU cost on an in-memory library (no disk latency): planning, and re-syncing a
 * target that is already right (every file a skip), which is what a nightly cron run does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SyncBenchmark {
  @Param({"1000"})
  public int movies;

  private FileSystem fs;
  private Path source;
  private Path target;
  private SyncOptions options;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    fs =
        Jimfs.newFileSystem(
            Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix")
                .build());
    source = Files.createDirectories(fs.getPath("/plex"));
    target = Files.createDirectories(fs.getPath("/jellyfin"));
    for (int i = 0; i < movies; i++) {
      String folder = "Movie " + i + " (" + (1950 + i % 70) + ") {imdb-tt" + (1_000_000 + i) + "}";
      Path dir = Files.createDirectories(source.resolve(folder));
      Files.writeString(dir.resolve(folder + " [1080p].mkv"), "video");
      Files.writeString(dir.resolve(folder + " [1080p].en.srt"), "subtitles");
      Files.writeString(dir.resolve("poster.jpg"), "poster");
      Files.writeString(
          Files.createDirectories(dir.resolve("Trailers")).resolve("Trailer.mkv"), "trailer");
    }
    options =
        SyncOptions.builder().sourceFormat(FormatId.PLEX).targetFormat(FormatId.JELLYFIN).build();
    JellyPlex.sync(source, target, options);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    fs.close();
  }

  @Benchmark
  public Plan plan() throws IOException {
    return JellyPlex.plan(source, target, options);
  }

  @Benchmark
  public SyncReport resyncAllSkips() throws IOException {
    return JellyPlex.sync(source, target, options);
  }

  @Benchmark
  public DiffReport diff() throws IOException {
    return JellyPlex.diff(source, target, options);
  }
}

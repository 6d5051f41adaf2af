package dev.jellyplex.examples;

import dev.jellyplex.demo.DemoLibrary;
import dev.jellyplex.demo.DemoOptions;
import dev.jellyplex.demo.DemoSummary;
import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.DiffReport;
import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.FileError;
import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.engine.PlannedMovie;
import dev.jellyplex.engine.SyncListener;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.formats.FileRole;
import dev.jellyplex.model.TranslationLoss;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Embeds jellyplex in a Java program: generates a Plex demo library, plans its Jellyfin mirror,
 * looks into the plan, syncs it with a progress listener, syncs again (nothing to do) and checks
 * the mirror with a diff.
 *
 * <p>Run it from the repository root after {@code ./mvnw -q -DskipTests package}: {@code java -cp
 * jellyplex-cli/target/jellyplex.jar:examples/target/classes dev.jellyplex.examples.EmbedExample},
 * or from an IDE.
 */
public final class EmbedExample {
  private EmbedExample() {}

  /** Runs the example in a temporary folder, which it removes afterwards. */
  public static void main(String[] args) throws IOException {
    Path work = Files.createTempDirectory("jellyplex-embed");
    try {
      run(work, System.out);
    } finally {
      try (Stream<Path> walk = Files.walk(work)) {
        for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }

  /** Runs the example below {@code work}, printing what happens to {@code out}. */
  static void run(Path work, PrintStream out) throws IOException {
    Path plex = work.resolve("Movies (Plex)");
    Path jellyfin = work.resolve("Movies (Jellyfin)");

    // 1. A library to play with: 20 movies in Plex naming, always the same for one seed.
    DemoSummary demo = DemoLibrary.generate(plex, DemoOptions.plex(20).withSeed("example"));
    out.printf(
        "Generated %d movies: %d files in %d folders%n",
        demo.movies(), demo.files(), demo.folders());

    // 2. Plan the mirror. Planning reads the source and touches nothing.
    SyncOptions options = SyncOptions.defaults().withCreate(true);
    Plan plan = JellyPlex.plan(plex, jellyfin, options);
    out.printf(
        "Plan: %s -> %s, %d movies, %d translation losses, %d ignored, %d clashes%n",
        plan.sourceFormat().name(),
        plan.targetFormat().name(),
        plan.movies().size(),
        plan.losses().size(),
        plan.ignored().size(),
        plan.folderClashes().size() + plan.movieClashes().size());

    // 3. Look into it: the movie with the most videos, and what its videos become.
    PlannedMovie richest =
        plan.movies().stream()
            .max(Comparator.comparingLong(EmbedExample::videos))
            .orElseThrow(() -> new IllegalStateException("the demo library has movies"));
    out.printf("Most versions: %s (%d videos)%n", richest.sourceFolder(), videos(richest));
    out.printf("  becomes %s%n", richest.targetFolder());
    for (FileMapping file : richest.files()) {
      if (file.role() == FileRole.VIDEO) {
        out.printf("  %s%n    -> %s%n", file.source(), file.target());
      }
    }
    for (TranslationLoss loss : plan.losses()) {
      out.printf("Lost in translation: %s %s (%s)%n", loss.kind(), loss.value(), loss.reason());
    }

    // 4. Realize the plan, hearing about progress.
    CountingListener listener = new CountingListener();
    SyncReport report = JellyPlex.realize(plan, options, listener);
    out.printf(
        "Synced %d of %d movies: %d files linked; the listener heard %d movies and %d links"
            + " of %d planned files%n",
        report.moviesProcessed(),
        report.moviesTotal(),
        report.filesUpdated(),
        listener.movies,
        listener.count(Action.LINK),
        listener.plannedFiles);

    // 5. Again: everything is in place, so every file is a skip.
    CountingListener again = new CountingListener();
    JellyPlex.sync(plex, jellyfin, options, again);
    out.printf(
        "Second sync: %d skipped, %d linked%n", again.count(Action.SKIP), again.count(Action.LINK));

    // 6. A read-only check that the mirror is complete.
    DiffReport diff = JellyPlex.diff(plex, jellyfin);
    out.printf("In sync: %s%n", diff.inSync());
  }

  private static long videos(PlannedMovie movie) {
    return movie.files().stream().filter(f -> f.role() == FileRole.VIDEO).count();
  }

  /** A progress listener that counts; a real one might draw a progress bar. */
  static final class CountingListener implements SyncListener {
    private final Map<Action, Integer> events = new EnumMap<>(Action.class);
    long plannedFiles;
    int movies;
    int errors;

    @Override
    public void started(long files, long bytes) {
      plannedFiles = files;
    }

    @Override
    public void movieStarted(String targetFolder) {
      movies++;
    }

    @Override
    public void event(Event event, long bytes) {
      events.merge(event.action(), 1, Integer::sum);
    }

    @Override
    public void error(FileError error) {
      errors++;
    }

    int count(Action action) {
      return events.getOrDefault(action, 0);
    }
  }
}

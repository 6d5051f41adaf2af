package dev.jellyplex.cli;

import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.FileError;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.notify.Notification;
import dev.jellyplex.notify.NotifyOptions;
import dev.jellyplex.watch.Batch;
import dev.jellyplex.watch.WatchListener;
import dev.jellyplex.watch.WatchOptions;
import dev.jellyplex.watch.Watcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code watch SOURCE TARGET}: a sync, then keeps the mirror current as the source changes. */
@Command(
    name = "watch",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Sync, then keep the mirror current as the source changes: each movie folder is synced once"
          + " it has been quiet for --settle, and the media servers are told. Runs until SIGTERM"
          + " or SIGINT, which end it after the file operation in progress.",
      "",
      "Holds the target's lock from the end of the first sync until it stops: a sync of the"
          + " same target from another process is refused meanwhile.",
      "",
      "Exit codes: 0 stopped by a signal, 2 setup or usage error (the first sync could not"
          + " start, or another run holds the target)."
    })
final class WatchCommand extends EngineCommand {
  @Parameters(index = "0", paramLabel = "SOURCE", description = "The source library to watch.")
  String source = "";

  @Parameters(index = "1", paramLabel = "TARGET", description = "The mirror to keep current.")
  String target = "";

  @Option(names = "--create", description = "Create the target folder if it does not exist.")
  boolean create;

  @Option(
      names = "--delete",
      description =
          "Remove strays from the target (a removed or renamed source folder's old mirror), under"
              + " the deletion bound of each batch.")
  boolean delete;

  @Option(
      names = "--max-delete",
      paramLabel = "N|P%|all",
      description =
          "Refuse a batch (nothing changed) that would remove more than N files or P%% of the"
              + " target's files; 'all' lifts the default bound (more than half of the movie"
              + " folders, counted over a window of batches).")
  @Nullable String maxDelete;

  @Option(names = "--dry-run", description = "Show what each batch would do; change nothing.")
  boolean dryRun;

  @Option(
      names = "--settle",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description =
          "Apply a movie folder's changes once nothing in it changed for TIME (default 30s): a"
              + " file still being written is never linked early.")
  Duration settle = Duration.ofSeconds(30);

  @Option(
      names = "--poll",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description =
          "Where changes are not reported (NFS, SMB, FUSE, or too many folders), list the source"
              + " every TIME (default 5m).")
  Duration poll = Duration.ofMinutes(5);

  @Option(
      names = "--polling",
      description = "Poll even where the operating system reports changes.")
  boolean polling;

  @Option(
      names = "--full-every",
      paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Reconcile the whole library every TIME (default 24h).")
  Duration fullEvery = Duration.ofHours(24);

  @Option(
      names = "--status-file",
      paramLabel = "FILE",
      description =
          "Rewrite FILE (JSON, atomically) after every batch: its time, outcome and counts; for"
              + " health checks.")
  @Nullable String statusFile;

  @Mixin ExcludeOptions excludes = new ExcludeOptions();

  @Mixin KeepOptions keeps = new KeepOptions();

  @Mixin FormatOptions formats = new FormatOptions();

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nMaterializer (pick one):%n")
  @Nullable MaterializerOptions materializer;

  @Mixin NotifyFlags notify = new NotifyFlags();

  WatchCommand(Output io) {
    super(io);
  }

  @Override
  Map<String, String> optionHelp() {
    return Map.of(
        "json",
        "Print one JSON object per batch on stdout, each on one line; stderr then keeps only"
            + " warnings and errors unless --verbose or --debug is given.",
        "verbose",
        "List each changed file of every batch, every translation loss and ignored entry.");
  }

  @Override
  String operation() {
    return "watch";
  }

  @Override
  int failureCode() {
    return Exit.SETUP;
  }

  @Override
  int execute() throws IOException {
    Path s = path(source, "SOURCE");
    Path t = path(target, "TARGET");
    if (poll.isZero() || fullEvery.isZero()) {
      throw new UsageException("--poll and --full-every must be more than 0");
    }
    SyncOptions.Builder sync =
        SyncCommand.options(
            formats, materializer, delete, dryRun, create, maxDelete, excludes, keeps);
    NotifyOptions servers = notify.options(dryRun, System::getenv);
    WatchOptions.Builder options =
        WatchOptions.builder()
            .sync(sync.build())
            .settle(settle)
            .poll(poll)
            .fullEvery(fullEvery)
            .forcePolling(polling)
            .servers(servers);
    if (statusFile != null) {
      options.statusFile(path(statusFile, "--status-file"));
    }
    WatchOptions built = options.build();
    io.debug("watch " + s + " -> " + t + " with " + built);
    Watcher watcher = Watcher.create(s, t, built, new Lines());
    CountDownLatch done = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              // SIGTERM or SIGINT: end after the file operation in progress, then exit 0 (not the
              // JVM's 143/130: being stopped is how a watch ends).
              watcher.stop();
              try {
                done.await(2, TimeUnit.MINUTES);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              io.out().flush();
              io.err().flush();
              Runtime.getRuntime().halt(Exit.OK);
            },
            "jellyplex-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      watcher.run();
      io.info("watch: stopped");
    } finally {
      io.out().flush();
      io.err().flush();
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running and ends the process
      }
    }
    return Exit.OK;
  }

  /** One line per batch: human on stderr, or one JSON object per line on stdout. */
  private final class Lines implements WatchListener {
    @Override
    public void watching(String how) {
      io.info("watch: " + how);
    }

    @Override
    public void warning(String message) {
      io.warn(Notifications.visible(message));
    }

    @Override
    public void batch(Batch b) {
      if (output.json) {
        Json.writeLine(JsonDocuments.watchBatch(b), io.out());
      }
      SyncReport r = b.report().orElse(null);
      if (r != null && output.detailed()) {
        for (Event e : r.events()) {
          if (e.action() != dev.jellyplex.engine.Action.SKIP) {
            io.info(Notifications.visible("  " + e.action().jsonName() + " " + e.target()));
          }
        }
      }
      if (r != null) {
        for (FileError e : r.errors()) {
          io.warn(Notifications.visible(e.path() + ": " + e.reason()));
        }
      }
      String line = Notifications.visible(line(b));
      switch (b.outcome()) {
        case OK, STOPPED -> io.info(line);
        default -> io.warn(line);
      }
      for (Notification n : b.notifications()) {
        if (n.status() == Notification.Status.FAILED) {
          io.warn(
              Notifications.visible(
                  "could not notify " + n.server() + " at " + n.url() + ": " + n.detail()));
        }
      }
    }
  }

  static String line(Batch b) {
    StringBuilder l = new StringBuilder();
    l.append("watch: batch ").append(b.number()).append(" (").append(b.kind().jsonName());
    if (!b.folders().isEmpty()) {
      l.append(", ")
          .append(b.folders().size())
          .append(b.folders().size() == 1 ? " folder: " : " folders: ");
      l.append(String.join(", ", b.folders().subList(0, Math.min(3, b.folders().size()))));
      if (b.folders().size() > 3) {
        l.append(", ...");
      }
    }
    l.append(") ").append(b.outcome().jsonName());
    if (!b.message().isEmpty()) {
      l.append(": ").append(Flags.of(b.message()));
    } else {
      l.append(": ")
          .append(Counts.plural(b.filesUpdated(), "file", "files"))
          .append(" updated, ")
          .append(b.filesRemoved())
          .append(" removed, ")
          .append(Counts.plural(b.strays(), "stray", "strays"))
          .append(" kept, ")
          .append(Counts.plural(b.errors(), "error", "errors"));
    }
    l.append(" in ").append(b.duration().toMillis()).append(" ms");
    long told = b.notifications().stream().filter(Notification::ok).count();
    if (told > 0) {
      l.append("; told ").append(told).append(told == 1 ? " server" : " servers");
    }
    return l.toString();
  }
}

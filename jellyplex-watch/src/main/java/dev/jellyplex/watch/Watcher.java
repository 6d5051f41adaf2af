package dev.jellyplex.watch;

import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.FileError;
import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.RefusedException;
import dev.jellyplex.engine.SetupException;
import dev.jellyplex.engine.SyncListener;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.notify.FolderChange;
import dev.jellyplex.notify.Notification;
import dev.jellyplex.notify.Notifier;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the mirror of a source library current: a full sync first, then the changes of the source
 * as they happen, applied per source folder once the folder has been quiet for the settle time (a
 * file still being written is never linked or copied early), and a full reconcile now and then.
 * Changes come from the operating system's events; on network and user-space filesystems (which do
 * not report changes made by other machines) and when the watch limit is reached, the source is
 * polled instead. Every batch goes to the {@link WatchListener}, to the status file and, when
 * something changed, to the media servers.
 *
 * <pre>{@code
 * Watcher watcher = Watcher.create(source, target, WatchOptions.defaults(), batch ->
 *     System.err.println(batch));
 * watcher.start();     // or run() on a thread of your own
 * ...
 * watcher.close();     // finishes the file operation in progress, then stops
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Watcher implements AutoCloseable {
  /** Filesystem types that do not report changes made by other machines. */
  private static final Set<String> REMOTE =
      Set.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "9p", "afs", "ceph", "glusterfs");

  private final Path source;
  private final Path target;
  private final WatchOptions options;
  private final WatchListener listener;
  private final BatchApplier applier;
  private final Notifier notifier;
  private final LongSupplier clock;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final RemovalBound bound;
  private volatile boolean stopping;
  private volatile @Nullable ChangeSource changes;
  private volatile @Nullable Thread thread;
  private volatile String mode = "starting";
  private long batches;
  private final Instant since = Instant.now();

  Watcher(
      Path source,
      Path target,
      WatchOptions options,
      WatchListener listener,
      BatchApplier applier,
      LongSupplier clock) {
    this.source = source;
    this.target = target;
    this.options = options;
    this.listener = listener;
    this.applier = applier;
    this.notifier = Notifier.create(options.servers().withDryRun(options.sync().dryRun()));
    this.clock = clock;
    this.bound =
        new RemovalBound(
            source, Math.max(options.settle().toNanos(), options.poll().toNanos()) * 2);
  }

  /** A watcher of {@code source} that mirrors it into {@code target}; call {@link #run()}. */
  public static Watcher create(
      Path source, Path target, WatchOptions options, WatchListener listener) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    return new Watcher(
        source,
        target,
        options,
        listener,
        BatchApplier.engine(source, target, options.sync()),
        System::nanoTime);
  }

  /**
   * Runs on the calling thread until {@link #stop()}: the initial full sync, then batches as the
   * source changes, holding the target's lock ({@link JellyPlex#hold}) from the end of the initial
   * sync until it returns, so other processes' runs on the target are refused meanwhile. Returns
   * normally when stopped.
   *
   * @throws SetupException when the initial sync cannot start (e.g. a missing folder), or when
   *     another run holds the target's lock after it: nothing is watched then
   * @throws IOException when the source cannot be watched nor polled
   */
  public void run() throws IOException {
    try {
      // Watch first, then sync: a change made while the initial sync runs is queued, not lost.
      ChangeSource c;
      try {
        c = open();
      } catch (IOException e) {
        batch(Batch.Kind.INITIAL, Set.of()); // says what is wrong with the source, if it can
        throw e;
      }
      changes = c;
      try {
        if (stopping) {
          return;
        }
        batch(Batch.Kind.INITIAL, Set.of());
        // Then hold the target for the whole watch: a sync from cron is refused while it runs,
        // and the batches run under the hold.
        Closeable hold = hold();
        try {
          loop();
        } finally {
          if (hold != null) {
            hold.close();
          }
        }
      } finally {
        c.close();
      }
    } finally {
      finished.countDown();
    }
  }

  /** The target's lock, held until the watch ends; none on a dry run (which writes nothing). */
  private @Nullable Closeable hold() throws IOException {
    if (options.sync().dryRun()) {
      return null;
    }
    return JellyPlex.hold(target, "watch");
  }

  /** Runs {@link #run()} on a new daemon thread; failures go to the listener as warnings. */
  public void start() {
    Thread t =
        new Thread(
            () -> {
              try {
                run();
              } catch (IOException | RuntimeException e) {
                listener.warning("watch stopped: " + e.getMessage());
              }
            },
            "jellyplex-watch");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /**
   * Asks the watcher to stop: a batch in progress ends after the file operation in progress (the
   * target's lock is released), then {@link #run()} returns. Returns at once; see {@link
   * #awaitStopped}.
   */
  public void stop() {
    stopping = true;
    ChangeSource c = changes;
    if (c != null) {
      try {
        c.close(); // wakes the waiting watcher
      } catch (IOException e) {
        listener.warning("closing the watch: " + e.getMessage());
      }
    }
  }

  /** Waits until {@link #run()} has returned; false when {@code timeout} passed first. */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Stops and waits (up to a minute) for the watcher to end. */
  @Override
  public void close() {
    stop();
    Thread t = thread;
    if (t != null) {
      try {
        t.join(Duration.ofMinutes(1).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** {@code events} or {@code polling}, once watching. */
  public String mode() {
    return mode;
  }

  private ChangeSource open() throws IOException {
    if (options.forcePolling()) {
      return polling("polling every " + human(options.poll()) + " (asked for)");
    }
    String type = fileStoreType(source);
    if (REMOTE.contains(type) || type.startsWith("fuse")) {
      return polling(
          "the source is on a "
              + type
              + " filesystem, which does not report changes made by other machines: polling every "
              + human(options.poll()));
    }
    try {
      EventSource events = new EventSource(source, clock);
      mode = "events";
      listener.watching("watching " + events.watched() + " folders for changes");
      return events;
    } catch (EventSource.LimitReached e) {
      return polling(
          "the source has more folders than the limit of watched folders"
              + " (fs.inotify.max_user_watches): polling every "
              + human(options.poll())
              + "; raise the limit to get changes within seconds");
    } catch (UnsupportedOperationException e) {
      return polling("this filesystem cannot be watched: polling every " + human(options.poll()));
    }
  }

  private ChangeSource polling(String why) throws IOException {
    mode = "polling";
    listener.watching(why);
    return new PollSource(source, options.poll().toNanos(), clock);
  }

  private static String fileStoreType(Path p) {
    try {
      FileStore store = Files.getFileStore(p);
      return store.type().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return "";
    }
  }

  private void loop() throws IOException {
    Pending pending = new Pending(options.settle().toNanos());
    long fullEvery = options.fullEvery().toNanos();
    long nextFull = clock.getAsLong() + fullEvery;
    while (!stopping) {
      ChangeSource c = Objects.requireNonNull(changes);
      long now = clock.getAsLong();
      if (c.lostChanges()) {
        nextFull = now; // the event queue overflowed: only a full run is sure to see everything
      }
      if (now - nextFull >= 0) {
        batch(Batch.Kind.FULL, Set.of());
        pending.clear();
        nextFull = clock.getAsLong() + fullEvery;
        continue;
      }
      Set<String> ready = pending.ready(now, name -> Signatures.of(source.resolve(name)));
      if (!ready.isEmpty()) {
        Set<String> window = pending.names(); // the ready ones and those still settling
        pending.remove(ready);
        batch(Batch.Kind.CHANGES, ready, window);
        continue;
      }
      long wait = pending.untilNextCheck(now, nextFull - now);
      try {
        c.await(Math.max(1_000_000L, wait), pending);
      } catch (EventSource.LimitReached e) {
        c.close();
        changes =
            polling(
                "the limit of watched folders (fs.inotify.max_user_watches) is reached: polling"
                    + " every "
                    + human(options.poll()));
        pending.clear();
        nextFull = clock.getAsLong(); // catch up on what the events may have missed
      }
    }
  }

  private Batch batch(Batch.Kind kind, Set<String> folders) throws IOException {
    return batch(kind, folders, folders);
  }

  /**
   * Runs one batch for {@code folders} and reports it; {@code window} (a superset: what is still
   * settling too) counts towards the deletion bound. A problem of the batch never ends the watch.
   */
  private Batch batch(Batch.Kind kind, Set<String> folders, Set<String> window) throws IOException {
    Instant started = Instant.now();
    SyncReport report = null;
    Batch.Outcome outcome;
    String message = "";
    List<FolderChange> changed = List.of();
    List<Notification> notified = List.of();
    try {
      boolean bounded =
          kind == Batch.Kind.CHANGES
              && options.sync().delete()
              && !options.sync().dryRun()
              && options.sync().maxDelete().isEmpty()
              && options.sync().maxDeletePercent().isEmpty()
              && !options.sync().maxDeleteAll();
      int gone = bounded ? bound.gone(folders) : 0;
      String refusal = bound.refusal(gone, bounded ? bound.gone(window) : 0, clock.getAsLong());
      if (refusal != null) {
        throw new RefusedException(refusal);
      }
      report = applier.apply(folders, new StopListener());
      if (kind == Batch.Kind.CHANGES) {
        bound.applied(gone, clock.getAsLong());
      } else {
        bound.wholeSync(report.plan().movies().size());
      }
      outcome = report.successful() ? Batch.Outcome.OK : Batch.Outcome.PROBLEMS;
      changed = ChangedFolders.of(report);
      notified = notifier.notify(target, changed);
    } catch (StopRequested e) {
      outcome = Batch.Outcome.STOPPED;
      message = "stopped during the batch";
    } catch (RefusedException e) {
      outcome = Batch.Outcome.REFUSED;
      message = String.valueOf(e.getMessage());
    } catch (SetupException e) {
      if (kind == Batch.Kind.INITIAL) {
        throw e;
      }
      outcome = Batch.Outcome.FAILED;
      message = String.valueOf(e.getMessage());
    } catch (IOException e) {
      if (kind == Batch.Kind.INITIAL) {
        throw e;
      }
      outcome = Batch.Outcome.FAILED;
      message = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    batches++;
    Batch b =
        new Batch(
            batches,
            kind,
            started,
            Instant.now(),
            List.copyOf(folders),
            outcome,
            message,
            report,
            changed,
            notified);
    options
        .statusFile()
        .ifPresent(
            f -> {
              try {
                StatusFile.write(f, b, mode, batches, since);
              } catch (IOException e) {
                listener.warning("cannot write the status file " + f + ": " + e.getMessage());
              }
            });
    listener.batch(b);
    return b;
  }

  /** Ends a sync after the file operation in progress once a stop is asked for. */
  private final class StopListener implements SyncListener {
    @Override
    public void movieStarted(String targetFolder) {
      check();
    }

    @Override
    public void event(Event event, long bytes) {
      check();
    }

    @Override
    public void error(FileError error) {
      check();
    }

    private void check() {
      if (stopping) {
        throw new StopRequested();
      }
    }
  }

  /** Thrown through the engine to end a batch early; caught by the watcher. */
  private static final class StopRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopRequested() {
      super("stop requested", null, false, false);
    }
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    if (d.toMillis() < 1000 || d.toMillis() % 1000 != 0) {
      return d.toMillis() + " ms";
    }
    if (s % 3600 == 0) {
      return s / 3600 + " h";
    }
    if (s % 60 == 0) {
      return s / 60 + " min";
    }
    return s + " s";
  }
}

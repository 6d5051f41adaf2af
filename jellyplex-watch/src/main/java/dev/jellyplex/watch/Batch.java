package dev.jellyplex.watch;

import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.notify.FolderChange;
import dev.jellyplex.notify.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One batch of a watch: which source folders it was for, what the sync did, and which servers were
 * told.
 *
 * @since 0.1.0
 */
public final class Batch {
  /** Why a batch ran. */
  public enum Kind {
    /** The full sync a watch starts with. */
    INITIAL,
    /** Source folders that changed and settled. */
    CHANGES,
    /** The periodic full reconcile (or one after the event queue overflowed). */
    FULL;

    /** The name used in JSON, e.g. {@code changes}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How a batch ended. */
  public enum Outcome {
    /** Everything was applied. */
    OK,
    /** Applied, with problems the report lists (clashes, file errors). */
    PROBLEMS,
    /** A safety guard refused the batch (e.g. the deletion bound); nothing was changed. */
    REFUSED,
    /** The batch could not run (e.g. the source is not readable). */
    FAILED,
    /** A stop was asked for during the batch; it ended after the file operation in progress. */
    STOPPED;

    /** The name used in JSON, e.g. {@code ok}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final long number;
  private final Kind kind;
  private final Instant started;
  private final Instant finished;
  private final List<String> folders;
  private final Outcome outcome;
  private final String message;
  private final @Nullable SyncReport report;
  private final List<FolderChange> changes;
  private final List<Notification> notifications;

  Batch(
      long number,
      Kind kind,
      Instant started,
      Instant finished,
      List<String> folders,
      Outcome outcome,
      String message,
      @Nullable SyncReport report,
      List<FolderChange> changes,
      List<Notification> notifications) {
    this.number = number;
    this.kind = kind;
    this.started = started;
    this.finished = finished;
    this.folders = List.copyOf(folders);
    this.outcome = outcome;
    this.message = message;
    this.report = report;
    this.changes = List.copyOf(changes);
    this.notifications = List.copyOf(notifications);
  }

  /** 1 for the initial sync, then counting up. */
  public long number() {
    return number;
  }

  /** Why it ran. */
  public Kind kind() {
    return kind;
  }

  /** When it started. */
  public Instant started() {
    return started;
  }

  /** When it ended. */
  public Instant finished() {
    return finished;
  }

  /** How long it took. */
  public Duration duration() {
    return Duration.between(started, finished);
  }

  /**
   * The source entries (names at the top of the source: movie or collection folders) whose changes
   * it applied; empty for initial and full batches.
   */
  public List<String> folders() {
    return folders;
  }

  /** How it ended. */
  public Outcome outcome() {
    return outcome;
  }

  /** Why it was refused or failed (empty otherwise). */
  public String message() {
    return message;
  }

  /** The sync's report, when the sync ran to the end. */
  public Optional<SyncReport> report() {
    return Optional.ofNullable(report);
  }

  /** The changed target movie folders (what the servers were told). */
  public List<FolderChange> changes() {
    return changes;
  }

  /** One result per media server told. */
  public List<Notification> notifications() {
    return notifications;
  }

  /** Files linked, copied, replaced or renamed. */
  public long filesUpdated() {
    return report == null ? 0 : report.filesUpdated();
  }

  /** Strays removed. */
  public long filesRemoved() {
    return report == null ? 0 : report.filesRemoved();
  }

  /** Strays found and kept (without {@code --delete}). */
  public int strays() {
    return report == null ? 0 : report.strays().size();
  }

  /** Per-file and per-movie errors. */
  public int errors() {
    return report == null ? 0 : report.errors().size() + report.plan().errors().size();
  }

  /** Whether the report has any event other than a skip. */
  boolean changedAnything() {
    return report != null && report.events().stream().anyMatch(e -> e.action() != Action.SKIP);
  }

  @Override
  public String toString() {
    return "Batch{"
        + number
        + " "
        + kind.jsonName()
        + " "
        + outcome.jsonName()
        + " folders="
        + folders
        + " updated="
        + filesUpdated()
        + " removed="
        + filesRemoved()
        + "}";
  }
}

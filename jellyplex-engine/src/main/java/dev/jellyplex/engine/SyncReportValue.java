package dev.jellyplex.engine;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The engine's {@link SyncReport}: equal, hashed and printed by its attribute values. Written by
 * hand rather than generated so that its event list is kept as given: a sync hands it a view that
 * makes each event when asked for (one per file of a large library), which a generated value would
 * copy, event by event, into a list of its own.
 */
final class SyncReportValue implements SyncReport {
  private final Plan plan;
  private final boolean dryRun;
  private final List<Event> events;
  private final List<String> strays;
  private final List<String> kept;
  private final List<FileError> errors;
  private final int moviesProcessed;
  private final long filesUpdated;
  private final long filesRemoved;

  /**
   * A report; {@code events} must not change afterwards (it is kept, not copied), the other lists
   * are copied.
   */
  SyncReportValue(
      Plan plan,
      boolean dryRun,
      List<Event> events,
      List<String> strays,
      List<String> kept,
      List<FileError> errors,
      int moviesProcessed,
      long filesUpdated,
      long filesRemoved) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.dryRun = dryRun;
    this.events = java.util.Collections.unmodifiableList(events);
    this.strays = List.copyOf(strays);
    this.kept = List.copyOf(kept);
    this.errors = List.copyOf(errors);
    this.moviesProcessed = moviesProcessed;
    this.filesUpdated = filesUpdated;
    this.filesRemoved = filesRemoved;
  }

  @Override
  public Plan plan() {
    return plan;
  }

  @Override
  public boolean dryRun() {
    return dryRun;
  }

  @Override
  public List<Event> events() {
    return events;
  }

  @Override
  public List<String> strays() {
    return strays;
  }

  @Override
  public List<String> kept() {
    return kept;
  }

  @Override
  public List<FileError> errors() {
    return errors;
  }

  @Override
  public int moviesProcessed() {
    return moviesProcessed;
  }

  @Override
  public long filesUpdated() {
    return filesUpdated;
  }

  @Override
  public long filesRemoved() {
    return filesRemoved;
  }

  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof SyncReportValue o
        && dryRun == o.dryRun
        && moviesProcessed == o.moviesProcessed
        && filesUpdated == o.filesUpdated
        && filesRemoved == o.filesRemoved
        && plan.equals(o.plan)
        && events.equals(o.events)
        && strays.equals(o.strays)
        && kept.equals(o.kept)
        && errors.equals(o.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        plan, dryRun, events, strays, kept, errors, moviesProcessed, filesUpdated, filesRemoved);
  }

  @Override
  public String toString() {
    return "SyncReport{plan="
        + plan
        + ", dryRun="
        + dryRun
        + ", events="
        + events
        + ", strays="
        + strays
        + ", kept="
        + kept
        + ", errors="
        + errors
        + ", moviesProcessed="
        + moviesProcessed
        + ", filesUpdated="
        + filesUpdated
        + ", filesRemoved="
        + filesRemoved
        + "}";
  }
}

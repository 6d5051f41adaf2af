package dev.jellyplex.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds hand-made {@link SyncReport}s for the CLI's rendering tests (only the engine makes real
 * ones).
 */
final class SyncReportFixture {
  private @Nullable Plan plan;
  private boolean dryRun;
  private final List<Event> events = new ArrayList<>();
  private final List<String> strays = new ArrayList<>();
  private final List<String> kept = new ArrayList<>();
  private final List<FileError> errors = new ArrayList<>();
  private int moviesProcessed;
  private long filesUpdated;
  private long filesRemoved;

  static SyncReportFixture builder() {
    return new SyncReportFixture();
  }

  SyncReportFixture plan(Plan plan) {
    this.plan = plan;
    return this;
  }

  SyncReportFixture dryRun(boolean dryRun) {
    this.dryRun = dryRun;
    return this;
  }

  SyncReportFixture moviesProcessed(int n) {
    this.moviesProcessed = n;
    return this;
  }

  SyncReportFixture filesUpdated(long n) {
    this.filesUpdated = n;
    return this;
  }

  SyncReportFixture filesRemoved(long n) {
    this.filesRemoved = n;
    return this;
  }

  SyncReportFixture addEvents(Event... e) {
    events.addAll(List.of(e));
    return this;
  }

  SyncReportFixture addStrays(String... s) {
    strays.addAll(List.of(s));
    return this;
  }

  SyncReportFixture addKept(String... k) {
    kept.addAll(List.of(k));
    return this;
  }

  SyncReportFixture addErrors(FileError... e) {
    errors.addAll(List.of(e));
    return this;
  }

  SyncReport build() {
    return new SyncReportValue(
        Objects.requireNonNull(plan, "plan"),
        dryRun,
        List.copyOf(events),
        strays,
        kept,
        errors,
        moviesProcessed,
        filesUpdated,
        filesRemoved);
  }
}

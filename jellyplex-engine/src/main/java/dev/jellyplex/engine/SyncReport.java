package dev.jellyplex.engine;

import java.util.List;
import org.immutables.value.Value;

/**
 * What a sync did (or would do, in a dry run): the plan, every event, strays and errors.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface SyncReport {
  /** The plan that was realized. */
  Plan plan();

  /** Whether this was a dry run (events say what would have happened). */
  boolean dryRun();

  /** Every per-file event, in the order they happened. */
  List<Event> events();

  /** Stray entries found in the target, relative to the target root, {@code /}-separated. */
  List<String> strays();

  /** Per-file errors; the run went on past them. */
  List<FileError> errors();

  /** Movies in the plan. */
  default int moviesTotal() {
    return plan().movies().size();
  }

  /** Movies whose files were all realized without error. */
  int moviesProcessed();

  /** Events that created, replaced or renamed a file. */
  default long filesUpdated() {
    return events().stream()
        .filter(
            e ->
                e.action() == Action.LINK
                    || e.action() == Action.REPLACE
                    || e.action() == Action.RENAME)
        .count();
  }

  /** Events that removed a stray. */
  default long filesRemoved() {
    return events().stream().filter(e -> e.action() == Action.REMOVE).count();
  }

  /** Whether the run had nothing to report as a problem (no clash, no error). */
  default boolean successful() {
    return errors().isEmpty()
        && plan().errors().isEmpty()
        && plan().folderClashes().isEmpty()
        && plan().movieClashes().isEmpty();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SyncReport} values. */
  final class Builder extends ImmutableSyncReport.Builder {
    Builder() {}
  }
}

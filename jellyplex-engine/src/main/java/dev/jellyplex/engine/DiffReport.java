package dev.jellyplex.engine;

import java.util.List;
import org.immutables.value.Value;

/**
 * The read-only comparison of a source library's plan with what its target holds: a summary of the
 * same reconciliation a sync applies. Made only by {@link JellyPlex#diff}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface DiffReport {
  /** The plan the target was compared with. */
  Plan plan();

  /** Source movies with no target folder (each names its source and expected target folder). */
  List<PlannedMovie> moviesOnlyInSource();

  /** Target folders no source movie maps to. */
  List<String> moviesOnlyInTarget();

  /** Movies on both sides whose files differ. */
  List<MovieDifference> differingMovies();

  /**
   * Entries that could not be read while comparing (a target movie folder, a source file that
   * vanished); the comparison is incomplete.
   *
   * @since 0.1.0
   */
  List<FileError> errors();

  /**
   * Whether the target mirrors the source exactly (translation losses do not count): a sync with
   * deletion would change nothing.
   */
  default boolean inSync() {
    return moviesOnlyInSource().isEmpty()
        && moviesOnlyInTarget().isEmpty()
        && differingMovies().isEmpty()
        && errors().isEmpty();
  }
}

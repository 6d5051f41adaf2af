package dev.jellyplex.engine;

import java.util.List;
import org.immutables.value.Value;

/**
 * The read-only comparison of a source library's plan with what its target holds.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface DiffReport {
  /** The plan the target was compared with. */
  Plan plan();

  /** Source movies with no target folder. */
  List<MissingMovie> moviesOnlyInSource();

  /** Target folders no source movie maps to. */
  List<String> moviesOnlyInTarget();

  /** Movies on both sides whose files differ. */
  List<MovieDifference> differingMovies();

  /**
   * Whether the target mirrors the source exactly (translation losses do not count): never when a
   * source entry could not be read or a movie could not be planned.
   */
  default boolean inSync() {
    return plan().errors().isEmpty()
        && moviesOnlyInSource().isEmpty()
        && moviesOnlyInTarget().isEmpty()
        && differingMovies().isEmpty();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DiffReport} values. */
  final class Builder extends ImmutableDiffReport.Builder {
    Builder() {}
  }
}

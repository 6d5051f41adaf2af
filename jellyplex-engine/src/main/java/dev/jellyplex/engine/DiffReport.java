package dev.jellyplex.engine;

import dev.jellyplex.model.IgnoredEntry;
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
   * Target entries a keep rule protects, which are therefore no difference; relative to the target
   * root, {@code /}-separated, sorted.
   *
   * @since 0.1.0
   */
  List<String> kept();

  /**
   * Entries that could not be read while comparing (a source or target folder, a source file that
   * vanished); the comparison is incomplete ({@code diff} exits 2).
   *
   * @since 0.1.0
   */
  List<FileError> errors();

  /**
   * Source entries a sync does not mirror although they are not hidden: movies skipped for a folder
   * clash or a name the target cannot hold, loose files at the library root, folders that read as
   * nothing, symbolic links. The source cannot be deleted without losing them.
   *
   * @since 0.1.0
   */
  List<IgnoredEntry> notMirrored();

  /**
   * Whether the target mirrors the source exactly and completely (translation losses do not count):
   * every source entry was read, nothing is left out, and a sync with deletion would change
   * nothing. Never when a source entry could not be read (a folder, a name that is not UTF-8) or a
   * movie could not be planned. Only then may the source be deleted.
   */
  default boolean inSync() {
    return plan().errors().isEmpty()
        && moviesOnlyInSource().isEmpty()
        && moviesOnlyInTarget().isEmpty()
        && differingMovies().isEmpty()
        && notMirrored().isEmpty()
        && errors().isEmpty();
  }
}

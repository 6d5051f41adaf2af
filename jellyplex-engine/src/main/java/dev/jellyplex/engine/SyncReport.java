package dev.jellyplex.engine;

import java.util.List;

/**
 * What a sync or an import did (or would do, in a dry run): the plan, every event, strays and
 * errors. Made only by the engine ({@link JellyPlex#sync}, {@link JellyPlex#importFiles}).
 *
 * @since 0.1.0
 */
public interface SyncReport {
  /** The plan that was realized (for an import: the staged files grouped into movies). */
  Plan plan();

  /** Whether this was a dry run (events say what would have happened). */
  boolean dryRun();

  /** Every per-file event, in the order they happened. */
  List<Event> events();

  /** Stray entries found in the target, relative to the target root, {@code /}-separated. */
  List<String> strays();

  /**
   * Target entries a keep rule protected: not strays, never removed or replaced; relative to the
   * target root, {@code /}-separated, sorted.
   *
   * @since 0.1.0
   */
  List<String> kept();

  /** Per-file errors; the run went on past them. */
  List<FileError> errors();

  /** Movies in the plan. */
  default int moviesTotal() {
    return plan().movies().size();
  }

  /** Movies whose files were all realized without error. */
  int moviesProcessed();

  /** Files created, replaced or renamed into place (counted once, by the run). */
  long filesUpdated();

  /** Files removed from the target (a removed folder counts the files in it). */
  long filesRemoved();

  /** Whether the run had nothing to report as a problem (no clash, no error). */
  default boolean successful() {
    return errors().isEmpty()
        && plan().errors().isEmpty()
        && plan().folderClashes().isEmpty()
        && plan().movieClashes().isEmpty();
  }
}

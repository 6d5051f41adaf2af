package dev.jellyplex.watch;

/**
 * Hears what a {@link Watcher} does. Called from the watcher's thread; implementations must be
 * quick and must not throw.
 *
 * @since 0.1.0
 */
public interface WatchListener {
  /** A listener that ignores everything. */
  WatchListener NONE = new WatchListener() {};

  /** The watcher watches now: {@code how} says with events or by polling, and why. */
  default void watching(String how) {}

  /** A batch ended (the initial sync is batch 1). */
  default void batch(Batch batch) {}

  /** Something went wrong that the watcher survives (e.g. the status file cannot be written). */
  default void warning(String message) {}
}

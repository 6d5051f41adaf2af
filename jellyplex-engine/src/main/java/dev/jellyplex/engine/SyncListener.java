package dev.jellyplex.engine;

/**
 * Hears about progress while a plan is realized, e.g. to draw a progress bar. Called from the
 * realizing thread; implementations must be quick.
 *
 * @since 0.1.0
 */
public interface SyncListener {
  /** A listener that ignores everything. */
  SyncListener NONE = new SyncListener() {};

  /** Realizing starts: this many files and bytes (bytes that copies will write) are planned. */
  default void started(long files, long bytes) {}

  /** A movie folder starts. */
  default void movieStarted(String targetFolder) {}

  /** One file event happened; {@code bytes} is what it wrote (0 for links and skips). */
  default void event(Event event, long bytes) {}

  /** A per-file error happened; the run goes on. */
  default void error(FileError error) {}
}

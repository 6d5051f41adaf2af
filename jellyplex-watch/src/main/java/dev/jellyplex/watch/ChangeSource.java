package dev.jellyplex.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Where changes of the source come from: the operating system's events, or polling. */
interface ChangeSource extends Closeable {
  /**
   * Waits up to {@code timeoutNanos} for changes and records each changed source entry in {@code
   * pending}; returns early when changes arrive or the source is closed.
   */
  void await(long timeoutNanos, Pending pending) throws IOException;

  /** Whether changes were lost (an event queue overflow) since the last call: a full run is due. */
  boolean lostChanges();

  /** The name of the top-level source entry {@code changed} belongs to, or null for the root. */
  static @org.jspecify.annotations.Nullable String entryOf(Path source, Path changed) {
    if (!changed.startsWith(source) || changed.equals(source)) {
      return null;
    }
    Path rel = source.relativize(changed);
    String name = rel.getName(0).toString();
    return name.startsWith(".") ? null : name; // hidden entries are never mirrored
  }
}

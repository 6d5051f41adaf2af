package dev.jellyplex.watch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Polls: lists the source every interval and compares every top-level entry's fingerprint with the
 * last listing. Used where the operating system does not report changes (network and user-space
 * filesystems) or cannot watch every folder. Holds one number per top-level entry.
 */
final class PollSource implements ChangeSource {
  private final Path source;
  private final long intervalNanos;
  private final LongSupplier clock;
  private final CountDownLatch closed = new CountDownLatch(1);
  private Map<String, Long> last;
  private long nextListing;

  PollSource(Path source, long intervalNanos, LongSupplier clock) throws IOException {
    this.source = source;
    this.intervalNanos = intervalNanos;
    this.clock = clock;
    this.last = listing();
    this.nextListing = clock.getAsLong() + intervalNanos;
  }

  @Override
  public void await(long timeoutNanos, Pending pending) throws IOException {
    long now = clock.getAsLong();
    long wait = Math.min(timeoutNanos, Math.max(0, nextListing - now));
    try {
      if (wait > 0 && closed.await(wait, TimeUnit.NANOSECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    now = clock.getAsLong();
    if (now - nextListing < 0) {
      return;
    }
    nextListing = now + intervalNanos;
    Map<String, Long> current = listing();
    Set<String> names = new HashSet<>(current.keySet());
    names.addAll(last.keySet());
    for (String name : names) {
      if (!current
          .getOrDefault(name, Signatures.ABSENT)
          .equals(last.getOrDefault(name, Signatures.ABSENT))) {
        pending.changed(name, now);
      }
    }
    last = current;
  }

  private Map<String, Long> listing() throws IOException {
    Map<String, Long> m = new HashMap<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(source)) {
      for (Path p : s) {
        String name = ChangeSource.entryOf(source, p);
        if (name != null) {
          m.put(name, Signatures.of(p));
        }
      }
    }
    return m;
  }

  @Override
  public boolean lostChanges() {
    return false;
  }

  @Override
  public void close() {
    closed.countDown();
  }
}

package dev.jellyplex.cli;

import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.SyncListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr (files, and bytes when copies write any), redrawn at most ten
 * times a second. Only used when stderr is a terminal and {@code --json} is off.
 */
final class ProgressBar implements SyncListener {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final LongSupplier clock;
  private long files;
  private long bytes;
  private long doneFiles;
  private long doneBytes;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.lastDraw = clock.getAsLong() - REDRAW_NANOS;
  }

  @Override
  public void started(long files, long bytes) {
    this.files = files;
    this.bytes = bytes;
  }

  @Override
  public void event(Event event, long written) {
    if (event.action() != Action.REMOVE) { // started() counts the planned files, not removals
      doneFiles++;
    }
    doneBytes += written;
    long now = clock.getAsLong();
    if (now - lastDraw >= REDRAW_NANOS || doneFiles == files) {
      lastDraw = now;
      draw();
    }
  }

  /** The current line, without carriage return. */
  String line() {
    double fraction =
        bytes > 0 ? (double) doneBytes / bytes : files > 0 ? (double) doneFiles / files : 1.0;
    fraction = Math.max(0, Math.min(1, fraction));
    int filled = (int) Math.round(fraction * WIDTH);
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < WIDTH; i++) {
      b.append(i < filled ? '#' : '.');
    }
    b.append("] ").append(doneFiles).append('/').append(files).append(" files");
    if (bytes > 0) {
      b.append("  ").append(size(doneBytes)).append(" of ").append(size(bytes));
    }
    return b.toString();
  }

  private void draw() {
    err.print("\r" + line() + "\u001b[K");
    err.flush();
    drawn = true;
  }

  /** Clears the bar so that what follows starts on a clean line. */
  void finish() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }

  static String size(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}

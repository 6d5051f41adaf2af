package dev.jellyplex.engine;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The events of a run, in the order they happened, kept as the folder works they came from: each
 * event is made from its operation when asked for ({@link #event}), so a sync of a large library
 * keeps no event object per file. Appended to on the calling thread while a run delivers its
 * folders; read (as an unmodifiable list) once the run is over.
 */
final class EventLog extends AbstractList<Event> implements RandomAccess {
  private final Path target;
  private final List<FolderWork> works = new ArrayList<>();

  /** Per work, the operations that gave an event, when not all of them did; else null. */
  private final List<int @Nullable []> picks = new ArrayList<>();

  /** Per work, the number of events up to and including it. */
  private int[] ends = new int[16];

  private int size;

  EventLog(Path target) {
    this.target = target;
  }

  /**
   * Appends the events of {@code w}: of each of its operations, or, when {@code picked} is not
   * null, of the operations at those indices (in order).
   */
  void add(FolderWork w, int @Nullable [] picked) {
    int n = picked == null ? w.operations().size() : picked.length;
    if (n == 0) {
      return;
    }
    if (works.size() == ends.length) {
      ends = Arrays.copyOf(ends, ends.length * 2);
    }
    size += n;
    ends[works.size()] = size;
    works.add(w);
    picks.add(picked);
  }

  @Override
  public Event get(int index) {
    java.util.Objects.checkIndex(index, size);
    int k = Arrays.binarySearch(ends, 0, works.size(), index + 1);
    if (k < 0) {
      k = -k - 1; // the first work whose events end past index
    }
    int start = k == 0 ? 0 : ends[k - 1];
    int[] picked = picks.get(k);
    int op = picked == null ? index - start : picked[index - start];
    FolderWork w = works.get(k);
    return event(target, w, w.operations().get(op));
  }

  @Override
  public int size() {
    return size;
  }

  /** The event of operation {@code o} of {@code w}, done in the target library {@code target}. */
  static Event event(Path target, FolderWork w, Operation o) {
    Action action = o.kind().action();
    MovieDirs dirs = w.dirs();
    if (o.kind() == Operation.Kind.RENAME_FOLDER && dirs != null) {
      return new EventValue.Built(
          action,
          dirs.targetDir(),
          dirs.sourceDir(),
          null,
          Scanner.resolve(target, require(o.from())));
    }
    if (dirs != null) {
      return new EventValue.InMovie(action, dirs, o.target(), o.source(), o.level(), o.from());
    }
    return new EventValue.Built(action, w.target(o.target()), null, o.level(), null);
  }

  private static String require(@Nullable String relative) {
    if (relative == null) {
      throw new IllegalStateException("a folder rename without its old name");
    }
    return relative;
  }
}

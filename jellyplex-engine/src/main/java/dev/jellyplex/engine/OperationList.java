package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The operations of one folder, kept small: an operation that needs nothing but a planned file's
 * names (a skip, or a hardlink made or replaced) is held as a reference to the plan's {@link
 * FileMapping} and one byte for its kind, and made into an {@link Operation} only when asked for. A
 * large library holds one operation per file until its run ends, so this keeps five bytes per file
 * instead of an object of forty. Reads as an unmodifiable list; only the reconciler appends.
 */
final class OperationList extends AbstractList<Operation> implements RandomAccess {
  private static final Operation.Kind[] KINDS = Operation.Kind.values();

  /** The kind byte of an item that is a whole {@link Operation}. */
  private static final byte WHOLE = -1;

  private Object[] items;
  private byte[] kinds;
  private int size;

  OperationList(int capacity) {
    items = new Object[Math.max(capacity, 1)];
    kinds = new byte[items.length];
  }

  /** Appends {@code o} as it is. */
  void append(Operation o) {
    put(o, WHOLE);
  }

  /**
   * Appends the operation {@code kind} of planned file {@code f}: target, source and nothing else
   * (no source entry, no stray level).
   */
  // the kind is stored as its index in KINDS, so one byte per operation; KINDS is this class's own
  // copy of values(), so index and kind cannot disagree
  @SuppressWarnings("EnumOrdinal")
  void append(Operation.Kind kind, FileMapping f) {
    put(f, (byte) kind.ordinal());
  }

  /**
   * Appends what planned file {@code f} needs, its source being {@code source} and the target
   * holding {@code target} under its name (null: nothing): a new link or copy where nothing is,
   * nothing where the target is already right under {@code m}, else a replacement. A hardlink or a
   * skip keeps no attribute of its source; a copy keeps its size and time.
   */
  void appendFor(FileMapping f, Entry source, @Nullable Entry target, Materializer m) {
    if (target != null && target.alreadyRight(source, m)) {
      append(Operation.Kind.SKIP, f);
      return;
    }
    Operation.Kind kind = target == null ? Operation.Kind.LINK : Operation.Kind.REPLACE;
    if (m == Materializer.HARDLINK) {
      append(kind, f);
    } else {
      Operation.Kind write = kind == Operation.Kind.LINK ? Operation.Kind.COPY : kind;
      append(Operation.write(write, f.target(), f.source(), source));
    }
  }

  /** Appends every operation of {@code other}, as compact as it holds them. */
  void appendAll(OperationList other) {
    for (int i = 0; i < other.size; i++) {
      put(other.items[i], other.kinds[i]);
    }
  }

  private void put(Object item, byte kind) {
    if (size == items.length) {
      int grown = size + (size >> 1) + 1;
      items = Arrays.copyOf(items, grown);
      kinds = Arrays.copyOf(kinds, grown);
    }
    items[size] = item;
    kinds[size] = kind;
    size++;
  }

  /** The kind of operation {@code i} of {@code ops}, without making it when ops are compact. */
  static Operation.Kind kind(List<Operation> ops, int i) {
    return ops instanceof OperationList compact ? compact.kind(i) : ops.get(i).kind();
  }

  /** The kind of the {@code i}th operation, without making it. */
  Operation.Kind kind(int i) {
    java.util.Objects.checkIndex(i, size);
    byte k = kinds[i];
    return k == WHOLE ? ((Operation) items[i]).kind() : KINDS[k];
  }

  @Override
  public Operation get(int i) {
    java.util.Objects.checkIndex(i, size);
    byte k = kinds[i];
    if (k == WHOLE) {
      return (Operation) items[i];
    }
    FileMapping f = (FileMapping) items[i];
    return new Operation(KINDS[k], f.target(), f.source(), null, null, null, 0);
  }

  @Override
  public int size() {
    return size;
  }
}

package dev.jellyplex.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Directory entries by name (or {@code /}-separated relative path), sorted by {@link
 * String#compareTo}: two arrays instead of a tree of map nodes, since a large library holds
 * hundreds of thousands of them while it is planned. Immutable once built.
 */
final class FileTable {
  static final FileTable EMPTY = new FileTable(new String[0], new Entry[0]);

  private final String[] names;
  private final Entry[] entries;

  private FileTable(String[] names, Entry[] entries) {
    this.names = names;
    this.entries = entries;
  }

  /** Collects entries in any order and builds the sorted table; names must be distinct. */
  static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();

    void add(String name, Entry entry) {
      names.add(name);
      entries.add(entry);
    }

    FileTable build() {
      int n = names.size();
      if (n == 0) {
        return EMPTY;
      }
      String[] sortedNames = names.toArray(new String[0]);
      Entry[] sortedEntries = entries.toArray(new Entry[0]);
      sort(sortedNames, sortedEntries);
      for (int i = 1; i < n; i++) {
        if (sortedNames[i - 1].equals(sortedNames[i])) {
          throw new IllegalStateException("duplicate name in a listing: " + sortedNames[i]);
        }
      }
      return new FileTable(sortedNames, sortedEntries);
    }
  }

  /** Sorts both arrays by name: insertion sort for the few entries of a folder, else by index. */
  private static void sort(String[] names, Entry[] entries) {
    int n = names.length;
    if (n <= 16) {
      for (int i = 1; i < n; i++) {
        String name = names[i];
        Entry entry = entries[i];
        int j = i - 1;
        while (j >= 0 && names[j].compareTo(name) > 0) {
          names[j + 1] = names[j];
          entries[j + 1] = entries[j];
          j--;
        }
        names[j + 1] = name;
        entries[j + 1] = entry;
      }
      return;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    String[] byName = names.clone();
    Arrays.sort(order, (a, b) -> byName[a].compareTo(byName[b]));
    Entry[] byEntry = entries.clone();
    for (int i = 0; i < n; i++) {
      names[i] = byName[order[i]];
      entries[i] = byEntry[order[i]];
    }
  }

  int size() {
    return names.length;
  }

  boolean isEmpty() {
    return names.length == 0;
  }

  /** The {@code i}th name in sorted order. */
  String name(int i) {
    return names[i];
  }

  /** The entry of the {@code i}th name. */
  Entry entry(int i) {
    return entries[i];
  }

  /** The entry named {@code name}, or null. */
  @Nullable Entry get(String name) {
    int i = Arrays.binarySearch(names, name);
    return i < 0 ? null : entries[i];
  }

  /** Whether {@code name} is in the table. */
  boolean contains(String name) {
    return Arrays.binarySearch(names, name) >= 0;
  }

  /** Every name, sorted; an unmodifiable view. */
  List<String> names() {
    return Collections.unmodifiableList(Arrays.asList(names));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FileTable t
        && Arrays.equals(names, t.names)
        && Arrays.equals(entries, t.entries);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(names) + Arrays.hashCode(entries);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      b.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(entries[i]);
    }
    return b.append('}').toString();
  }
}

package dev.jellyplex.demo;

import java.util.List;

/** One folder or file of a demo library: its path below the root, one name per level. */
record DemoEntry(List<String> path, Kind kind) {
  /** What to create. */
  enum Kind {
    FOLDER,
    /** A video: {@link DemoOptions#fileSize()} bytes. */
    VIDEO,
    /** Any other file: empty. */
    FILE
  }

  DemoEntry {
    path = List.copyOf(path);
  }

  /** The path with {@code /} separators, for listings and messages. */
  String relative() {
    return String.join("/", path);
  }
}

package dev.jellyplex.engine;

/**
 * How a planned file is put into the target.
 *
 * @since 0.1.0
 */
public enum Materializer {
  /** A hardlink to the source inode (default); source and target must share a filesystem. */
  HARDLINK,
  /** A copy of the bytes, skipped when the target has the same size and mtime. */
  COPY,
  /** A copy of the bytes, always rewritten. */
  FORCE_COPY,
  /** Moves the source file (import only): a rename on one filesystem, else copy, flush, delete. */
  MOVE
}

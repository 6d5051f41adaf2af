package dev.jellyplex.engine;

import org.jspecify.annotations.Nullable;

/**
 * One thing a run does to one target entry, as decided by reconciling: its paths are names relative
 * to its folder (the plan's own strings where it has them), so a large reconciliation holds no
 * {@link java.nio.file.Path} per file; one is built only when the operation is applied.
 *
 * @param kind what to do
 * @param target relative to the folder of its {@link FolderWork} ({@code ""} is the folder itself)
 * @param source relative to the source movie folder (links, copies, replaces, renames, moves)
 * @param sourceEntry the source's attributes as read when reconciling (for copies: size and mtime)
 * @param from for renames: the stray being renamed, relative to the work's folder
 * @param level for removals: where the stray is
 * @param files for removals: the files the removal deletes (a folder counts the files in it)
 */
record Operation(
    Operation.Kind kind,
    String target,
    @Nullable String source,
    @Nullable Entry sourceEntry,
    @Nullable String from,
    @Nullable StrayLevel level,
    int files) {

  /** What an operation does. */
  enum Kind {
    /** Deletes a stray (a file, or a folder with everything in it). */
    REMOVE(Action.REMOVE),
    /** Renames a stray that is the same file as a planned source file onto its planned name. */
    RENAME(Action.RENAME),
    /**
     * Renames a stray movie folder (its files the same as the movie's source files) onto the
     * movie's planned folder name, before the movie's other operations ({@code from} is relative to
     * the library root).
     */
    RENAME_FOLDER(Action.RENAME),
    /** Nothing to do: the target is already right. */
    SKIP(Action.SKIP),
    /** A new hardlink where nothing is. */
    LINK(Action.LINK),
    /** A new copy where nothing is. */
    COPY(Action.LINK),
    /** Replaces an existing name with wrong content (by a link or a copy, as the run says). */
    REPLACE(Action.REPLACE),
    /** Import: moves a staged file onto a free name. */
    MOVE(Action.LINK),
    /**
     * Import: the staged file is already at its target (a move interrupted between link and
     * unlink); only its staged name is removed.
     */
    UNSTAGE(Action.SKIP);

    private final Action action;

    Kind(Action action) {
      this.action = action;
    }

    /** The event action this kind reports. */
    Action action() {
      return action;
    }

    /** Whether this kind puts a file under a new or replaced target name. */
    boolean writes() {
      return this == LINK || this == COPY || this == REPLACE || this == MOVE;
    }
  }

  static Operation remove(String target, StrayLevel level, int files) {
    return new Operation(Kind.REMOVE, target, null, null, null, level, files);
  }

  static Operation rename(String target, String source, Entry sourceEntry, String from) {
    return new Operation(Kind.RENAME, target, source, sourceEntry, from, null, 0);
  }

  static Operation renameFolder(String from) {
    return new Operation(Kind.RENAME_FOLDER, "", "", null, from, null, 0);
  }

  static Operation skip(String target, String source) {
    return new Operation(Kind.SKIP, target, source, null, null, null, 0);
  }

  static Operation write(Kind kind, String target, String source, Entry sourceEntry) {
    return new Operation(kind, target, source, sourceEntry, null, null, 0);
  }
}

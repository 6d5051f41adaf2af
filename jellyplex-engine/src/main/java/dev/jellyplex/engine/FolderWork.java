package dev.jellyplex.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reconciled state of one movie folder of the target (or, with no movie, of the library root
 * above the movie folders): the operations a run performs there in order, the strays found, the
 * errors that keep some of its files from being written, and leftover temporaries. Immutable.
 *
 * @param movie the planned movie; null for the library root
 * @param dirs the movie's folders; null for the library root
 * @param root the target library root
 * @param folderPresent whether the movie's target folder exists as a folder (always true for the
 *     library root)
 * @param freshFolder whether nothing at all was at the movie folder's name: its folders are new
 * @param temps leftover temporaries of an earlier run, removed by a real run
 * @param operations what to do, in order
 * @param errors what cannot be done, with the reason
 * @param strays stray entries, relative to the library root
 * @param kept entries a keep rule protects (not strays, not removed, not replaced), relative to the
 *     library root
 * @param filesSeen the files reconciling saw in this folder (for the deletion bound's share)
 */
record FolderWork(
    @Nullable PlannedMovie movie,
    @Nullable MovieDirs dirs,
    Path root,
    boolean folderPresent,
    boolean freshFolder,
    List<Path> temps,
    List<Operation> operations,
    List<FileError> errors,
    List<String> strays,
    List<String> kept,
    int filesSeen) {

  /** The target path of an operation's {@code relative} name. */
  Path target(String relative) {
    return dirs != null ? dirs.target(relative) : Scanner.resolve(root, relative);
  }

  /** The source path of an operation's {@code relative} name. */
  Path source(String relative) {
    if (dirs == null) {
      throw new IllegalStateException("a library-root operation without a movie: " + relative);
    }
    return dirs.source(relative);
  }

  /** Collects one folder's work while reconciling; lists are made on their first element. */
  static final class Builder {
    private final @Nullable PlannedMovie movie;
    private final @Nullable MovieDirs dirs;
    private final Path root;
    private boolean folderPresent = true;
    private boolean freshFolder;
    private List<Path> temps = List.of();
    private List<Operation> operations = List.of();
    private List<FileError> errors = List.of();
    private List<String> strays = List.of();
    private List<String> kept = List.of();
    private int filesSeen;

    Builder(@Nullable PlannedMovie movie, @Nullable MovieDirs dirs, Path root) {
      this.movie = movie;
      this.dirs = dirs;
      this.root = root;
    }

    Builder folder(boolean present, boolean fresh) {
      this.folderPresent = present;
      this.freshFolder = fresh;
      return this;
    }

    void temp(Path p) {
      temps = append(temps, p);
    }

    void operation(Operation o) {
      operations = append(operations, o);
    }

    /** Sets every operation at once (a list nobody else changes). */
    void operations(List<Operation> ops) {
      this.operations = ops;
    }

    List<Operation> operations() {
      return operations;
    }

    void error(FileError e) {
      errors = append(errors, e);
    }

    void stray(String relativeToLibrary) {
      strays = append(strays, relativeToLibrary);
    }

    void kept(String relativeToLibrary) {
      kept = append(kept, relativeToLibrary);
    }

    /**
     * Adds {@code item} to {@code list}, replacing the shared empty list by a list of its own on
     * the first add (most folders have no temporaries, errors or strays, so they allocate none).
     */
    private static <T> List<T> append(List<T> list, T item) {
      List<T> own = list.isEmpty() ? new ArrayList<>() : list;
      own.add(item);
      return own;
    }

    void filesSeen(int n) {
      filesSeen += n;
    }

    FolderWork build() {
      return new FolderWork(
          movie,
          dirs,
          root,
          folderPresent,
          freshFolder,
          frozen(temps),
          frozen(operations),
          frozen(errors),
          frozen(strays),
          frozen(kept),
          filesSeen);
    }

    private static <T> List<T> frozen(List<T> list) {
      if (list.isEmpty()) {
        return List.of();
      }
      // an OperationList cannot be changed through the List interface: no wrapper needed
      return list instanceof OperationList ? list : java.util.Collections.unmodifiableList(list);
    }
  }
}

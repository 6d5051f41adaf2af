package dev.jellyplex.engine;

import java.util.List;

/**
 * What a run will do to the target, decided once: the plan subtracted from one reading of the
 * target. {@code sync} applies it, a dry run walks it without writing, {@code diff} summarises it,
 * so none of them can disagree about what is in sync. Immutable; writes nothing.
 *
 * @param plan the plan that was reconciled
 * @param materializer how new and replaced files are written
 * @param importing whether this is an import (new names are never overwritten; files are moved)
 * @param movies one work per reconciled movie, in plan order
 * @param library the work at the library root (strays above the movie folders), done last
 * @param targetMovieFolders the folders at the target's root (hidden and system ones not counted)
 * @param movieFoldersToRemove the target root's folders that would be removed as a whole
 */
record Reconciliation(
    Plan plan,
    Materializer materializer,
    boolean importing,
    List<FolderWork> movies,
    FolderWork library,
    int targetMovieFolders,
    int movieFoldersToRemove) {

  Reconciliation {
    movies = List.copyOf(movies);
  }

  /** Every stray, relative to the library root, sorted. */
  List<String> strays() {
    java.util.TreeSet<String> out = new java.util.TreeSet<>(library.strays());
    for (FolderWork w : movies) {
      out.addAll(w.strays());
    }
    return List.copyOf(out);
  }

  /** Every entry a keep rule protects, relative to the library root, sorted. */
  List<String> kept() {
    java.util.TreeSet<String> out = new java.util.TreeSet<>(library.kept());
    for (FolderWork w : movies) {
      out.addAll(w.kept());
    }
    return List.copyOf(out);
  }

  /** The files the target holds as far as reconciling saw them (planned folders and strays). */
  long targetFiles() {
    long n = 0;
    for (FolderWork w : all()) {
      n += w.filesSeen();
    }
    return n;
  }

  /** The files the removals of this reconciliation delete. */
  long filesToRemove() {
    long n = 0;
    for (FolderWork w : all()) {
      for (Operation o : w.operations()) {
        if (o.kind() == Operation.Kind.REMOVE) {
          n += o.files();
        }
      }
    }
    return n;
  }

  /** The works in the order they are applied: movies, then the library root. */
  List<FolderWork> all() {
    java.util.ArrayList<FolderWork> out = new java.util.ArrayList<>(movies.size() + 1);
    out.addAll(movies);
    out.add(library);
    return out;
  }
}

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
 * @param collections one work per planned collection folder (its loose files, its strays), in plan
 *     order
 * @param library the work at the library root (strays above the movie folders), done last
 * @param targetMovieFolders the folders at the target's root and in its collection folders (hidden
 *     and system ones, and the collection folders themselves, not counted)
 * @param movieFoldersToRemove those of them that would be removed as a whole
 */
record Reconciliation(
    Plan plan,
    Materializer materializer,
    boolean importing,
    List<FolderWork> movies,
    List<FolderWork> collections,
    FolderWork library,
    int targetMovieFolders,
    int movieFoldersToRemove) {

  Reconciliation {
    movies = List.copyOf(movies);
    collections = List.copyOf(collections);
  }

  /** A reconciliation of a library without collection folders. */
  Reconciliation(
      Plan plan,
      Materializer materializer,
      boolean importing,
      List<FolderWork> movies,
      FolderWork library,
      int targetMovieFolders,
      int movieFoldersToRemove) {
    this(
        plan,
        materializer,
        importing,
        movies,
        List.of(),
        library,
        targetMovieFolders,
        movieFoldersToRemove);
  }

  /** The works of the movie and collection folders, applied before the library root's. */
  List<FolderWork> folders() {
    if (collections.isEmpty()) {
      return movies;
    }
    java.util.ArrayList<FolderWork> out = new java.util.ArrayList<>(movies);
    out.addAll(collections);
    return out;
  }

  /** Every stray, relative to the library root, sorted. */
  List<String> strays() {
    java.util.TreeSet<String> out = new java.util.TreeSet<>(library.strays());
    for (FolderWork w : folders()) {
      out.addAll(w.strays());
    }
    return List.copyOf(out);
  }

  /** Every entry a keep rule protects, relative to the library root, sorted. */
  List<String> kept() {
    java.util.TreeSet<String> out = new java.util.TreeSet<>(library.kept());
    for (FolderWork w : folders()) {
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
      List<Operation> ops = w.operations();
      for (int i = 0; i < ops.size(); i++) {
        if (OperationList.kind(ops, i) == Operation.Kind.REMOVE) { // no skip made to find out
          n += ops.get(i).files();
        }
      }
    }
    return n;
  }

  /** The works in the order they are applied: movies, collection folders, the library root. */
  List<FolderWork> all() {
    java.util.ArrayList<FolderWork> out =
        new java.util.ArrayList<>(movies.size() + collections.size() + 1);
    out.addAll(movies);
    out.addAll(collections);
    out.add(library);
    return out;
  }
}

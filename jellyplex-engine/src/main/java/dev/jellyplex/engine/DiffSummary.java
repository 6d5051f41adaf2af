package dev.jellyplex.engine;

import dev.jellyplex.model.FolderClash;
import dev.jellyplex.model.IgnoredEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Summarises a {@link Reconciliation} as a {@link DiffReport}: every operation a sync with deletion
 * would perform is a difference, so a {@code diff} right after a successful {@code sync} finds
 * none. Pure.
 */
final class DiffSummary {
  private DiffSummary() {}

  static DiffReport of(Reconciliation r) {
    Plan plan = r.plan();
    ImmutableDiffReport.Builder report = ImmutableDiffReport.builder().plan(plan);
    for (FileError e : plan.errors()) {
      if (e.kind() == FileError.Kind.UNREADABLE) {
        report.addErrors(e);
      } else {
        report.addNotMirrored(IgnoredEntry.of(relative(plan, e.path()), e.reason()));
      }
    }
    for (FolderClash c : plan.folderClashes()) {
      for (String folder : c.sourceFolders()) {
        report.addNotMirrored(
            IgnoredEntry.of(
                folder,
                "folder clash: "
                    + c.sourceFolders().size()
                    + " folders map to "
                    + c.targetFolder()));
      }
    }
    for (IgnoredEntry e : plan.ignored()) {
      // nothing to lose: hidden and system entries, folders that hold no file to sync or that
      // both servers skip (an empty .ignore)
      if (!Scanner.hasHiddenOrSystemSegment(e.relativePath())
          && !e.reason().equals(Planner.NOTHING_TO_SYNC)
          && !e.reason().equals(Discovery.IGNORE_MARKER)) {
        report.addNotMirrored(e);
      }
    }
    List<String> renamedFrom = new ArrayList<>();
    for (FolderWork w : r.movies()) {
      PlannedMovie movie = w.movie();
      if (movie == null) {
        continue;
      }
      report.addAllErrors(w.errors());
      if (!w.folderPresent()) {
        report.addMoviesOnlyInSource(movie);
        continue;
      }
      Operation first = w.operations().isEmpty() ? null : w.operations().get(0);
      if (first != null && first.kind() == Operation.Kind.RENAME_FOLDER) {
        // a renamed movie folder: the movie is missing under its name, the old name is extra
        report.addMoviesOnlyInSource(movie);
        renamedFrom.add(require(first.from()));
        continue;
      }
      List<String> onlyInSource = new ArrayList<>();
      List<String> onlyInTarget = new ArrayList<>();
      List<String> notSame = new ArrayList<>();
      for (Operation o : w.operations()) {
        switch (o.kind()) {
          case LINK, COPY, MOVE -> onlyInSource.add(o.target());
          case RENAME -> {
            onlyInSource.add(o.target());
            onlyInTarget.add(require(o.from()));
          }
          case REPLACE -> notSame.add(o.target());
          case REMOVE -> onlyInTarget.add(o.target());
          case SKIP, UNSTAGE, RENAME_FOLDER -> {}
        }
      }
      if (onlyInSource.isEmpty() && onlyInTarget.isEmpty() && notSame.isEmpty()) {
        continue;
      }
      onlyInSource.sort(null);
      onlyInTarget.sort(null);
      notSame.sort(null);
      report.addDifferingMovies(
          ImmutableMovieDifference.builder()
              .targetMovieName(movie.targetFolder())
              .onlyInSource(onlyInSource)
              .onlyInTarget(onlyInTarget)
              .notSameFile(notSame)
              .build());
    }
    report.addAllKept(r.kept());
    List<String> onlyInTarget = new ArrayList<>(r.library().strays());
    for (FolderWork w : r.collections()) {
      // a collection folder's loose files differ like a movie's; its strays are library strays
      report.addAllErrors(w.errors());
      onlyInTarget.addAll(w.strays());
      List<String> onlyInSource = new ArrayList<>();
      List<String> notSame = new ArrayList<>();
      for (Operation o : w.operations()) {
        switch (o.kind()) {
          case LINK, COPY, MOVE, RENAME -> onlyInSource.add(o.target());
          case REPLACE -> notSame.add(o.target());
          default -> {}
        }
      }
      if (!onlyInSource.isEmpty() || !notSame.isEmpty()) {
        report.addDifferingMovies(
            ImmutableMovieDifference.builder()
                .targetMovieName(require(w.dirs() == null ? null : w.dirs().targetFolder()))
                .onlyInSource(onlyInSource)
                .notSameFile(notSame)
                .build());
      }
    }
    report.addAllErrors(r.library().errors());
    onlyInTarget.addAll(renamedFrom);
    onlyInTarget.sort(null);
    report.addAllMoviesOnlyInTarget(onlyInTarget);
    return report.build();
  }

  /** {@code path} relative to the plan's source, {@code /}-separated, or as it is when outside. */
  private static String relative(Plan plan, Path path) {
    if (!path.startsWith(plan.source())) {
      return path.toString();
    }
    StringBuilder b = new StringBuilder();
    for (Path segment : plan.source().relativize(path)) {
      b.append(b.length() == 0 ? "" : "/").append(segment);
    }
    return b.toString();
  }

  private static String require(@org.jspecify.annotations.Nullable String s) {
    if (s == null) {
      throw new IllegalStateException("a rename without its stray");
    }
    return s;
  }
}

package dev.jellyplex.engine;

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
    ImmutableDiffReport.Builder report = ImmutableDiffReport.builder().plan(r.plan());
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
          case SKIP, UNSTAGE -> {}
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
    report.addAllErrors(r.library().errors());
    report.addAllMoviesOnlyInTarget(r.library().strays());
    return report.build();
  }

  private static String require(@org.jspecify.annotations.Nullable String s) {
    if (s == null) {
      throw new IllegalStateException("a rename without its stray");
    }
    return s;
  }
}

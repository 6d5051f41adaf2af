package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.model.FolderClash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Subtracts what a target holds from a plan; reads only, never writes. */
final class LibraryComparator {
  private LibraryComparator() {}

  static DiffReport compare(
      Plan plan, Materializer materializer, Discovery.SourceAttributes sourceCache)
      throws IOException {
    Materializer semantics =
        materializer == Materializer.HARDLINK ? Materializer.HARDLINK : Materializer.COPY;
    Path target = plan.target();
    FileTable root = Files.isDirectory(target) ? Scanner.table(target) : FileTable.EMPTY;
    DiffReport.Builder report = DiffReport.builder().plan(plan);
    Set<String> known = new HashSet<>(plan.protectedTargetFolders());
    for (FolderClash c : plan.folderClashes()) {
      known.add(c.targetFolder());
    }
    // Read the target's movie folders in parallel (latency-bound on a NAS), report in plan order.
    List<java.util.Optional<MovieDifference>> differences =
        Parallel.map(
            plan.movies(),
            movie -> {
              Entry folder = root.get(movie.targetFolder());
              if (folder == null || !folder.isDirectory()) {
                return java.util.Optional.<MovieDifference>empty();
              }
              return compareMovie(plan, movie, semantics, sourceCache);
            });
    for (int i = 0; i < plan.movies().size(); i++) {
      PlannedMovie movie = plan.movies().get(i);
      known.add(movie.targetFolder());
      Entry folder = root.get(movie.targetFolder());
      if (folder == null || !folder.isDirectory()) {
        report.addMoviesOnlyInSource(MissingMovie.of(movie.sourceFolder(), movie.targetFolder()));
        continue;
      }
      differences.get(i).ifPresent(report::addDifferingMovies);
    }
    for (String name : root.names()) {
      if (!known.contains(name) && !Scanner.isHiddenOrSystem(name)) {
        report.addMoviesOnlyInTarget(name);
      }
    }
    return report.build();
  }

  private static java.util.Optional<MovieDifference> compareMovie(
      Plan plan, PlannedMovie movie, Materializer semantics, Discovery.SourceAttributes sourceCache)
      throws IOException {
    Path dir = plan.target().resolve(movie.targetFolder());
    FileTable existing = Scanner.walk(dir);
    Map<String, FileMapping> planned = new TreeMap<>();
    for (FileMapping f : movie.files()) {
      planned.put(f.target(), f);
    }
    List<String> onlyInSource = new ArrayList<>();
    List<String> notSame = new ArrayList<>();
    Path sourceDir = plan.source().resolve(movie.sourceFolder());
    for (var e : planned.entrySet()) {
      Entry t = existing.get(e.getKey());
      if (t == null || t.isDirectory()) {
        onlyInSource.add(e.getKey());
        continue;
      }
      Path src = Scanner.resolve(sourceDir, e.getValue().source());
      Entry s = sourceCache.get(movie.sourceFolder(), e.getValue().source());
      if (s == null) {
        try {
          s = Entry.read(src);
        } catch (IOException ex) {
          continue; // the source vanished: nothing to compare with
        }
      }
      if (!t.alreadyRight(s, semantics)) {
        notSame.add(e.getKey());
      }
    }
    List<String> onlyInTarget = new ArrayList<>();
    for (int i = 0; i < existing.size(); i++) {
      String rel = existing.name(i);
      if (!existing.entry(i).isDirectory()
          && !planned.containsKey(rel)
          && !Scanner.hasHiddenOrSystemSegment(rel)) {
        onlyInTarget.add(rel);
      }
    }
    if (onlyInSource.isEmpty() && onlyInTarget.isEmpty() && notSame.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        MovieDifference.builder()
            .targetMovieName(movie.targetFolder())
            .onlyInSource(onlyInSource)
            .onlyInTarget(onlyInTarget)
            .notSameFile(notSame)
            .build());
  }
}

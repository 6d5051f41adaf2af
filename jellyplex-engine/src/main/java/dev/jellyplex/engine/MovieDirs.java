package dev.jellyplex.engine;

import java.nio.file.Path;

/**
 * Where one planned movie lives in the source and in the target, kept as the two roots and the two
 * folder names (which the plan holds anyway): operations and events of the movie name their files
 * relative to it and build {@link Path}s only when asked, so a large sync does not keep two
 * absolute paths per file in memory.
 */
record MovieDirs(Path targetRoot, String targetFolder, Path sourceRoot, String sourceFolder) {

  static MovieDirs of(Plan plan, PlannedMovie movie) {
    return new MovieDirs(plan.target(), movie.targetFolder(), plan.source(), movie.sourceFolder());
  }

  /** The movie folder in the target (folder names are paths relative to the roots). */
  Path targetDir() {
    return Scanner.resolve(targetRoot, targetFolder);
  }

  /** The movie folder in the source. */
  Path sourceDir() {
    return Scanner.resolve(sourceRoot, sourceFolder);
  }

  /** A {@code /}-separated path relative to the target movie folder; {@code ""} is the folder. */
  Path target(String relative) {
    return Scanner.resolve(targetDir(), relative);
  }

  /** A {@code /}-separated path relative to the source movie folder; {@code ""} is the folder. */
  Path source(String relative) {
    return Scanner.resolve(sourceDir(), relative);
  }
}

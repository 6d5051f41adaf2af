package dev.jellyplex.cli;

import dev.jellyplex.engine.DiffReport;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.engine.PlannedMovie;
import dev.jellyplex.engine.ReportFixtures;
import dev.jellyplex.engine.SyncReport;
import java.nio.file.Path;

/**
 * Hand-built report values: real inputs to the renderers, independent of the engine's
 * implementation (made by {@link ReportFixtures}, since result values have no public builders).
 */
final class Reports {
  static final Path SOURCE = ReportFixtures.SOURCE;
  static final Path TARGET = ReportFixtures.TARGET;
  static final String HEAT_PLEX = ReportFixtures.HEAT_PLEX;
  static final String HEAT_JF = ReportFixtures.HEAT_JF;

  private Reports() {}

  static PlannedMovie heat() {
    return ReportFixtures.heat();
  }

  static Plan plan(int losses) {
    return ReportFixtures.plan(losses);
  }

  static SyncReport sync(boolean dryRun, int losses) {
    return ReportFixtures.sync(dryRun, losses);
  }

  static DiffReport diff() {
    return ReportFixtures.diff();
  }

  static SyncReport importing() {
    return ReportFixtures.importing();
  }
}

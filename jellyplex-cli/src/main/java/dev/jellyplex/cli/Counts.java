package dev.jellyplex.cli;

import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.model.FolderClash;
import java.util.List;

/** The few numbers the human and JSON outputs both derive from the reports. */
final class Counts {
  private Counts() {}

  /** Source movies (folder clashes) plus videos (movie clashes) skipped because of a clash. */
  static int clashes(Plan plan) {
    int n = plan.movieClashes().size();
    for (FolderClash c : plan.folderClashes()) {
      n += c.sourceFolders().size();
    }
    return n;
  }

  /** Events with this action. */
  static long of(List<Event> events, Action action) {
    return events.stream().filter(e -> e.action() == action).count();
  }
}

package dev.jellyplex.cli;

import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.notify.FolderChange;
import dev.jellyplex.notify.Notification;
import dev.jellyplex.notify.Notifier;
import dev.jellyplex.notify.NotifyOptions;
import dev.jellyplex.watch.ChangedFolders;
import java.nio.file.Path;
import java.util.List;

/** Sends the notifications of a run and tells the user how they went (stderr). */
final class Notifications {
  private Notifications() {}

  /**
   * Tells the configured servers about the movie folders {@code report} changed; a failure is a
   * warning with the URL and the reason, never an exit code. The changed folders are only worked
   * out when a server is configured: for a large library that is a tenth of a run's CPU.
   */
  static List<Notification> send(Output io, NotifyOptions options, Path target, SyncReport report) {
    if (!options.enabled()) {
      return List.of();
    }
    List<FolderChange> changes = ChangedFolders.of(report);
    if (changes.isEmpty()) {
      io.debug("nothing changed in " + target + ": no server notified");
      return List.of();
    }
    List<Notification> results;
    try {
      results = Notifier.create(options).notify(target, changes);
    } catch (RuntimeException e) { // never let a notification fail the run
      io.warn("could not notify the media servers: " + e.getClass().getSimpleName());
      return List.of();
    }
    for (Notification n : results) {
      switch (n.status()) {
        case SENT ->
            io.info(
                visible(
                    "notified "
                        + n.server()
                        + " ("
                        + n.url()
                        + "): "
                        + n.paths().size()
                        + " movie folder"
                        + (n.paths().size() == 1 ? "" : "s")));
        case DRY_RUN -> {
          io.info(
              visible("dry run: would notify " + n.server() + " (" + n.url() + "): " + n.detail()));
          for (String p : n.paths()) {
            io.info("  " + visible(p));
          }
        }
        case FAILED ->
            io.warn(
                visible(
                    "could not notify "
                        + n.server()
                        + " at "
                        + n.url()
                        + ": "
                        + n.detail()
                        + "; the run itself is not affected"));
      }
    }
    return results;
  }

  /** {@code s} with control characters shown escaped (a name must not drive the terminal). */
  static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}

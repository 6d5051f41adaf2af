package dev.jellyplex.cli;

import dev.jellyplex.cli.Terminal.Style;
import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.DiffReport;
import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.FileError;
import dev.jellyplex.engine.MovieDifference;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.engine.PlannedMovie;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.model.FolderClash;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The human-readable reports. Report lines go to {@code report} (stdout, or stderr under {@code
 * --json --verbose}); the per-movie log of {@code --verbose} and problems (warnings, errors) go to
 * stderr. The summary line comes last.
 */
final class HumanReport {
  /** How many ignored entries and translation losses are listed without {@code --verbose}. */
  static final int SHORT_LIST = 10;

  private final Output io;
  private final PrintWriter report;
  private final boolean detailed;
  private final boolean debug;

  /** Report lines go to {@code report}; when it is null only warnings and errors are printed. */
  HumanReport(Output io, @Nullable PrintWriter report, boolean detailed) {
    this.io = io;
    this.report = report == null ? new PrintWriter(Writer.nullWriter()) : report;
    this.detailed = detailed;
    this.debug = io.debugEnabled();
  }

  void sync(SyncReport r, boolean delete) {
    sync(r, delete, false);
  }

  /**
   * The sync report; {@code logged} says that a {@link MovieLog} already logged the movies live, so
   * that {@code --verbose} only adds the formats and the kept strays.
   */
  void sync(SyncReport r, boolean delete, boolean logged) {
    Plan plan = r.plan();
    if (r.dryRun()) {
      bold("Dry run: nothing was changed; this is what a real run would do.");
    }
    if (detailed) {
      PrintWriter log = io.err();
      if (!logged) {
        events(log, plan.source(), plan.target(), r.events());
      }
      log.println(
          TerminalText.escape(
              "Synced "
                  + plan.source()
                  + " ("
                  + plan.sourceFormat().name()
                  + ") -> "
                  + plan.target()
                  + " ("
                  + plan.targetFormat().name()
                  + ")"));
      if (!delete) {
        for (String stray : r.strays()) {
          log.println("stray (kept): " + TerminalText.escape(stray));
        }
      }
      keptAndExcluded(log, r.kept(), plan.excluded());
      log.flush();
    }
    ignored(plan.ignored());
    losses(plan.losses());
    problems(plan);
    errors(r.errors());
    int straysKept = delete ? 0 : r.strays().size();
    bold(
        "Summary: "
            + r.moviesProcessed()
            + " of "
            + Counts.plural(r.moviesTotal(), "movie", "movies")
            + " synced, "
            + Counts.plural(r.filesUpdated(), "file", "files")
            + " updated, "
            + Counts.plural(r.filesRemoved(), "file", "files")
            + " removed, "
            + plan.ignored().size()
            + " ignored, "
            + Counts.plural(straysKept, "stray", "strays")
            + " kept in target, "
            + Counts.clashes(plan)
            + " skipped due to clash"
            + keptAndExcluded(r.kept().size(), plan.excluded().size())
            + ".");
    report.flush();
    if (straysKept > 0) {
      io.warn(
          straysKept
              + (straysKept == 1 ? " stray entry" : " stray entries")
              + " in the target "
              + (straysKept == 1 ? "has" : "have")
              + " no counterpart in the source and "
              + (straysKept == 1 ? "was" : "were")
              + " kept; run with --delete to remove "
              + (straysKept == 1 ? "it." : "them."));
    }
  }

  void diff(DiffReport d) {
    Plan plan = d.plan();
    for (PlannedMovie m : d.moviesOnlyInSource()) {
      line(
          "only in source: "
              + m.sourceName()
              + (m.sourceName().equals(m.targetFolder())
                  ? ""
                  : " (expected in target as " + m.targetFolder() + ")"));
    }
    for (String m : d.moviesOnlyInTarget()) {
      line("only in target: " + m);
    }
    for (MovieDifference m : d.differingMovies()) {
      line("differs: " + m.targetMovieName());
      for (String f : m.onlyInSource()) {
        line("  only in source: " + f);
      }
      for (String f : m.onlyInTarget()) {
        line("  only in target: " + f);
      }
      for (String f : m.notSameFile()) {
        line("  not the same file: " + f);
      }
    }
    if (detailed) {
      keptAndExcluded(io.err(), d.kept(), plan.excluded());
      io.err().flush();
    }
    ignored(plan.ignored());
    losses(plan.losses());
    problems(plan);
    // the plan's errors are printed above; the report repeats those that make it trouble
    List<FileError> planned = plan.errors();
    errors(d.errors().stream().filter(e -> !planned.contains(e)).toList());
    int total = plan.movies().size();
    int inSync = total - d.moviesOnlyInSource().size() - d.differingMovies().size();
    bold(
        "Summary: "
            + (d.inSync() ? "in sync" : "differences found")
            + ": "
            + inSync
            + " of "
            + Counts.plural(total, "movie", "movies")
            + " in sync, "
            + d.moviesOnlyInSource().size()
            + " only in source, "
            + d.moviesOnlyInTarget().size()
            + " only in target, "
            + d.differingMovies().size()
            + " differing, "
            + plan.ignored().size()
            + " ignored"
            + keptAndExcluded(d.kept().size(), plan.excluded().size())
            + ".");
    report.flush();
  }

  void plan(Plan plan) {
    line(
        "Plan "
            + plan.source()
            + " ("
            + plan.sourceFormat().name()
            + ") -> "
            + plan.target()
            + " ("
            + plan.targetFormat().name()
            + ")");
    int count = 0;
    for (PlannedMovie m : plan.movies()) {
      if (++count % 100 == 0 && io.outClosed()) {
        break; // stdout was closed (e.g. | head): stop rendering, the rest is for nobody
      }
      line(
          m.sourceName().equals(m.targetFolder())
              ? m.targetFolder()
              : m.sourceName() + " -> " + m.targetFolder());
      if (detailed) {
        for (FileMapping f : m.files()) {
          String role = f.role().name().toLowerCase(Locale.ROOT);
          String hash = f.disambiguation().map(h -> " [hash " + h + "]").orElse("");
          line(
              "  "
                  + pad(role, 14)
                  + (f.source().equals(f.target()) ? f.target() : f.source() + " -> " + f.target())
                  + hash);
        }
      }
    }
    for (Map.Entry<String, List<FileMapping>> c : plan.collections().entrySet()) {
      line("collection " + c.getKey() + "/");
      if (detailed) {
        for (FileMapping f : c.getValue()) {
          line("  " + pad("loose", 14) + f.target());
        }
      }
    }
    if (detailed) {
      keptAndExcluded(io.err(), List.of(), plan.excluded());
      io.err().flush();
    }
    ignored(plan.ignored());
    losses(plan.losses());
    problems(plan);
    bold(
        "Summary: "
            + Counts.plural(plan.movies().size(), "movie", "movies")
            + " planned, "
            + Counts.plural(plan.folderClashes().size(), "folder clash", "folder clashes")
            + ", "
            + Counts.plural(plan.movieClashes().size(), "video clash", "video clashes")
            + ", "
            + Counts.plural(plan.losses().size(), "translation loss", "translation losses")
            + ", "
            + plan.ignored().size()
            + " ignored"
            + keptAndExcluded(0, plan.excluded().size())
            + ".");
    report.flush();
  }

  /**
   * The summary's counts of kept and excluded entries, e.g. {@code ", 2 protected by keep rules, 1
   * excluded"}; each only when there are any, so a run without them keeps the seed's summary line.
   */
  static String keptAndExcluded(int kept, int excluded) {
    return (kept == 0 ? "" : ", " + kept + " protected by keep rules")
        + (excluded == 0 ? "" : ", " + excluded + " excluded");
  }

  /** With --verbose: every kept and every excluded entry. */
  private static void keptAndExcluded(PrintWriter log, List<String> kept, List<String> excluded) {
    for (String k : kept) {
      log.println("kept: " + TerminalText.escape(k));
    }
    for (String e : excluded) {
      log.println("excluded: " + TerminalText.escape(e));
    }
  }

  void importing(SyncReport r) {
    importing(r, false);
  }

  /** The import report; {@code logged} as for {@link #sync(SyncReport, boolean, boolean)}. */
  void importing(SyncReport r, boolean logged) {
    Plan plan = r.plan();
    if (r.dryRun()) {
      bold("Dry run: nothing was changed; this is what a real run would do.");
    }
    if (detailed && !logged) {
      events(io.err(), plan.source(), plan.target(), r.events());
      io.err().flush();
    }
    ignored(plan.ignored());
    losses(plan.losses());
    errors(plan.errors());
    errors(r.errors());
    bold(
        "Summary: "
            + Counts.plural(r.moviesProcessed(), "movie", "movies")
            + ", "
            + Counts.plural(r.filesUpdated(), "file", "files")
            + " imported, "
            + Counts.of(r.events(), Action.SKIP)
            + " skipped, "
            + plan.ignored().size()
            + " ignored, "
            + Counts.plural(plan.errors().size() + r.errors().size(), "error", "errors")
            + ".");
    report.flush();
  }

  /** Per movie folder: a line with the counts, then one line per changed file (skips: --debug). */
  private void events(PrintWriter log, Path sourceRoot, Path targetRoot, List<Event> events) {
    MovieLog movies = new MovieLog(log, io.terminal(), sourceRoot, targetRoot, debug, null);
    events.forEach(movies::add);
    movies.finish();
  }

  private void ignored(List<IgnoredEntry> ignored) {
    int limit = detailed ? Integer.MAX_VALUE : SHORT_LIST;
    int shown = 0;
    for (IgnoredEntry e : ignored) {
      if (shown++ == limit) {
        line("  ... and " + (ignored.size() - limit) + " more ignored (--verbose lists all)");
        break;
      }
      line("ignored: " + e.relativePath() + " (" + e.reason() + ")");
    }
  }

  private void losses(List<TranslationLoss> losses) {
    int limit = detailed ? Integer.MAX_VALUE : SHORT_LIST;
    int shown = 0;
    for (TranslationLoss l : losses) {
      if (shown++ == limit) {
        line(
            "  ... and "
                + Counts.plural(
                    losses.size() - limit, "more translation loss", "more translation losses")
                + " (--verbose lists all)");
        break;
      }
      line(
          "translation loss: "
              + l.kind().jsonName()
              + " "
              + (l.key().isEmpty() ? "" : l.key() + "=")
              + "\""
              + l.value()
              + "\" ("
              + l.reason()
              + ")");
    }
  }

  /** Clashes and unwritable movies of the plan: warnings and errors on stderr. */
  private void problems(Plan plan) {
    report.flush();
    for (FolderClash c : plan.folderClashes()) {
      io.warn(
          "folder clash: "
              + String.join(", ", c.sourceFolders())
              + " all map to "
              + c.targetFolder()
              + "; none of them is synced. Rename one of them in the source.");
    }
    for (VideoClash c : plan.movieClashes()) {
      io.warn(
          "video clash in "
              + c.movieFolder()
              + ": "
              + String.join(", ", c.sourceFileNames())
              + " all map to "
              + c.targetFileName()
              + "; they are not synced. Rename one of them in the source.");
    }
    errors(plan.errors());
  }

  private void errors(List<FileError> errors) {
    report.flush();
    for (FileError e : errors) {
      io.error(e.path() + ": " + Flags.of(e.reason()));
    }
  }

  /** A report line; its control characters are escaped (names can hold any). */
  private void line(String text) {
    report.println(TerminalText.escape(text));
  }

  /** A report line in bold, escaped as {@link #line}. */
  private void bold(String text) {
    report.println(io.terminal().paint(Style.BOLD, TerminalText.escape(text)));
  }

  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.append(' ').toString();
  }
}

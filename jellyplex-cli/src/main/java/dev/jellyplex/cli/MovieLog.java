package dev.jellyplex.cli;

import dev.jellyplex.cli.Terminal.Style;
import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.FileError;
import dev.jellyplex.engine.SyncListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The per-movie log of {@code --verbose} on stderr: for each target movie folder a line with its
 * counts, then one line per changed file ({@code skip} only with {@code --debug}). Used as a
 * listener it logs each movie as soon as the next one starts, and drives the progress bar if there
 * is one.
 */
final class MovieLog implements SyncListener {
  private final PrintWriter log;
  private final Terminal terminal;
  private final Path sourceRoot;
  private final Path targetRoot;
  private final boolean debug;
  private final @Nullable ProgressBar bar;
  private final List<Event> pending = new ArrayList<>();
  private @Nullable String current;

  MovieLog(
      PrintWriter log,
      Terminal terminal,
      Path sourceRoot,
      Path targetRoot,
      boolean debug,
      @Nullable ProgressBar bar) {
    this.log = log;
    this.terminal = terminal;
    this.sourceRoot = sourceRoot;
    this.targetRoot = targetRoot;
    this.debug = debug;
    this.bar = bar;
  }

  @Override
  public void started(long files, long bytes) {
    if (bar != null) {
      bar.started(files, bytes);
    }
  }

  @Override
  public void event(Event event, long bytes) {
    add(event);
    if (bar != null) {
      bar.event(event, bytes);
    }
  }

  @Override
  public void error(FileError error) {
    if (bar != null) {
      bar.error(error);
    }
  }

  /** Adds an event; a new movie folder logs the previous one. */
  void add(Event event) {
    String movie = movieOf(event);
    if (!movie.equals(current)) {
      flush();
      current = movie;
    }
    pending.add(event);
  }

  /** Logs the pending movie, and clears the progress bar. */
  void finish() {
    flush();
    if (bar != null) {
      bar.finish();
    }
  }

  private String movieOf(Event e) {
    Path relative =
        e.target().startsWith(targetRoot) ? targetRoot.relativize(e.target()) : e.target();
    return relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    if (bar != null) {
      bar.finish();
    }
    Map<Action, Integer> counts = new EnumMap<>(Action.class);
    for (Event e : pending) {
      counts.merge(e.action(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((a, n) -> parts.add(n + " " + past(a)));
    log.println(
        terminal.paint(Style.BOLD, TerminalText.escape(String.valueOf(current)))
            + ": "
            + String.join(", ", parts));
    for (Event e : pending) {
      if (e.action() != Action.SKIP || debug) {
        log.println(line(e));
      }
    }
    log.flush();
    pending.clear();
  }

  private String line(Event e) {
    String target = relative(targetRoot, e.target());
    String source = e.source().map(s -> relative(sourceRoot, s)).orElse("");
    String context =
        e.context()
            .map(c -> " (" + c.jsonName() + ")")
            .or(() -> e.previous().map(p -> " (was " + relative(targetRoot, p) + ")"))
            .orElse("");
    return "  "
        + terminal.paint(colour(e.action()), HumanReport.pad(e.action().jsonName(), 8))
        + TerminalText.escape(target + (source.isEmpty() ? "" : " <- " + source) + context);
  }

  private static String relative(Path root, Path p) {
    return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
  }

  private static Style colour(Action action) {
    return switch (action) {
      case REMOVE -> Style.RED;
      case REPLACE, RENAME -> Style.YELLOW;
      case SKIP -> Style.DIM;
      case LINK -> Style.GREEN;
    };
  }

  private static String past(Action action) {
    return switch (action) {
      case LINK -> "linked";
      case REPLACE -> "replaced";
      case SKIP -> "skipped";
      case REMOVE -> "removed";
      case RENAME -> "renamed";
    };
  }
}

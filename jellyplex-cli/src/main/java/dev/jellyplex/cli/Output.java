package dev.jellyplex.cli;

import dev.jellyplex.cli.Terminal.Style;
import java.io.PrintWriter;

/**
 * The two output channels of a run: results on stdout, logs and progress on stderr. Messages
 * (debug, info, warning, error) are single lines; their control characters are escaped ({@link
 * TerminalText}).
 */
final class Output {
  /** How much goes to stderr. */
  enum Level {
    DEBUG,
    INFO,
    WARN
  }

  private final PrintWriter out;
  private final PrintWriter err;
  private final Terminal terminal;
  private final String program;
  private Level level = Level.INFO;

  Output(PrintWriter out, PrintWriter err, Terminal terminal, String program) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.program = program;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  Terminal terminal() {
    return terminal;
  }

  /** The program name as the user called it, e.g. {@code jellyplex-sync}. */
  String program() {
    return program;
  }

  void level(Level level) {
    this.level = level;
  }

  boolean debugEnabled() {
    return level == Level.DEBUG;
  }

  boolean infoEnabled() {
    return level != Level.WARN;
  }

  void debug(String message) {
    if (debugEnabled()) {
      err.println(terminal.paint(Style.DIM, "debug: " + TerminalText.escape(message)));
      err.flush();
    }
  }

  void info(String message) {
    if (infoEnabled()) {
      err.println(TerminalText.escape(message));
      err.flush();
    }
  }

  void warn(String message) {
    out.flush();
    err.println(terminal.paint(Style.YELLOW, "warning:") + " " + TerminalText.escape(message));
    err.flush();
  }

  void error(String message) {
    out.flush();
    err.println(terminal.paint(Style.RED, "error:") + " " + TerminalText.escape(message));
    err.flush();
  }

  /**
   * The stack trace of {@code e} on stderr (for {@code --debug}), each line escaped but for the tab
   * that indents its frames (an exception's message can hold a name).
   */
  void stackTrace(Throwable e) {
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    trace
        .toString()
        .lines()
        .forEach(
            line ->
                err.println(
                    line.startsWith("\t")
                        ? "\t" + TerminalText.escape(line.substring(1))
                        : TerminalText.escape(line)));
    err.flush();
  }

  /** Whether stdout was closed early (e.g. piped into {@code head}). */
  boolean outClosed() {
    return out.checkError();
  }
}

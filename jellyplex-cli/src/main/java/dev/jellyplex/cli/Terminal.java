package dev.jellyplex.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the standard streams are connected to: decides progress bars and colours. Both need a real
 * terminal whose {@code TERM} is set and not {@code dumb}, and no {@code NO_COLOR} in the
 * environment; colours also need stdout to be that terminal (a report redirected into a file gets
 * no escape sequences).
 */
final class Terminal {
  private final boolean interactive;
  private final boolean colour;

  Terminal(boolean interactive, boolean colour) {
    this.interactive = interactive;
    this.colour = colour;
  }

  /** No progress bar, no colours: for tests, pipes and files. */
  static Terminal plain() {
    return new Terminal(false, false);
  }

  /** Looks at the real console and environment of this process. */
  static Terminal detect() {
    return detect(isTerminal(1) && isTerminal(2), isTerminal(2), System.getenv());
  }

  /**
   * Whether file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. On Linux {@code
   * /proc/self/fd/N} tells exactly; elsewhere the console decides ({@code Console.isTerminal()} on
   * JDK 22 and newer, where {@code System.console()} is no longer null for pipes).
   */
  static boolean isTerminal(int fd) {
    try {
      Path link = Path.of("/proc/self/fd/" + fd);
      if (Files.isSymbolicLink(link)) {
        String to = Files.readSymbolicLink(link).toString();
        return to.startsWith("/dev/pts/") || to.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or /proc is not mounted: ask the console below
    }
    Console console = System.console();
    // On JDK 21 and older a console exists only when stdin and stdout are terminals.
    @SuppressWarnings("SystemConsoleNull")
    boolean none = console == null;
    if (none) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21 and older: a console exists only on a terminal
    }
  }

  /** As {@link #detect(boolean, boolean, Map)} with stdout and stderr on the same terminal. */
  static Terminal detect(boolean console, Map<String, String> env) {
    return detect(console, console, env);
  }

  /**
   * Progress (drawn on stderr) only when stderr is a terminal, colours only when stdout and stderr
   * both are; neither on a terminal whose {@code TERM} is unset, empty or {@code dumb} (it cannot
   * move the cursor or erase a line), nor with {@code NO_COLOR} set.
   */
  static Terminal detect(boolean bothConsole, boolean stderrConsole, Map<String, String> env) {
    String term = env.getOrDefault("TERM", "");
    boolean capable = !term.isEmpty() && !term.equals("dumb") && !env.containsKey("NO_COLOR");
    return new Terminal(stderrConsole && capable, bothConsole && capable);
  }

  /** Whether a progress bar may be drawn on stderr. */
  boolean interactive() {
    return interactive;
  }

  /** Whether ANSI colours may be used. */
  boolean colour() {
    return colour;
  }

  /** Wraps {@code text} in an ANSI style when colours are on. */
  String paint(Style style, String text) {
    return colour ? "\u001b[" + style.code + "m" + text + "\u001b[0m" : text;
  }

  /** The few ANSI styles used. */
  enum Style {
    BOLD("1"),
    RED("31"),
    GREEN("32"),
    YELLOW("33"),
    CYAN("36"),
    DIM("2");

    final String code;

    Style(String code) {
      this.code = code;
    }
  }
}

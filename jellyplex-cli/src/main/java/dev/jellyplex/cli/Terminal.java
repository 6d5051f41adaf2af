package dev.jellyplex.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the standard streams are connected to: decides progress bars and colours. */
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
    return detect(stderrIsTerminal(), System.getenv());
  }

  /**
   * Whether stderr (where progress is drawn) is a terminal. On Linux {@code /proc/self/fd/2} tells
   * exactly; elsewhere the console decides ({@code Console.isTerminal()} on JDK 22 and newer, where
   * {@code System.console()} is no longer null for pipes).
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd)) {
        String to = Files.readSymbolicLink(fd).toString();
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

  /** Colours only on a terminal, never with {@code NO_COLOR} set or a dumb terminal. */
  static Terminal detect(boolean console, Map<String, String> env) {
    boolean noColour = env.containsKey("NO_COLOR") || "dumb".equals(env.get("TERM"));
    return new Terminal(console, console && !noColour);
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

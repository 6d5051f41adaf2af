package dev.jellyplex.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code jellyplex} (and {@code jellyplex-sync}) command line.
 *
 * <pre>{@code
 * int exit = Main.run(new String[] {"diff", "/media/plex", "/media/jellyfin"}, System.out, System.err);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Main {
  /** The subcommands; any other first argument that is not an option implies {@code sync}. */
  static final Set<String> COMMANDS =
      Set.of("sync", "diff", "plan", "import", "watch", "demo", "generate");

  /**
   * The system property that, set to {@code false}, sends every command line to picocli ({@link
   * FastSyncParse} is then not used).
   */
  static final String FAST_PARSE = "jellyplex.fastParse";

  private Main() {}

  /** Runs the program and exits with its exit code. */
  public static void main(String[] args) {
    java.util.OptionalInt relaunched = Utf8Relaunch.ifNeeded(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    args = Utf8Relaunch.arguments(args);
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err, Terminal.detect());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the program with the given arguments, writing results to {@code out} and logs to {@code
   * err} (UTF-8, no colours, no progress bar), and returns the exit code: 0 success, 1 problems
   * reported (for {@code diff}: differences), 2 setup or usage error.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Terminal.plain());
  }

  static int run(String[] args, PrintStream out, PrintStream err, Terminal terminal) {
    return run(args, out, err, terminal, !"false".equals(System.getProperty(FAST_PARSE)));
  }

  /**
   * As {@link #run(String[], PrintStream, PrintStream, Terminal)}; {@code fast}: whether to try
   * {@link FastSyncParse} before picocli.
   */
  static int run(String[] args, PrintStream out, PrintStream err, Terminal terminal, boolean fast) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      Output io = new Output(outWriter, errWriter, terminal, programName());
      try {
        if (args.length > 0) {
          List<String> meant = mistypedCommand(args[0]);
          if (!meant.isEmpty()) {
            return unknownCommand(io, args[0], meant);
          }
        }
        if (fast && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
          // what picocli prints for it, without building every command's model first
          for (String line : new VersionProvider().getVersion()) {
            io.out().println(line);
          }
          return Exit.OK;
        }
        String[] full = withImplicitSync(args);
        // The common sync command lines skip picocli's model of the command (a fast start); the
        // parse is tried for every command so that the class-data-sharing archive, trained on
        // `demo`, holds its class.
        SyncCommand sync = fast ? FastSyncParse.parse(io, full) : null;
        if (sync != null) {
          try {
            return sync.call(); // as picocli's execute does
          } catch (RuntimeException e) {
            return internalError(io, e);
          }
        }
        // Only the command that runs is built: picocli reads each command's annotations by
        // reflection, and building all six was a tenth of the start-up of a small sync.
        String only = full.length > 0 && COMMANDS.contains(full[0]) ? full[0] : null;
        return commandLine(io, only).execute(full);
      } catch (RuntimeException e) { // last line of defence: never a stack trace without --debug
        io.error("internal error: " + e + " (run with --debug for details, and please report it)");
        if (Arrays.asList(args).contains("--debug")) {
          io.stackTrace(e);
        }
        return Exit.SETUP;
      }
    } finally {
      outWriter.flush();
      errWriter.flush();
      out.flush();
      err.flush();
    }
  }

  /**
   * The commands a first argument is probably a typo of: empty unless it is neither a command, nor
   * an option, nor an existing file or folder (the implicit {@code sync} of a source folder), and
   * close to a command's name. Anything else that is not a folder would fail as a sync anyway.
   */
  static List<String> mistypedCommand(String first) {
    return mistypedCommand(first, new ExistingPath());
  }

  /** Whether a command-line argument names an existing path (a class, not a lambda: start-up). */
  private static final class ExistingPath implements Predicate<String> {
    @Override
    public boolean test(String name) {
      try {
        return Files.exists(Path.of(name), LinkOption.NOFOLLOW_LINKS);
      } catch (InvalidPathException e) {
        return false;
      }
    }
  }

  /** As {@link #mistypedCommand(String)}, with {@code exists} telling whether a path exists. */
  static List<String> mistypedCommand(String first, Predicate<String> exists) {
    if (first.startsWith("-") || COMMANDS.contains(first) || first.contains("/")) {
      return List.of();
    }
    List<String> meant = Suggestions.closest(first, new TreeSet<>(COMMANDS));
    return meant.isEmpty() || exists.test(first) ? List.of() : meant;
  }

  /** A first argument that is no command and no folder but looks like a command: exit 2. */
  private static int unknownCommand(Output io, String typed, List<String> meant) {
    io.error("'" + typed + "' is neither a command nor an existing folder");
    io.err().println(Suggestions.sentence(meant));
    io.err()
        .println("Try '" + TerminalText.escape(io.program()) + " --help' for more information.");
    io.err().flush();
    return Exit.SETUP;
  }

  /** Puts {@code sync} in front of arguments that start with neither a command nor an option. */
  static String[] withImplicitSync(String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      return args;
    }
    if (args[0].equals("demo")) {
      // The seed allows "jellyplex-sync demo TARGET" (a source folder named demo): that stays a
      // sync; "demo" alone or with options only is the demo command.
      boolean folderFollows = false;
      for (int i = 1; i < args.length; i++) {
        folderFollows |= !args[i].startsWith("-") && !args[i - 1].equals("--dir");
      }
      if (!folderFollows) {
        return args;
      }
    } else if (COMMANDS.contains(args[0])) {
      return args;
    }
    String[] withSync = new String[args.length + 1];
    withSync[0] = "sync";
    System.arraycopy(args, 0, withSync, 1, args.length);
    return withSync;
  }

  /** The command tree, with output going to {@code io}; also used to generate docs. */
  static CommandLine commandLine(Output io) {
    return commandLine(io, null);
  }

  /**
   * The command tree with every subcommand, or with only subcommand {@code only} (the others are
   * then unknown to it: only for running a command line that starts with {@code only}).
   */
  static CommandLine commandLine(Output io, @Nullable String only) {
    CommandLine cl = new CommandLine(new JellyplexCommand());
    if (only == null || only.equals("sync")) {
      add(cl, "sync", new SyncCommand(io));
    }
    if (only == null || only.equals("diff")) {
      add(cl, "diff", new DiffCommand(io));
    }
    if (only == null || only.equals("plan")) {
      add(cl, "plan", new PlanCommand(io));
    }
    if (only == null || only.equals("import")) {
      add(cl, "import", new ImportCommand(io));
    }
    if (only == null || only.equals("watch")) {
      add(cl, "watch", new WatchCommand(io));
    }
    if (only == null || only.equals("demo")) {
      add(cl, "demo", new DemoCommand(io));
    }
    if (only == null || only.equals("generate")) {
      add(cl, "generate", new GenerateCommand(io));
    }
    if (cl.getSubcommands().isEmpty()) {
      throw new IllegalArgumentException("no such command: " + only);
    }
    cl.setCommandName(io.program());
    // Python's argparse accepts unique prefixes of long options (--dry for --dry-run); so do we,
    // so that scripts written for jellyplex-sync keep working.
    cl.setAbbreviatedOptionsAllowed(true);
    cl.setOut(io.out());
    cl.setErr(io.err());
    cl.setColorScheme(
        CommandLine.Help.defaultColorScheme(io.terminal().colour() ? Ansi.ON : Ansi.OFF));
    cl.setParameterExceptionHandler((e, a) -> usageError(io, e));
    cl.setExecutionExceptionHandler((e, c, p) -> internalError(io, e));
    cl.setExitCodeExceptionMapper(e -> Exit.SETUP);
    cl.setUsageHelpAutoWidth(io.terminal().interactive());
    return cl;
  }

  /** An exception out of a command's {@code call()}: exit 2. */
  private static int internalError(Output io, Exception e) {
    io.error("internal error: " + e);
    return Exit.SETUP; // not reached: EngineCommand.call() catches everything
  }

  /**
   * Adds a subcommand and gives its shared options the descriptions it asks for ({@link
   * EngineCommand#optionHelp()}), through a resource bundle: picocli looks an option's description
   * up there under its name before it takes the annotation's.
   */
  private static void add(CommandLine cl, String name, EngineCommand command) {
    cl.addSubcommand(name, command);
    Map<String, String> help = command.optionHelp();
    if (help.isEmpty()) {
      return;
    }
    CommandSpec spec = Objects.requireNonNull(cl.getSubcommands().get(name)).getCommandSpec();
    // Loops, not streams and lambdas: each lambda is a class generated at start-up
    // (docs/cli.md, "Start-up time").
    List<Object[]> entries = new ArrayList<>();
    for (Map.Entry<String, String> e : help.entrySet()) {
      if (e.getValue().isEmpty()) {
        spec.remove(Objects.requireNonNull(spec.findOption(e.getKey()), e.getKey()));
      } else {
        entries.add(new Object[] {e.getKey(), e.getValue()});
      }
    }
    Object[][] contents = entries.toArray(new Object[0][]);
    spec.resourceBundle(
        new ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return contents;
          }
        });
  }

  /**
   * A bad command line: the message, a "did you mean" for a mistyped option, and a one-line hint;
   * exit 2.
   */
  private static int usageError(Output io, ParameterException e) {
    String message = String.valueOf(e.getMessage());
    message = message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    CommandLine command = e.getCommandLine();
    List<String> suggestions = List.of();
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      if (first.startsWith("-")) {
        suggestions = Suggestions.closest(first, optionNames(command));
        if (suggestions.isEmpty()) {
          suggestions = unmatched.getSuggestions();
        }
      } else if (!command.getCommandSpec().positionalParameters().isEmpty()) {
        // picocli says "Unmatched argument at index 3", counting an implied "sync"
        List<String> labels = new ArrayList<>();
        command.getCommandSpec().positionalParameters().forEach(p -> labels.add(p.paramLabel()));
        message =
            "unexpected argument '"
                + first
                + "': "
                + command.getCommandName()
                + " takes "
                + String.join(" ", labels);
      }
    }
    io.error(message);
    if (!suggestions.isEmpty()) {
      io.err().println(TerminalText.escape(Suggestions.sentence(suggestions)));
    }
    if (command.getParent() == null && e.getCommandLine().getParseResult() != null) {
      io.err()
          .println(
              TerminalText.escape(
                  "When the first argument is an option, spell out the command, e.g. '"
                      + io.program()
                      + " sync --delete SOURCE TARGET'; see '"
                      + io.program()
                      + " --help'."));
    } else {
      io.err()
          .println(
              "Try '"
                  + TerminalText.escape(qualifiedName(command))
                  + " --help' for more information.");
    }
    io.err().flush();
    return Exit.SETUP;
  }

  /** Every long name, then every short name, of the command's options. */
  private static List<String> optionNames(CommandLine command) {
    List<String> names = new ArrayList<>();
    for (var option : command.getCommandSpec().options()) {
      names.add(option.longestName());
    }
    return names;
  }

  private static String qualifiedName(CommandLine command) {
    return command.getCommandSpec().qualifiedName(" ");
  }

  /** The name the user called us by: {@code jellyplex} or, through its launcher, another. */
  static String programName() {
    String name = System.getProperty("jellyplex.program");
    return name == null || name.isBlank() ? "jellyplex" : name;
  }
}

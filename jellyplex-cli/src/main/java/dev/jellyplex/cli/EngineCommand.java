package dev.jellyplex.cli;

import dev.jellyplex.engine.RefusedException;
import dev.jellyplex.engine.SetupException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;

/**
 * What every subcommand shares: output options, turning arguments into paths, and turning
 * exceptions into one-line messages and exit codes. Subclasses only parse, call the engine and
 * render.
 */
abstract class EngineCommand implements Callable<Integer> {
  @Mixin OutputOptions output = new OutputOptions();

  final Output io;

  EngineCommand(Output io) {
    this.io = io;
  }

  /** The operation name used in JSON, e.g. {@code sync}. */
  abstract String operation();

  /** The exit code for an unexpected failure: 1 for sync and import, 2 for diff and plan. */
  abstract int failureCode();

  /**
   * What hears the engine: the live per-movie log with {@code --verbose}, the progress bar on a
   * terminal without {@code --json}, both, or nothing (null).
   */
  @Nullable MovieLog listener(Path source, Path target) {
    ProgressBar bar =
        io.terminal().interactive() && !output.json
            ? new ProgressBar(io.err(), System::nanoTime)
            : null;
    if (!output.detailed() && bar == null) {
      return null;
    }
    PrintWriter log = output.detailed() ? io.err() : new PrintWriter(Writer.nullWriter());
    return new MovieLog(log, io.terminal(), source, target, output.debug, bar);
  }

  /** Runs the command; returns the exit code. */
  abstract int execute() throws IOException;

  @Override
  public final Integer call() {
    io.level(output.level());
    encodingWarning(System.getProperty("sun.jnu.encoding", "UTF-8")).ifPresent(io::warn);
    try {
      return execute();
    } catch (UsageException e) {
      return fail(Exit.SETUP, String.valueOf(e.getMessage()), e);
    } catch (SetupException e) {
      return fail(Exit.SETUP, String.valueOf(e.getMessage()), e);
    } catch (RefusedException e) {
      return fail(Math.max(Exit.PROBLEMS, failureCode()), String.valueOf(e.getMessage()), e);
    } catch (IOException e) {
      return fail(failureCode(), describe(e), e);
    } catch (UncheckedIOException e) {
      return fail(
          failureCode(),
          describe(
              java.util.Objects.requireNonNullElse(e.getCause(), new IOException(e.getMessage()))),
          e);
    } catch (InvalidPathException e) {
      return fail(
          failureCode(),
          "a file name cannot be represented in the character set "
              + System.getProperty("sun.jnu.encoding")
              + ": "
              + e.getInput()
              + "; set LC_ALL=C.UTF-8 or run through the jellyplex launcher script",
          e);
    } catch (RuntimeException e) {
      return fail(
          failureCode(),
          "internal error: "
              + e
              + (output.debug ? "" : " (run with --debug for details, and please report it)"),
          e);
    }
  }

  private int fail(int code, String message, Exception e) {
    message = Flags.of(message);
    io.error(message);
    if (output.debug) {
      e.printStackTrace(io.err());
      io.err().flush();
    }
    if (output.json) {
      Json.write(JsonDocuments.error(operation(), code, message), io.out());
    }
    return code;
  }

  /**
   * A warning when the JVM decodes file names in a charset other than UTF-8 (it takes it from the
   * locale's LC_CTYPE; {@code -Dsun.jnu.encoding} is ignored).
   */
  static Optional<String> encodingWarning(String jnuEncoding) {
    if (Utf8Relaunch.isUtf8(jnuEncoding)) {
      return Optional.empty();
    }
    return Optional.of(
        "file names are read as "
            + jnuEncoding
            + " (the locale's character set), so names with non-ASCII characters are mangled"
            + " or rejected; set LC_ALL=C.UTF-8 or run through the jellyplex launcher script.");
  }

  /** A command-line path, made absolute; the only place the CLI creates paths from strings. */
  static Path path(String argument, String what) throws UsageException {
    try {
      return Path.of(argument).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new UsageException(what + " is not a usable path: " + e.getMessage());
    }
  }

  /** A short message for a filesystem error: what happened, and to which path. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof FileSystemException f) {
      String reason = f.getReason();
      return (reason == null ? "filesystem error" : reason)
          + ": "
          + f.getFile()
          + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** A usage problem found after parsing (e.g. an unusable path): exit 2. */
  static final class UsageException extends IOException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}

package dev.jellyplex.engine.demo;

import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.util.Locale;

/**
 * Command-line entry point of the demo generator, for scripts and benchmarks: {@code java -cp
 * jellyplex.jar dev.jellyplex.engine.demo.DemoMain --format plex --movies 20 --seed demo --out
 * DIR}. Prints one line {@code format=plex movies=20 files=.. folders=.. bytes=.. out=DIR}; exits 0
 * on success, 1 when writing fails, 2 on a usage error.
 *
 * @since 0.1.0
 */
public final class DemoMain {
  private static final String USAGE =
      "usage: DemoMain --out DIR [--format plex|jellyfin] [--movies N] [--seed TEXT]"
          + " [--file-size BYTES] [--no-extras] [--no-subtitles] [--no-artwork] [--no-hidden]";

  private DemoMain() {}

  /** Runs the generator on the default filesystem and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, FileSystems.getDefault(), System.out, System.err));
  }

  /** Runs the generator; {@code --out} is resolved on {@code fs}. Returns the exit code. */
  static int run(String[] args, FileSystem fs, PrintStream out, PrintStream err) {
    DemoOptions.Builder options = DemoOptions.builder();
    String dir = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          value = arg.substring(eq + 1);
          arg = arg.substring(0, eq);
        }
        switch (arg) {
          case "-h", "--help" -> {
            out.println(USAGE);
            return 0;
          }
          case "--no-extras" -> options.extras(false);
          case "--no-subtitles" -> options.subtitles(false);
          case "--no-artwork" -> options.artwork(false);
          case "--no-hidden" -> options.hiddenFiles(false);
          case "--format", "--movies", "--seed", "--file-size", "--out" -> {
            if (value == null) {
              if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
              }
              value = args[++i];
            }
            if (arg.equals("--out")) {
              dir = value;
            } else {
              option(options, arg, value);
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (dir == null) {
        throw new IllegalArgumentException("--out DIR is required");
      }
      DemoOptions built = options.build();
      DemoSummary s = DemoLibrary.generate(fs.getPath(dir), built);
      out.println(
          "format="
              + built.format().name()
              + " movies="
              + s.movies()
              + " files="
              + s.files()
              + " folders="
              + s.folders()
              + " bytes="
              + s.bytes()
              + " out="
              + dir);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static void option(DemoOptions.Builder options, String name, String value) {
    switch (name) {
      case "--format" -> {
        String format = value.toLowerCase(Locale.ROOT);
        if (!format.equals("plex") && !format.equals("jellyfin")) {
          throw new IllegalArgumentException("--format must be plex or jellyfin, got " + value);
        }
        options.format(FormatId.of(format));
      }
      case "--movies" -> options.movies((int) number(name, value, Integer.MAX_VALUE));
      case "--seed" -> options.seed(value);
      default -> options.fileSize(number(name, value, Long.MAX_VALUE)); // --file-size
    }
  }

  private static long number(String name, String value, long max) {
    try {
      long n = Long.parseLong(value);
      if (n < 0 || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " needs a number from 0 to " + max + ", got " + value);
    }
  }
}

package dev.jellyplex.cli;

import dev.jellyplex.demo.DemoLibrary;
import dev.jellyplex.demo.DemoOptions;
import dev.jellyplex.demo.DemoSummary;
import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code generate}: writes a plausible, deterministic library to try jellyplex on. */
@Command(
    name = "generate",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write a library of empty files to try things on; the same seed, the same library.",
      "",
      "Writes a plausible movie library of empty (or sparse) files into DIR, which must be empty"
          + " or absent: editions, DVD/BD/4K versions, ids, extras folders and inline extras,"
          + " subtitles, posters, NFOs, stacked parts, a few tricky names. The same seed gives"
          + " the same library on every machine, in either naming.",
      "",
      "The folder is the last argument or --out DIR; the naming is an argument before it or"
          + " --format. These are the same:",
      "  ${COMMAND-FULL-NAME} --movies 20 --seed demo ./demo-plex",
      "  ${COMMAND-FULL-NAME} plex --seed=demo --movies=20 --out=./demo-plex"
    })
final class GenerateCommand extends EngineCommand {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = FormatChoice.Candidates.class,
      converter = FormatChoice.Converter.class,
      description = "Naming of the library: plex (default) or jellyfin; the same as FORMAT.")
  @Nullable FormatChoice format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the library; the same as DIR.")
  @Nullable String out;

  @Option(
      names = "--movies",
      paramLabel = "N",
      description = "How many movie folders to write (default: ${DEFAULT-VALUE}).")
  int movies = 20;

  @Option(
      names = "--seed",
      paramLabel = "TEXT",
      description = "Any text; equal seeds give identical libraries (default: ${DEFAULT-VALUE}).")
  String seed = "demo";

  @Option(
      names = "--file-size",
      paramLabel = "BYTES",
      description =
          "Size of every video file; sparse where the filesystem allows (default: 0, empty).")
  long fileSize;

  @Option(names = "--no-extras", description = "No extras folders or inline extras.")
  boolean noExtras;

  @Option(names = "--no-subtitles", description = "No subtitle files.")
  boolean noSubtitles;

  @Option(names = "--no-artwork", description = "No posters, fanart or NFO files.")
  boolean noArtwork;

  @Option(names = "--no-hidden", description = "No .DS_Store files.")
  boolean noHidden;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FORMAT",
      completionCandidates = FormatChoice.Candidates.class,
      description =
          "Naming of the library: plex or jellyfin. Only before DIR, or with --out; a single"
              + " argument is DIR.")
  @Nullable String first;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "DIR",
      description = "Where to write the library (or --out DIR).")
  @Nullable String second;

  GenerateCommand(Output io) {
    super(io);
  }

  @Override
  Map<String, String> optionHelp() {
    return Map.of(
        "verbose",
        "",
        "debug",
        "Debug logging and the stack traces of errors.",
        "json",
        "Print the counts as one JSON document on stdout.");
  }

  @Override
  String operation() {
    return "generate";
  }

  @Override
  int failureCode() {
    return Exit.SETUP;
  }

  /**
   * The naming and the folder from the accepted forms: {@code [FORMAT] DIR}, {@code [FORMAT] --out
   * DIR}, with {@code --format FORMAT} in place of the argument.
   */
  Target target() throws UsageException {
    String formatArgument;
    String dir;
    if (out != null) {
      if (second != null) {
        throw new UsageException(
            "unexpected argument '" + second + "': the folder is already given by --out");
      }
      formatArgument = first;
      dir = out;
    } else if (second != null) {
      formatArgument = first;
      dir = second;
    } else if (first != null) {
      formatArgument = null;
      dir = first;
    } else {
      throw new UsageException("missing the folder to write: give DIR or --out DIR");
    }
    FormatChoice choice = format;
    if (formatArgument != null) {
      FormatChoice positional;
      try {
        positional = new FormatChoice.Converter().convert(formatArgument);
      } catch (picocli.CommandLine.TypeConversionException e) {
        throw new UsageException(String.valueOf(e.getMessage()));
      }
      if (choice != null && !choice.toString().equals(positional.toString())) {
        throw new UsageException(
            "two namings given: '" + formatArgument + "' and --format " + choice + "; give one");
      }
      choice = positional;
    }
    FormatId id = choice == null ? FormatId.PLEX : choice.format().orElse(FormatId.PLEX);
    return new Target(id, path(dir, "DIR"));
  }

  /** Where to write, in which naming. */
  static final class Target {
    final FormatId format;
    final Path dir;

    Target(FormatId format, Path dir) {
      this.format = format;
      this.dir = dir;
    }
  }

  @Override
  int execute() throws IOException {
    Target where = target();
    FormatId id = where.format;
    DemoOptions options;
    try {
      options =
          DemoOptions.builder()
              .format(id)
              .movies(movies)
              .seed(seed)
              .fileSize(fileSize)
              .extras(!noExtras)
              .subtitles(!noSubtitles)
              .artwork(!noArtwork)
              .hiddenFiles(!noHidden)
              .build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
    Path root = where.dir;
    DemoSummary summary = DemoLibrary.generate(root, options);
    if (output.json) {
      Json.write(JsonDocuments.generate(root, id, summary), io.out());
    } else {
      io.out()
          .println(
              TerminalText.escape(
                  "Generated "
                      + Counts.plural(summary.movies(), "movie", "movies")
                      + " in "
                      + id.name()
                      + " naming in "
                      + root
                      + ": "
                      + Counts.plural(summary.files(), "file", "files")
                      + ", "
                      + Counts.plural(summary.folders(), "folder", "folders")
                      + ", "
                      + Counts.plural(summary.bytes(), "byte", "bytes")
                      + "."));
    }
    return Exit.OK;
  }
}

package dev.jellyplex.cli;

import dev.jellyplex.demo.DemoLibrary;
import dev.jellyplex.demo.DemoOptions;
import dev.jellyplex.demo.DemoSummary;
import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.Path;
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
      "Write a plausible movie library of empty (or sparse) files into DIR, which must be empty or"
          + " absent: editions, DVD/BD/4K versions, ids, extras folders and inline extras,"
          + " subtitles, posters, NFOs, stacked parts, a few tricky names. The same seed gives"
          + " the same library on every machine, in either naming.",
      "",
      "Example: jellyplex generate --movies 5000 --seed bench /tmp/plex"
    })
final class GenerateCommand extends EngineCommand {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = FormatChoice.Candidates.class,
      converter = FormatChoice.Converter.class,
      description = "Naming of the library: plex (default) or jellyfin.")
  FormatChoice format = FormatChoice.auto();

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

  @Parameters(index = "0", paramLabel = "DIR", description = "Where to write the library.")
  String dir = "";

  GenerateCommand(Output io) {
    super(io);
  }

  @Override
  String operation() {
    return "generate";
  }

  @Override
  int failureCode() {
    return Exit.SETUP;
  }

  @Override
  int execute() throws IOException {
    FormatId id = format.format().orElse(FormatId.PLEX);
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
    Path root = path(dir, "DIR");
    DemoSummary summary = DemoLibrary.generate(root, options);
    if (output.json) {
      Json.write(JsonDocuments.generate(root, id, summary), io.out());
    } else {
      io.out()
          .printf(
              "Generated %d movies in %s naming in %s: %d files, %d folders, %d bytes.%n",
              summary.movies(),
              id.name(),
              root,
              summary.files(),
              summary.folders(),
              summary.bytes());
    }
    return Exit.OK;
  }
}

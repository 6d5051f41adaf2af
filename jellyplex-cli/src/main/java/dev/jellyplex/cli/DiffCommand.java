package dev.jellyplex.cli;

import dev.jellyplex.engine.DiffReport;
import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.SyncOptions;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code diff SOURCE TARGET}: read-only comparison of a source library and its mirror. */
@Command(
    name = "diff",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compare SOURCE with its mirror TARGET, read-only.",
      "",
      "Lists the movies only on one side and, per movie, the files only on one side or not the"
          + " same file. Translation losses and ignored entries are listed but are not"
          + " differences.",
      "",
      "Exit codes (as Unix diff): 0 in sync (the source may be deleted), 1 differences found"
          + " (including movies a sync skips and source entries it does not mirror), 2 trouble"
          + " (an entry could not be read) or a setup or usage error."
    })
final class DiffCommand extends EngineCommand {
  @Parameters(index = "0", paramLabel = "SOURCE", description = "The source library.")
  String source = "";

  @Parameters(index = "1", paramLabel = "TARGET", description = "The target library.")
  String target = "";

  @Mixin ExcludeOptions excludes = new ExcludeOptions();

  @Mixin KeepOptions keeps = new KeepOptions();

  @Mixin FormatOptions formats = new FormatOptions();

  @ArgGroup(
      exclusive = true,
      multiplicity = "0..1",
      heading = "%nWhat 'the same file' means (pick one):%n")
  @Nullable SameFileOptions sameFile;

  DiffCommand(Output io) {
    super(io);
  }

  @Override
  String operation() {
    return "diff";
  }

  @Override
  int failureCode() {
    return Exit.SETUP;
  }

  @Override
  int execute() throws IOException {
    SyncOptions.Builder builder =
        SyncOptions.builder()
            .sourceFormat(formats.source.format())
            .targetFormat(formats.target.format())
            .materializer(SameFileOptions.of(sameFile));
    excludes.apply(builder);
    keeps.apply(builder);
    SyncOptions options = builder.build();
    io.debug("diff " + source + " " + target + " with " + options);
    DiffReport report = JellyPlex.diff(path(source, "SOURCE"), path(target, "TARGET"), options);
    // "may I delete the source now?": 0 only when everything was read and is in the target
    int code = !report.errors().isEmpty() ? Exit.SETUP : report.inSync() ? Exit.OK : Exit.PROBLEMS;
    if (output.json) {
      Json.write(JsonDocuments.diff(report, code), io.out());
      new HumanReport(io, io.infoEnabled() ? io.err() : null, output.detailed()).diff(report);
    } else {
      new HumanReport(io, io.out(), output.detailed()).diff(report);
    }
    return code;
  }
}

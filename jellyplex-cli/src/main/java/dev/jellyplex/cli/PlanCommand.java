package dev.jellyplex.cli;

import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.engine.SyncOptions;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code plan SOURCE TARGET}: prints what a sync would create, touching nothing. */
@Command(
    name = "plan",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the plan of a sync (every target folder and file name) without touching either"
          + " side; the target need not exist.",
      "",
      "Exit codes: 0 a plan was made (clashes and losses are information), 2 setup or usage"
          + " error."
    })
final class PlanCommand extends EngineCommand {
  @Parameters(index = "0", paramLabel = "SOURCE", description = "The source library.")
  String source = "";

  @Parameters(
      index = "1",
      paramLabel = "TARGET",
      description = "The target library (may be missing).")
  String target = "";

  @Mixin FormatOptions formats = new FormatOptions();

  PlanCommand(Output io) {
    super(io);
  }

  @Override
  String operation() {
    return "plan";
  }

  @Override
  int failureCode() {
    return Exit.SETUP;
  }

  @Override
  int execute() throws IOException {
    SyncOptions options =
        SyncOptions.builder()
            .sourceFormat(formats.source.format())
            .targetFormat(formats.target.format())
            .build();
    io.debug("plan " + source + " " + target + " with " + options);
    Plan plan = JellyPlex.plan(path(source, "SOURCE"), path(target, "TARGET"), options);
    if (output.json) {
      Json.write(JsonDocuments.plan(plan, Exit.OK), io.out());
      new HumanReport(io, io.infoEnabled() ? io.err() : null, output.detailed()).plan(plan);
    } else {
      new HumanReport(io, io.out(), output.detailed()).plan(plan);
    }
    return Exit.OK;
  }
}

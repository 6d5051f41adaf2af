package dev.jellyplex.cli;

import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.engine.SyncOptions;
import java.io.IOException;
import java.util.Map;
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
      "Print every name a sync would write, touching nothing.",
      "",
      "The plan lists every target movie folder (with --verbose every file and its role), the"
          + " clashes, translation losses and ignored entries; TARGET need not exist.",
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

  @Mixin ExcludeOptions excludes = new ExcludeOptions();

  @Mixin FormatOptions formats = new FormatOptions();

  PlanCommand(Output io) {
    super(io);
  }

  @Override
  Map<String, String> optionHelp() {
    return Map.of(
        "verbose",
        "List every file of every movie with its role, and every translation loss and ignored"
            + " entry.");
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
    SyncOptions.Builder builder =
        SyncOptions.builder()
            .sourceFormat(formats.source.format())
            .targetFormat(formats.target.format());
    excludes.apply(builder);
    SyncOptions options = builder.build();
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

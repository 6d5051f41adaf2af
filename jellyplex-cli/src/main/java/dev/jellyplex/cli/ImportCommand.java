package dev.jellyplex.cli;

import dev.jellyplex.engine.ImportOptions;
import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.Materializer;
import dev.jellyplex.engine.SyncListener;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.notify.Notification;
import dev.jellyplex.notify.NotifyOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import STAGING TARGET}: files loose videos into one folder per movie. */
@Command(
    name = "import",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "File loose videos into one folder per movie, in TARGET's own naming.",
      "",
      "Groups the properly named video files found anywhere below STAGING by movie (title,"
          + " year, ids) and files each into its movie's folder in TARGET. Never removes or"
          + " overwrites anything in TARGET; files that are not videos are listed as ignored.",
      "",
      "Exit codes: 0 success, 1 problems reported (file errors), 2 setup or usage error."
    })
final class ImportCommand extends EngineCommand {
  @Parameters(index = "0", paramLabel = "STAGING", description = "The folder of loose files.")
  String staging = "";

  @Parameters(index = "1", paramLabel = "TARGET", description = "The library to file them into.")
  String target = "";

  @Option(names = "--create", description = "Create the target folder if it does not exist.")
  boolean create;

  @Option(names = "--dry-run", description = "Show what would happen without touching anything.")
  boolean dryRun;

  @Option(
      names = "--source-format",
      paramLabel = "FORMAT",
      converter = FormatChoice.Converter.class,
      completionCandidates = FormatChoice.Candidates.class,
      description =
          "How the staged file names are written: ${COMPLETION-CANDIDATES}. 'auto' (default) tells"
              + " it from the names; names that tell nothing are read in TARGET's naming.")
  FormatChoice sourceFormat = FormatChoice.auto();

  @Option(
      names = "--target-format",
      paramLabel = "FORMAT",
      converter = FormatChoice.Converter.class,
      completionCandidates = FormatChoice.Candidates.class,
      description =
          "The naming of TARGET, which import keeps: ${COMPLETION-CANDIDATES}. 'auto' (default)"
              + " tells it from the videos already in TARGET (plex when there are none).")
  FormatChoice targetFormat = FormatChoice.auto();

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nHow files get there:%n")
  @Nullable Transfer transfer;

  @Mixin NotifyFlags notify = new NotifyFlags();

  /** {@code --move} or {@code --copy}. */
  static final class Transfer {
    @Option(
        names = "--move",
        description =
            "Move each file (default): a rename on one filesystem, else copy, flush, delete.")
    boolean move;

    @Option(names = "--copy", description = "Copy each file and leave STAGING as it is.")
    boolean copy;
  }

  ImportCommand(Output io) {
    super(io);
  }

  @Override
  Map<String, String> optionHelp() {
    return Map.of(
        "verbose",
        "Log every movie and every file filed on stderr as it is done; list every translation"
            + " loss and ignored entry.",
        "debug",
        "As --verbose, plus the files that were already there, debug logging and the stack"
            + " traces of errors.");
  }

  @Override
  String operation() {
    return "import";
  }

  @Override
  int failureCode() {
    return Exit.PROBLEMS;
  }

  @Override
  int execute() throws IOException {
    ImportOptions options =
        ImportOptions.builder()
            .sourceFormat(sourceFormat.format())
            .targetFormat(targetFormat.format())
            .materializer(transfer != null && transfer.copy ? Materializer.COPY : Materializer.MOVE)
            .dryRun(dryRun)
            .create(create)
            .build();
    NotifyOptions servers = notify.options(dryRun, System::getenv);
    Path staged = path(staging, "STAGING");
    Path t = path(target, "TARGET");
    MovieLog live = listener(staged, t);
    io.debug("import " + staged + " -> " + t + " with " + options);
    SyncReport report;
    try {
      report = JellyPlex.importFiles(staged, t, options, live == null ? SyncListener.NONE : live);
    } finally {
      if (live != null) {
        live.finish();
      }
    }
    int code =
        report.errors().isEmpty() && report.plan().errors().isEmpty() ? Exit.OK : Exit.PROBLEMS;
    List<Notification> notifications = Notifications.send(io, servers, t, report);
    if (output.json) {
      Json.write(JsonDocuments.importing(report, code, notifications), io.out());
      new HumanReport(io, io.infoEnabled() ? io.err() : null, output.detailed())
          .importing(report, true);
    } else {
      new HumanReport(io, io.out(), output.detailed()).importing(report, true);
    }
    return code;
  }
}

package dev.jellyplex.cli;

import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.SyncListener;
import dev.jellyplex.engine.SyncOptions;
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

/** {@code sync SOURCE TARGET}: mirrors the source library into the target layout. */
@Command(
    name = "sync",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Mirror SOURCE into TARGET in the other naming (the default command).",
      "",
      "Every file of TARGET is a hardlink to (or a copy of) a file of SOURCE, named the way the"
          + " target's media server expects. Run it again whenever SOURCE changes: only what"
          + " changed is touched. SOURCE is never changed.",
      "",
      "Exit codes: 0 success, 1 problems reported (clashes, file errors, a refusing guard),"
          + " 2 setup or usage error."
    })
final class SyncCommand extends EngineCommand {
  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description = "The source library: the only source of truth, never changed.")
  String source = "";

  @Parameters(
      index = "1",
      paramLabel = "TARGET",
      description = "The target library: do not keep anything else in it.")
  String target = "";

  @Option(names = "--create", description = "Create the target folder if it does not exist.")
  boolean create;

  @Option(
      names = "--delete",
      description =
          "Remove the files and folders in TARGET that SOURCE does not produce (strays). Without"
              + " it, strays are counted, listed with --verbose, and kept.")
  boolean delete;

  @Option(names = "--dry-run", description = "Show what would happen without touching anything.")
  boolean dryRun;

  @Option(
      names = "--max-delete",
      paramLabel = "N|P%|all",
      description =
          "With --delete: refuse (exit 1, nothing removed) when more than N files (or P%% of the"
              + " target's files) would be removed, a removed folder counting the files in it;"
              + " 'all' lifts the default bound (more than half of the target's movie folders,"
              + " and more than 3).")
  @Nullable String maxDelete;

  @Mixin ExcludeOptions excludes = new ExcludeOptions();

  @Mixin KeepOptions keeps = new KeepOptions();

  @Mixin FormatOptions formats = new FormatOptions();

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nMaterializer (pick one):%n")
  @Nullable MaterializerOptions materializer;

  @Mixin NotifyFlags notify = new NotifyFlags();

  SyncCommand(Output io) {
    super(io);
  }

  @Override
  Map<String, String> optionHelp() {
    return Map.of(
        "verbose",
        "Log every movie and every changed file on stderr as it is done; list every translation"
            + " loss and ignored entry, and the strays kept.",
        "debug",
        "As --verbose, plus the files that were already right, debug logging and the stack"
            + " traces of errors.");
  }

  @Override
  String operation() {
    return "sync";
  }

  @Override
  int failureCode() {
    return Exit.PROBLEMS;
  }

  @Override
  int execute() throws IOException {
    Path s = path(source, "SOURCE");
    Path t = path(target, "TARGET");
    SyncOptions built =
        options(formats, materializer, delete, dryRun, create, maxDelete, excludes, keeps).build();
    NotifyOptions servers = notify.options(dryRun, System::getenv);
    MovieLog live = listener(s, t);
    io.debug("sync " + s + " -> " + t + " with " + built);
    long started = System.nanoTime();
    SyncReport report;
    try {
      report = JellyPlex.sync(s, t, built, live == null ? SyncListener.NONE : live);
    } finally {
      if (live != null) {
        live.finish();
      }
    }
    io.debug(
        "realized "
            + report.events().size()
            + " events in "
            + (System.nanoTime() - started) / 1_000_000
            + " ms");
    int code = report.successful() ? Exit.OK : Exit.PROBLEMS;
    List<Notification> notifications = Notifications.send(io, servers, t, report);
    render(report, code, notifications);
    return code;
  }

  /** The sync options given by the flags that {@code sync} and {@code watch} share. */
  static SyncOptions.Builder options(
      FormatOptions formats,
      @Nullable MaterializerOptions materializer,
      boolean delete,
      boolean dryRun,
      boolean create,
      @Nullable String maxDelete,
      ExcludeOptions excludes,
      KeepOptions keeps)
      throws UsageException {
    SyncOptions.Builder options =
        SyncOptions.builder()
            .sourceFormat(formats.source.format())
            .targetFormat(formats.target.format())
            .materializer(MaterializerOptions.of(materializer))
            .delete(delete)
            .dryRun(dryRun)
            .create(create);
    if (maxDelete != null) {
      maxDelete(options, maxDelete);
    }
    excludes.apply(options);
    keeps.apply(options);
    return options;
  }

  /** Sets the bound {@code --max-delete} gives: {@code N}, {@code P%} or {@code all}. */
  private static void maxDelete(SyncOptions.Builder options, String value) throws UsageException {
    String v = value.strip();
    try {
      if (v.equalsIgnoreCase("all")) {
        options.maxDeleteAll(true);
      } else if (v.endsWith("%")) {
        int p = Integer.parseInt(v.substring(0, v.length() - 1).strip());
        if (p < 0 || p > 100) {
          throw new UsageException("--max-delete P% must be 0% to 100%, got " + value);
        }
        options.maxDeletePercent(p);
      } else {
        int n = Integer.parseInt(v);
        if (n < 0) {
          throw new UsageException("--max-delete must be 0 or more, got " + value);
        }
        options.maxDelete(n);
      }
    } catch (NumberFormatException e) {
      throw new UsageException(
          "--max-delete takes a number of files, a share like 10%, or all; got " + value);
    }
  }

  private void render(SyncReport report, int code, List<Notification> notifications) {
    if (output.json) {
      Json.write(JsonDocuments.sync(report, code, notifications), io.out());
      new HumanReport(io, io.infoEnabled() ? io.err() : null, output.detailed())
          .sync(report, delete, true);
    } else {
      new HumanReport(io, io.out(), output.detailed()).sync(report, delete, true);
    }
  }
}

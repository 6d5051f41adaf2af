package dev.jellyplex.cli;

import dev.jellyplex.demo.DemoLibrary;
import dev.jellyplex.demo.DemoOptions;
import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.engine.SyncReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: makes a small Plex library and mirrors it, to see what jellyplex does. */
@Command(
    name = "demo",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Make a small Plex library and mirror it, to see what jellyplex does.",
      "",
      "Writes a library of empty files into DIR/plex (unless it exists), mirrors it into"
          + " DIR/jellyfin with hardlinks, and prints both trees and the summary. Never deletes"
          + " anything.",
      "",
      "'demo' is this command only when no folder follows it; 'jellyplex-sync demo TARGET' still"
          + " syncs a folder named demo."
    })
final class DemoCommand extends EngineCommand {
  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where to put the demo (default: ./demo).")
  String dir = "demo";

  DemoCommand(Output io) {
    super(io);
  }

  @Override
  Map<String, String> optionHelp() {
    return Map.of(
        "verbose",
        "Log every movie and every linked file of the mirror on stderr; list every translation"
            + " loss and ignored entry.",
        "debug",
        "As --verbose, plus the files that were already right, debug logging and the stack"
            + " traces of errors.",
        "json",
        "Print the sync's JSON document on stdout instead of the trees and the summary.");
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
    Path root = path(dir, "DIR");
    Path plex = root.resolve("plex");
    Path jellyfin = root.resolve("jellyfin");
    if (!Files.exists(plex)) {
      DemoLibrary.generate(plex, DemoOptions.tour());
    }
    SyncReport report = JellyPlex.sync(plex, jellyfin, SyncOptions.builder().create(true).build());
    int code = report.successful() ? Exit.OK : Exit.PROBLEMS;
    if (output.json) {
      Json.write(JsonDocuments.sync(report, code), io.out());
      return code;
    }
    PrintWriter out = io.out();
    tree(out, plex);
    out.println();
    tree(out, jellyfin);
    out.println();
    out.flush();
    new HumanReport(io, out, output.detailed()).sync(report, false);
    return code;
  }

  private static void tree(PrintWriter out, Path root) throws IOException {
    out.println(TerminalText.escape(root.toString()));
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(p -> !p.equals(root)).sorted()::iterator) {
        Path relative = root.relativize(p);
        out.println(
            "  ".repeat(relative.getNameCount())
                + TerminalText.escape(String.valueOf(relative.getFileName()))
                + (Files.isDirectory(p) ? "/" : ""));
      }
    }
  }
}

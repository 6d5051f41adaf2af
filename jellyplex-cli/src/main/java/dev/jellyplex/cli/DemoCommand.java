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
      "Make a small Plex library of empty files in DIR/plex (unless it exists), mirror it into"
          + " DIR/jellyfin, and print both trees and the summary. Never deletes anything.",
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
    out.println(root);
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(p -> !p.equals(root)).sorted()::iterator) {
        Path relative = root.relativize(p);
        out.println(
            "  ".repeat(relative.getNameCount())
                + relative.getFileName()
                + (Files.isDirectory(p) ? "/" : ""));
      }
    }
  }
}

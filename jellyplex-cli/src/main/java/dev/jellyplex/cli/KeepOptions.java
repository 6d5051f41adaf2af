package dev.jellyplex.cli;

import dev.jellyplex.engine.SyncOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --keep GLOB} and {@code --no-default-keep} of {@code sync}, {@code diff} and {@code
 * watch}: target paths never removed, replaced or reported as strays.
 */
final class KeepOptions {
  @Option(
      names = "--keep",
      paramLabel = "GLOB",
      description =
          "Never remove, replace or report as a stray the TARGET entries matching GLOB (repeatable;"
              + " a kept folder keeps everything in it), e.g. the artwork a media server writes"
              + " itself: --keep poster.jpg. GLOB matches the written path relative to TARGET, as"
              + " for --exclude.")
  List<String> keep = new ArrayList<>();

  @Option(
      names = "--no-default-keep",
      description =
          "Do not keep the trickplay folders Jellyfin writes next to each synced video of a"
              + " Jellyfin TARGET (kept by default; one whose video is gone is a stray).")
  boolean noDefaultKeep;

  /** Sets the rules on {@code options}; a pattern that names no path is a usage error. */
  void apply(SyncOptions.Builder options) throws EngineCommand.UsageException {
    check("--keep", keep, false);
    options.keep(keep).defaultKeep(!noDefaultKeep);
  }

  /** Checks each pattern of {@code flag} as the engine will, naming a bad one. */
  static void check(String flag, List<String> patterns, boolean exclude)
      throws EngineCommand.UsageException {
    for (String p : patterns) {
      try {
        if (exclude) {
          SyncOptions.builder().addExclude(p).build();
        } else {
          SyncOptions.builder().addKeep(p).build();
        }
      } catch (IllegalArgumentException e) {
        throw new EngineCommand.UsageException(flag + ": " + e.getMessage());
      }
    }
  }
}

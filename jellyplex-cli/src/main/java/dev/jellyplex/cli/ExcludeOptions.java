package dev.jellyplex.cli;

import dev.jellyplex.engine.SyncOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --exclude GLOB} of {@code sync}, {@code diff}, {@code plan} and {@code watch}: source
 * paths not mirrored, as if absent.
 */
final class ExcludeOptions {
  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description =
          "Do not mirror the source entries matching GLOB, as if absent (repeatable); an excluded"
              + " folder excludes everything in it, and what TARGET holds for them is a stray."
              + " GLOB matches the path relative to SOURCE, case-sensitive: * (not across /),"
              + " ** (across /, also none) and ? are the only wildcards, [ ] { } stand for"
              + " themselves; without / it matches the last name at any depth, ending in / it"
              + " matches folders only. Example: --exclude 'Kids/' --exclude '*.nfo'.")
  List<String> exclude = new ArrayList<>();

  /** Sets the patterns on {@code options}; a pattern that names no path is a usage error. */
  void apply(SyncOptions.Builder options) throws EngineCommand.UsageException {
    KeepOptions.check("--exclude", exclude, true);
    options.exclude(exclude);
  }
}

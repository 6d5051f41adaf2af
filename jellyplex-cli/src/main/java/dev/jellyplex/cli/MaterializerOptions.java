package dev.jellyplex.cli;

import dev.jellyplex.engine.Materializer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The mutually exclusive {@code --hardlink}, {@code --copy} and {@code --force-copy}. */
final class MaterializerOptions {
  @Option(
      names = "--hardlink",
      description =
          "Hardlink each target file to its source inode (default). Source and target must be on"
              + " one filesystem.")
  boolean hardlink;

  @Option(
      names = "--copy",
      description =
          "Copy bytes; on re-runs skip files whose target has the same size and mtime. Use across"
              + " filesystems.")
  boolean copy;

  @Option(names = "--force-copy", description = "Always copy, without the size+mtime skip.")
  boolean forceCopy;

  /** The chosen materializer for a possibly absent group. */
  static Materializer of(@Nullable MaterializerOptions options) {
    if (options == null) {
      return Materializer.HARDLINK;
    }
    if (options.copy) {
      return Materializer.COPY;
    }
    return options.forceCopy ? Materializer.FORCE_COPY : Materializer.HARDLINK;
  }
}

package dev.jellyplex.cli;

import dev.jellyplex.engine.Materializer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code diff}'s mutually exclusive {@code --hardlink}, {@code --copy} and {@code --force-copy}:
 * the same names as {@code sync}'s, so that a diff reads like the sync it checks, but here they say
 * what "the same file" means; nothing is linked or copied.
 */
final class SameFileOptions {
  @Option(
      names = "--hardlink",
      description =
          "The same file means the same inode: each target file must be a hardlink of its source"
              + " (default; for a mirror made by sync --hardlink).")
  boolean hardlink;

  @Option(
      names = "--copy",
      description =
          "The same file means the same size and modification time (for a mirror made by sync"
              + " --copy).")
  boolean copy;

  @Option(
      names = "--force-copy",
      description = "As --copy (for a mirror made by sync --force-copy).")
  boolean forceCopy;

  /** The materializer whose idea of "the same file" was chosen, for a possibly absent group. */
  static Materializer of(@Nullable SameFileOptions options) {
    if (options == null) {
      return Materializer.HARDLINK;
    }
    if (options.copy) {
      return Materializer.COPY;
    }
    return options.forceCopy ? Materializer.FORCE_COPY : Materializer.HARDLINK;
  }
}

package dev.jellyplex.cli;

import picocli.CommandLine.Option;

/** {@code --source-format} and {@code --target-format}. */
final class FormatOptions {
  @Option(
      names = "--source-format",
      paramLabel = "FORMAT",
      converter = FormatChoice.Converter.class,
      completionCandidates = FormatChoice.Candidates.class,
      description =
          "Format of the source library: ${COMPLETION-CANDIDATES}. 'auto' (default) inspects the"
              + " source layout.")
  FormatChoice source = FormatChoice.auto();

  @Option(
      names = "--target-format",
      paramLabel = "FORMAT",
      converter = FormatChoice.Converter.class,
      completionCandidates = FormatChoice.Candidates.class,
      description =
          "Format of the target library: ${COMPLETION-CANDIDATES}. 'auto' (default) picks the other"
              + " format than the source; the same format as the source normalises a library in"
              + " its own naming (lint mode).")
  FormatChoice target = FormatChoice.auto();
}

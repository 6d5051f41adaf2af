package dev.jellyplex.cli;

import picocli.CommandLine.Option;

/**
 * {@code --source-format} and {@code --target-format} of {@code sync}, {@code diff} and {@code
 * plan}, where the target gets the other naming by default ({@code import} keeps the target's own).
 */
final class FormatOptions {
  @Option(
      names = "--source-format",
      paramLabel = "FORMAT",
      converter = FormatChoice.Converter.class,
      completionCandidates = FormatChoice.Candidates.class,
      description =
          "Naming of the source library: ${COMPLETION-CANDIDATES}. 'auto' (default) tells it from"
              + " the source's file names.")
  FormatChoice source = FormatChoice.auto();

  @Option(
      names = "--target-format",
      paramLabel = "FORMAT",
      converter = FormatChoice.Converter.class,
      completionCandidates = FormatChoice.Candidates.class,
      description =
          "Naming of the target library: ${COMPLETION-CANDIDATES}. 'auto' (default) is the other"
              + " naming than the source's; the source's own naming rewrites a library in its"
              + " canonical form (lint mode).")
  FormatChoice target = FormatChoice.auto();
}

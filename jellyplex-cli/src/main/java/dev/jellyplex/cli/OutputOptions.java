package dev.jellyplex.cli;

import picocli.CommandLine.Option;

/** The options every subcommand has: verbosity and JSON. */
final class OutputOptions {
  @Option(
      names = {"-v", "--verbose"},
      description =
          "More detail: log every movie and changed file (sync, import), list every file (plan),"
              + " every translation loss and ignored entry.")
  boolean verbose;

  @Option(
      names = "--debug",
      description = "Debug-level logging; also lists skipped files and shows stack traces.")
  boolean debug;

  @Option(
      names = "--json",
      description =
          "Emit one machine-readable JSON document on stdout; stderr drops to warnings unless"
              + " --verbose or --debug is set.")
  boolean json;

  /** The stderr level these options ask for. */
  Output.Level level() {
    if (debug) {
      return Output.Level.DEBUG;
    }
    return json && !verbose ? Output.Level.WARN : Output.Level.INFO;
  }

  /** Whether per-movie detail is wanted. */
  boolean detailed() {
    return verbose || debug;
  }
}

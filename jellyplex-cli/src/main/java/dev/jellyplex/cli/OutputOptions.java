package dev.jellyplex.cli;

import picocli.CommandLine.Option;

/**
 * The options every subcommand has: verbosity and JSON. The descriptions here are the general ones;
 * a command whose options mean more says so in {@link EngineCommand#optionHelp()}.
 */
final class OutputOptions {
  @Option(
      names = {"-v", "--verbose"},
      description =
          "List every translation loss and ignored entry (without it: the first 10 of each).")
  boolean verbose;

  @Option(
      names = "--debug",
      description = "As --verbose, plus debug logging and the stack traces of errors.")
  boolean debug;

  @Option(
      names = "--json",
      description =
          "Print one machine-readable JSON document on stdout; stderr then keeps only warnings"
              + " and errors unless --verbose or --debug is given.")
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

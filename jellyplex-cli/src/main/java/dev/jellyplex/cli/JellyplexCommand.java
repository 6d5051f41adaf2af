package dev.jellyplex.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: only dispatches to its subcommands. */
@Command(
    name = "jellyplex",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Keep a movie library in Plex naming and a hardlinked mirror of it in Jellyfin naming, or"
          + " the other way round.",
      "",
      "When the first argument is neither a command nor an option, 'sync' is implied:"
          + " 'jellyplex SOURCE TARGET' is 'jellyplex sync SOURCE TARGET'. If you start with an"
          + " option, spell out the command."
    },
    footer = {"", "Run '${COMMAND-NAME} COMMAND --help' for the options of a command."})
final class JellyplexCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  /** Without a command: the usage on stderr, exit 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Exit.SETUP;
  }
}

package dev.jellyplex.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written parser for the common {@code sync} command lines, so that they run without
 * building picocli's model of the command (reading its annotations by reflection costs more than
 * the parse itself: about 85 ms of a 5,000-movie sync, docs/cli.md "Start-up time").
 *
 * <p>It fills a {@link SyncCommand} exactly as picocli would, or declines ({@code null}) and {@link
 * Main} hands the command line to picocli unchanged. It declines whatever it is not sure about:
 * help and version, options it does not know (so abbreviations and clustered short options too), an
 * option picocli takes once given twice, two materializer flags, a missing value, a value or
 * positional that is empty or starts with {@code -} or {@code @} (picocli reads {@code @FILE}
 * arguments from the file, drops empty values and fails on an empty positional), {@code --}, a
 * {@code =value} on a flag, a format name picocli's converter rejects, the notification options,
 * any number of positionals but two, and any {@code picocli.*} system property. Which options it
 * knows is checked against picocli's own model by {@code FastSyncParseTest}.
 */
final class FastSyncParse {
  /** How an option takes values, as picocli's model of {@code sync} says. */
  enum Kind {
    /** A boolean flag: no value, at most once. */
    FLAG,
    /** One value, at most once. */
    VALUE,
    /** One value per occurrence, repeatable (a list). */
    REPEATED
  }

  /** Every option name the fast path handles; {@code -v} is {@code --verbose}. */
  static final Map<String, Kind> OPTIONS =
      Map.ofEntries(
          Map.entry("-v", Kind.FLAG),
          Map.entry("--verbose", Kind.FLAG),
          Map.entry("--debug", Kind.FLAG),
          Map.entry("--json", Kind.FLAG),
          Map.entry("--create", Kind.FLAG),
          Map.entry("--delete", Kind.FLAG),
          Map.entry("--dry-run", Kind.FLAG),
          Map.entry("--no-default-keep", Kind.FLAG),
          Map.entry("--hardlink", Kind.FLAG),
          Map.entry("--copy", Kind.FLAG),
          Map.entry("--force-copy", Kind.FLAG),
          Map.entry("--max-delete", Kind.VALUE),
          Map.entry("--source-format", Kind.VALUE),
          Map.entry("--target-format", Kind.VALUE),
          Map.entry("--exclude", Kind.REPEATED),
          Map.entry("--keep", Kind.REPEATED));

  /**
   * The options of {@code sync} the fast path never handles: a command line with any of them goes
   * to picocli. Only {@code FastSyncParseTest} reads this list: it fails when {@code sync} has an
   * option in neither list.
   */
  static final Set<String> FALL_BACK =
      Set.of(
          "-h",
          "--help",
          "-V",
          "--version",
          "--notify-jellyfin",
          "--jellyfin-key-file",
          "--notify-plex",
          "--plex-token-file",
          "--path-map");

  private FastSyncParse() {}

  /**
   * The {@code sync} command that picocli would build from {@code args} (which start with {@code
   * sync}, the implicit one already added), writing to {@code io}; null when the fast path leaves
   * the command line to picocli, which includes every other command.
   */
  static @Nullable SyncCommand parse(Output io, String[] args) {
    if (args.length < 3 || !args[0].equals("sync") || picocliConfigured()) {
      return null;
    }
    SyncCommand command = new SyncCommand(io);
    Set<String> given = new HashSet<>();
    List<String> positionals = new ArrayList<>(2);
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        if (!plain(arg)) {
          return null;
        }
        positionals.add(arg);
        continue;
      }
      String option = arg;
      @Nullable String value = null;
      int equals = arg.indexOf('=');
      if (equals > 0) {
        option = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      Kind kind = OPTIONS.get(option);
      if (kind == null) {
        return null; // unknown, abbreviated, clustered, --, help, version or notification
      }
      option = option.equals("-v") ? "--verbose" : option;
      if (kind != Kind.REPEATED && !given.add(option)) {
        return null; // picocli: "option '--delete' should be specified only once"
      }
      if (kind == Kind.FLAG) {
        if (value != null || !flag(command, option)) {
          return null;
        }
      } else {
        if (value == null) {
          if (i + 1 == args.length) {
            return null;
          }
          value = args[++i];
        }
        if (!plain(value) || !value(command, option, value)) {
          return null;
        }
      }
    }
    if (positionals.size() != 2) {
      return null;
    }
    command.source = positionals.get(0);
    command.target = positionals.get(1);
    return command;
  }

  /**
   * Whether picocli takes {@code arg} as it is, as a value or a positional: not empty, not an
   * {@code @FILE}, and not something it could read as an option.
   */
  private static boolean plain(String arg) {
    return !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
  }

  /** Sets flag {@code option}; false if it cannot (a second materializer). */
  private static boolean flag(SyncCommand command, String option) {
    switch (option) {
      case "--verbose" -> command.output.verbose = true;
      case "--debug" -> command.output.debug = true;
      case "--json" -> command.output.json = true;
      case "--create" -> command.create = true;
      case "--delete" -> command.delete = true;
      case "--dry-run" -> command.dryRun = true;
      case "--no-default-keep" -> command.keeps.noDefaultKeep = true;
      case "--hardlink", "--copy", "--force-copy" -> {
        if (command.materializer != null) {
          return false; // picocli: "mutually exclusive"
        }
        // picocli makes the group's object when the first of its options is matched
        MaterializerOptions m = new MaterializerOptions();
        m.hardlink = option.equals("--hardlink");
        m.copy = option.equals("--copy");
        m.forceCopy = option.equals("--force-copy");
        command.materializer = m;
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Sets {@code option} to {@code value}; false if it cannot (a format name it rejects). */
  private static boolean value(SyncCommand command, String option, String value) {
    switch (option) {
      case "--max-delete" -> command.maxDelete = value; // checked when it runs, as after picocli
      case "--exclude" -> command.excludes.exclude.add(value);
      case "--keep" -> command.keeps.keep.add(value);
      case "--source-format", "--target-format" -> {
        FormatChoice format;
        try {
          // picocli's own converter; on a bad name picocli reports it (with a suggestion)
          format = new FormatChoice.Converter().convert(value);
        } catch (RuntimeException e) {
          return false;
        }
        if (option.equals("--source-format")) {
          command.formats.source = format;
        } else {
          command.formats.target = format;
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Whether a {@code picocli.*} system property (tracing, quote trimming, ...) is set. */
  private static boolean picocliConfigured() {
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }
}

package dev.jellyplex.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the option names in the engine's messages (its API names, e.g. {@code withDelete(true)})
 * into this program's flags (e.g. {@code --delete}): the engine speaks to library users, the CLI to
 * its own.
 */
final class Flags {
  private static final Pattern API_OPTION =
      Pattern.compile(
          "with(Delete|Create|DryRun|MaxDeleteAll)\\(true\\)"
              + "|withMaxDelete\\((\\d+)\\)"
              + "|withMaxDeletePercent\\((\\d+)\\)"
              + "|with(Source|Target)Format\\(([A-Z]+|\\.\\.\\.)\\)"
              + "|withMaterializer\\((HARDLINK|COPY|FORCE_COPY)\\)"
              + "|with(Keep|Exclude)\\(\\.\\.\\.\\)"
              + "|with(DefaultKeep)\\(false\\)");

  private Flags() {}

  /** {@code message} with every API option name replaced by its flag. */
  static String of(String message) {
    Matcher m = API_OPTION.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(flag(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String flag(Matcher m) {
    if (m.group(1) != null) {
      return switch (m.group(1)) {
        case "Delete" -> "--delete";
        case "Create" -> "--create";
        case "DryRun" -> "--dry-run";
        default -> "--max-delete all";
      };
    }
    if (m.group(2) != null) {
      return "--max-delete " + m.group(2);
    }
    if (m.group(3) != null) {
      return "--max-delete " + m.group(3) + "%";
    }
    if (m.group(4) != null) {
      String flag = "--" + m.group(4).toLowerCase(Locale.ROOT) + "-format";
      String value = m.group(5);
      return value.equals("...") ? flag : flag + " " + value.toLowerCase(Locale.ROOT);
    }
    if (m.group(6) != null) {
      return "--" + m.group(6).toLowerCase(Locale.ROOT).replace('_', '-');
    }
    if (m.group(7) != null) {
      return "--" + m.group(7).toLowerCase(Locale.ROOT);
    }
    return "--no-default-keep";
  }
}

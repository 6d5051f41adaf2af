package dev.jellyplex.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Generates the shell completion script and the man page from the picocli command definitions, so
 * that they cannot drift from the program. {@link GeneratedDocsTest} compares them with the
 * committed files in {@code docs/}.
 */
final class DocsGenerator {
  private DocsGenerator() {}

  static CommandLine commands() {
    StringWriter sink = new StringWriter();
    return Main.commandLine(
        new Output(new PrintWriter(sink), new PrintWriter(sink), Terminal.plain(), "jellyplex"));
  }

  /** A Bash completion script (also usable from Zsh via bashcompinit) for both program names. */
  static String completion() {
    String script = AutoComplete.bash("jellyplex", commands());
    return script
        + "\n# jellyplex-sync is the same program under the Python tool's name.\n"
        + "complete -F _complete_jellyplex -o default jellyplex-sync jellyplex-sync.sh\n";
  }

  /** The man page jellyplex(1) in roff. */
  static String manPage() {
    CommandLine top = commands();
    CommandSpec spec = top.getCommandSpec();
    StringBuilder m = new StringBuilder();
    m.append(
        ".\\\" Generated from the picocli command definitions by DocsGenerator; do not edit.\n");
    m.append(".TH JELLYPLEX 1 \"\" \"jellyplex\" \"User Commands\"\n");
    m.append(".SH NAME\n");
    m.append("jellyplex, jellyplex\\-sync \\- ")
        .append(roff(spec.usageMessage().description()[0]))
        .append('\n');
    m.append(".SH SYNOPSIS\n");
    for (CommandLine sub : top.getSubcommands().values()) {
      m.append(".B jellyplex\n").append(synopsis(sub.getCommandSpec())).append(".br\n");
    }
    m.append(".B jellyplex\nSOURCE TARGET\n.br\n");
    m.append(".B jellyplex\n[\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR]\n");
    m.append(".SH DESCRIPTION\n");
    paragraphs(m, spec.usageMessage().description());
    m.append(
        ".PP\n\\fBjellyplex\\-sync\\fR is the same program under the name of the Python tool it"
            + " replaces; scripts written for jellyplex\\-sync 0.2 run unchanged.\n");
    m.append(".SH COMMANDS\n");
    for (CommandLine sub : top.getSubcommands().values()) {
      CommandSpec s = sub.getCommandSpec();
      m.append(".SS ").append(s.name()).append('\n');
      m.append(".B jellyplex\n").append(synopsis(s));
      paragraphs(m, s.usageMessage().description());
      for (PositionalParamSpec p : s.positionalParameters()) {
        m.append(".TP\n.I ").append(p.paramLabel()).append('\n');
        m.append(roff(String.join(" ", p.description()))).append('\n');
      }
      for (OptionSpec o : s.options()) {
        m.append(".TP\n").append(optionHead(o)).append('\n');
        m.append(roff(String.join(" ", o.description()))).append('\n');
      }
    }
    m.append(".SH OUTPUT\n");
    m.append(
        ".PP\nResults go to stdout; logs, warnings, errors and the progress bar to stderr. In"
            + " human\\-readable output a name's control characters are shown escaped, as"
            + " \\fBls \\-b\\fR does (\\en, \\et, \\ex1b), so that"
            + " no file name can move the cursor, retitle or clear the terminal; \\fB\\-\\-json\\fR"
            + " output is plain JSON.\n");
    m.append(".SH EXIT STATUS\n");
    m.append(
        ".TP\n.B 0\nSuccess; for \\fBdiff\\fR: the target is in sync.\n"
            + ".TP\n.B 1\nThe run found problems it reports (clashes, file errors, a refusing"
            + " guard); for \\fBdiff\\fR: differences found.\n"
            + ".TP\n.B 2\nSetup or usage error: a missing folder, an unknown format, a bad option."
            + " Nothing was changed.\n");
    m.append(".SH ENVIRONMENT\n");
    m.append(
        ".TP\n.B NO_COLOR\nWhen set, no colours and no progress bar.\n"
            + ".TP\n.B TERM\nWhen unset, empty or \\fBdumb\\fR, no colours and no progress bar;"
            + " colours also need stdout and stderr to be a terminal, the progress bar stderr.\n"
            + ".TP\n.B LC_ALL, LC_CTYPE, LANG\nThe JVM reads file names in the locale's character"
            + " set; the launcher scripts switch it to UTF\\-8.\n");
    m.append(".SH EXAMPLES\n");
    String[][] examples = {
      {
        "Mirror a Jellyfin library into a new Plex structure:",
        "jellyplex sync \\-\\-create ~/Media/Jellyfin ~/Media/Plex"
      },
      {
        "Preview a migration with cleanup:",
        "jellyplex sync \\-\\-dry\\-run \\-\\-delete ~/Media/Jellyfin ~/Media/Plex"
      },
      {
        "Cross\\-filesystem copy with cheap re\\-runs:",
        "jellyplex sync \\-\\-copy \\-\\-create /mnt/nas/Movies /mnt/local/Plex"
      },
      {"Check that a mirror is complete:", "jellyplex diff ~/Media/Jellyfin ~/Media/Plex"},
      {
        "Every file a sync would replace:",
        "jellyplex sync \\-\\-json \\-\\-dry\\-run /src /dst | jq '.events[] | select(.action == \"replace\")'"
      },
    };
    for (String[] e : examples) {
      m.append(".PP\n")
          .append(e[0])
          .append("\n.PP\n.RS\n.nf\n")
          .append(e[1])
          .append("\n.fi\n.RE\n");
    }
    m.append(".SH SEE ALSO\n");
    m.append("docs/cli.md and docs/json.md in the jellyplex sources.\n");
    return m.toString();
  }

  private static String synopsis(CommandSpec s) {
    StringBuilder b = new StringBuilder(s.name());
    b.append(" [OPTIONS]");
    for (PositionalParamSpec p : s.positionalParameters()) {
      b.append(' ').append(p.arity().min() == 0 ? "[" + p.paramLabel() + "]" : p.paramLabel());
    }
    return b.append('\n').toString();
  }

  @SuppressWarnings("ReferenceEquality") // the same option object, not an equal one
  private static String optionHead(OptionSpec o) {
    List<String> names = new ArrayList<>();
    for (String n : o.names()) {
      names.add("\\fB" + n.replace("-", "\\-") + "\\fR");
    }
    String head = String.join(", ", names);
    if (o.arity().max() > 0) {
      head += " \\fI" + o.paramLabel() + "\\fR";
    }
    ArgGroupSpec group = o.group();
    if (group != null && group.exclusive()) {
      List<String> others = new ArrayList<>();
      for (OptionSpec other : group.options()) {
        if (other != o) {
          others.add(other.longestName());
        }
      }
      head += " (excludes " + String.join(", ", others).replace("-", "\\-") + ")";
    }
    return head;
  }

  private static void paragraphs(StringBuilder m, String[] lines) {
    for (String line : lines) {
      if (!line.isEmpty()) {
        m.append(".PP\n").append(roff(line)).append('\n');
      }
    }
  }

  /** Escapes text for roff: backslashes, hyphens, and a leading dot or quote. */
  static String roff(String text) {
    String t = text.replace("\\", "\\e").replace("-", "\\-");
    if (t.startsWith(".") || t.startsWith("'")) {
      t = "\\&" + t;
    }
    return t.replace("\n.", "\n\\&.");
  }
}

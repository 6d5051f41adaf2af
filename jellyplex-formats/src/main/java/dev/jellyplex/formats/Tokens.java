package dev.jellyplex.formats;

import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Part;
import dev.jellyplex.model.Resolution;
import dev.jellyplex.model.TranslationLoss;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Token rules shared by the formats: parts, resolutions, hashes, whitespace, losses. */
final class Tokens {
  private Tokens() {}

  /** A disambiguation hash: exactly 8 lower-case hex digits. */
  static final Pattern HASH = Pattern.compile("[0-9a-f]{8}");

  /**
   * A trailing part token, with the text before it and a separator ({@code " - "}, spaces, {@code
   * .}, {@code _}, {@code -}, or none right after a closing bracket); or a part token alone. The
   * token may be wrapped: {@code (Disc 01)}, {@code [cd2]}.
   */
  private static final Pattern TRAILING_PART =
      Pattern.compile(
          "(?:(.*?)(?:\\s*-\\s*|[ ._]+|(?<=[\\])}])))?[(\\[]?(cd|dvd|part|pt|dis[ck])[ _.-]*"
              + "([0-9]{1,4}|[a-dA-D])[)\\]]?",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+");

  /** A part split off the end of a text. */
  record PartSplit(String rest, Part part) {}

  /** Splits a trailing part token off {@code text}; empty when it does not end in one. */
  static Optional<PartSplit> trailingPart(String text) {
    Matcher m = TRAILING_PART.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1) == null ? "" : m.group(1).strip();
    return Optional.of(new PartSplit(rest, Part.of(m.group(2), m.group(3))));
  }

  /** The text without leading dashes and white space, e.g. {@code - SD} gives {@code SD}. */
  static String stripLeadingDashes(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == '-' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    return text.substring(i).strip();
  }

  /** Collapses runs of whitespace (any Unicode white space) to one space and trims. */
  static String collapse(String text) {
    // Most names are already collapsed: answer those without a regex (a hot path).
    return isCollapsed(text) ? text : WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Whether {@code collapse} would return {@code text} unchanged: no white space other than single
   * ASCII spaces between other characters. Conservative: any character that is or may be white
   * space in any sense (control characters, Unicode space separators, NEL) answers false.
   */
  static boolean isCollapsed(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == n - 1 || text.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (c < ' '
          || (c >= 0x7f && (c <= 0xa0 || Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
        return false;
      }
    }
    return true;
  }

  /** The resolution of a text that is exactly one resolution token. */
  static Optional<Resolution> resolution(String text) {
    try {
      return Resolution.parse(text);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A release group glued to the last label of a name: {@code [x265]-RlsGrp}. */
  static final Pattern GLUED_GROUP =
      Pattern.compile("\\[[^\\[\\]]*\\]-([^\\s\\[\\]{}]+)$", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The resolution free labels give: the first label that is one (taken out of {@code labels}), or
   * else the first label with a resolution word in it ({@code Bluray-2160p Proper}, kept).
   */
  static Optional<Resolution> resolutionFromLabels(List<String> labels) {
    for (int i = 0; i < labels.size(); i++) {
      Optional<Resolution> exact = resolution(labels.get(i));
      if (exact.isPresent()) {
        labels.remove(i);
        return exact;
      }
    }
    for (String label : labels) {
      Optional<Resolution> contained = containedResolution(label);
      if (contained.isPresent()) {
        return contained;
      }
    }
    return Optional.empty();
  }

  /** The resolution of the first word of {@code label} that is a resolution token. */
  static Optional<Resolution> containedResolution(String label) {
    for (String word : WORD_SPLIT.split(label, -1)) {
      if (!word.isEmpty()) {
        Optional<Resolution> r = resolution(word);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The hash that tells clashing files apart: the first 8 hex digits of SHA-256 over the UTF-8
   * bytes of {@code name}.
   */
  static String hash(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(8);
      for (int i = 0; i < 4; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", digest[i] & 0xff));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /** The number of UTF-8 bytes of a name. */
  static int utf8Length(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Whether a piece of text can stand in a model value: not blank, no {@code /} or NUL. */
  static boolean usable(@Nullable String text) {
    return text != null && !text.isBlank() && text.indexOf('/') < 0 && text.indexOf('\0') < 0;
  }

  /** Index of the extension dot of a file name, or -1 when it has none. */
  static int extensionDot(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && dot < fileName.length() - 1 ? dot : -1;
  }

  /** The file name without its extension. */
  static String stem(String fileName) {
    int dot = extensionDot(fileName);
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  /** The extension with its dot, or the empty string. */
  static String extension(String fileName) {
    int dot = extensionDot(fileName);
    return dot < 0 ? "" : fileName.substring(dot);
  }

  /** Whether {@code text} starts with {@code prefix}, ignoring case. */
  static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /**
   * The blocks of a name ({@code {...}} and {@code [...]}), taken out until none is left: removing
   * one block can close another around it, and a reader that stopped early would not read its own
   * output the same way.
   *
   * @param rest the text left, each block replaced by a space
   * @param braces the contents of {@code {...}} blocks, in the order taken out
   * @param brackets the contents of {@code [...]} blocks, in the order taken out
   */
  record Blocks(String rest, List<String> braces, List<String> brackets) {}

  private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]");

  /** Takes every block out of {@code text}; {@code withBraces} false leaves braces as text. */
  static Blocks blocks(String text, boolean withBraces) {
    List<String> braces = new ArrayList<>();
    List<String> brackets = new ArrayList<>();
    if (text.indexOf('[') < 0 && (!withBraces || text.indexOf('{') < 0)) {
      return new Blocks(text, braces, brackets); // no block can start: no regex needed
    }
    String rest = text;
    boolean found = true;
    while (found) {
      found = false;
      if (withBraces) {
        String next = take(rest, BRACES, braces);
        found = !next.equals(rest);
        rest = next;
      }
      String next = take(rest, BRACKETS, brackets);
      found |= !next.equals(rest);
      rest = next;
    }
    return new Blocks(rest, braces, brackets);
  }

  private static String take(String text, Pattern block, List<String> contents) {
    Matcher m = block.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start()).append(' ');
      last = m.end();
      contents.add(m.group(1));
    }
    return last == 0 ? text : out.append(text.substring(last)).toString();
  }

  /** Whether position {@code at} of {@code text} does not split a word. */
  static boolean boundary(String text, int at) {
    if (at >= text.length() || at == 0) {
      return true;
    }
    int before = text.codePointBefore(at);
    int after = text.codePointAt(at);
    return !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
  }

  /** Adds a loss. */
  static void lose(
      List<TranslationLoss> losses, LossKind kind, String key, String value, String why) {
    losses.add(TranslationLoss.of(kind, key, value, why));
  }
}

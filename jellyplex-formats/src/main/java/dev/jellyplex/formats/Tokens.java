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
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Token rules shared by the formats: parts, resolutions, hashes, whitespace, losses. */
final class Tokens {
  private Tokens() {}

  /**
   * Whether {@code text} is a disambiguation hash: exactly 8 lower-case hex digits, what the regex
   * {@code [0-9a-f]{8}} matches.
   */
  static boolean isHash(String text) {
    if (text.length() != 8) {
      return false;
    }
    for (int i = 0; i < 8; i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** A part split off the end of a text. */
  record PartSplit(String rest, Part part) {}

  /**
   * Splits a trailing part token off {@code text}; empty when it does not end in one.
   *
   * <p>A part token is {@code cd}, {@code dvd}, {@code part}, {@code pt}, {@code disc} or {@code
   * disk} (ASCII letters, any case), then any of {@code " _.-"}, then 1 to 4 ASCII digits or one
   * letter {@code a}-{@code d}; it may be wrapped, {@code (Disc 01)}, {@code [cd2]}, and must end
   * the text. What comes before it must end in a separator: {@code " - "} (any ASCII white space
   * around the dash), a run of {@code " ._"}, or nothing right after a closing bracket; the rest is
   * that text before the separator, stripped. This is what the regex
   *
   * <pre>{@code
   * (?:(.*?)(?:\s*-\s*|[ ._]+|(?<=[\])}])))?[(\[]?(cd|dvd|part|pt|dis[ck])[ _.-]*([0-9]{1,4}|[a-dA-D])[)\]]?
   * }</pre>
   *
   * <p>(case-insensitive, whole text) answers, scanned by hand from the end because names are read
   * on the hot path: the token is fixed by the end of the text, and the regex's lazy first group
   * takes the shortest rest that a separator can follow.
   */
  static Optional<PartSplit> trailingPart(String text) {
    int end = text.length();
    if (end > 0 && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == ']')) {
      end--;
    }
    if (end == 0) {
      return Optional.empty();
    }
    int numberStart = end - 1;
    char last = text.charAt(numberStart);
    if (isAsciiDigit(last)) {
      while (numberStart > 0 && isAsciiDigit(text.charAt(numberStart - 1))) {
        numberStart--;
      }
      if (end - numberStart > 4) {
        return Optional.empty();
      }
    } else if (!((last >= 'a' && last <= 'd') || (last >= 'A' && last <= 'D'))) {
      return Optional.empty();
    }
    int typeEnd = numberStart;
    while (typeEnd > 0 && isPartSeparator(text.charAt(typeEnd - 1))) {
      typeEnd--;
    }
    int typeStart = typeEnd - partTypeLength(text, typeEnd);
    if (typeStart == typeEnd) {
      return Optional.empty();
    }
    int token = typeStart;
    if (token > 0 && (text.charAt(token - 1) == '(' || text.charAt(token - 1) == '[')) {
      token--; // the wrapper; no separator can end right before an opening bracket
    }
    int restEnd = separatorStart(text, token);
    if (restEnd < 0 && token > 0) {
      return Optional.empty();
    }
    String rest = restEnd <= 0 ? "" : text.substring(0, restEnd).strip();
    Part part = Part.of(text.substring(typeStart, typeEnd), text.substring(numberStart, end));
    return Optional.of(new PartSplit(rest, part));
  }

  /** {@code [0-9]}. */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [A-Za-z]}. */
  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code [A-Za-z0-9]}. */
  static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiDigit(c) || isAsciiLetter(c);
  }

  /** {@code \s} without the Unicode flag: the ASCII white space characters. */
  static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isPartSeparator(char c) {
    return c == ' ' || c == '_' || c == '.' || c == '-';
  }

  private static final String[] PART_TYPES = {"cd", "dvd", "part", "pt", "disc", "disk"};

  /**
   * The length of the part type that ends at {@code end} (ASCII letters, any case), or 0. At most
   * one can: no type is a suffix of another.
   */
  private static int partTypeLength(String text, int end) {
    for (String type : PART_TYPES) {
      int start = end - type.length();
      if (start >= 0 && asciiEqualsIgnoreCase(text, start, type)) {
        return type.length();
      }
    }
    return 0;
  }

  /**
   * Whether {@code text} holds {@code lower} (lower-case ASCII letters) at {@code start}, ignoring
   * ASCII case only, as a regex without the Unicode-case flag does ({@code regionMatches} would
   * also fold the Kelvin sign and the dotless i).
   */
  static boolean asciiEqualsIgnoreCase(String text, int start, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if ((text.charAt(start + i) | 0x20) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the shortest text before a part token at {@code token} ends: the start of the separator
   * in front of it ({@code \s*-\s*}, {@code [ ._]+}, or nothing right after {@code ] ) \}}), or -1
   * when none is there.
   */
  private static int separatorStart(String text, int token) {
    if (token == 0) {
      return -1;
    }
    char before = text.charAt(token - 1);
    if (before == ']' || before == ')' || before == '}') {
      return token;
    }
    int best = -1;
    int run = token;
    while (run > 0
        && (text.charAt(run - 1) == ' '
            || text.charAt(run - 1) == '.'
            || text.charAt(run - 1) == '_')) {
      run--;
    }
    if (run < token) {
      best = run;
    }
    int afterDash = token;
    while (afterDash > 0 && isAsciiSpace(text.charAt(afterDash - 1))) {
      afterDash--;
    }
    if (afterDash > 0 && text.charAt(afterDash - 1) == '-') {
      int start = afterDash - 1;
      while (start > 0 && isAsciiSpace(text.charAt(start - 1))) {
        start--;
      }
      if (best < 0 || start < best) {
        best = start;
      }
    }
    return best;
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
    // Most names are already collapsed: answer those without building anything (a hot path).
    if (isCollapsed(text)) {
      return text;
    }
    // Next most common: white space only around a collapsed middle (a block taken out at the end)
    int start = 0;
    int end = text.length();
    while (start < end && isWhiteSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isWhiteSpace(text.charAt(end - 1))) {
      end--;
    }
    if (isCollapsed(text, start, end)) {
      // each white space run around it becomes one space, which strip() takes away; the middle's
      // own ends are no white space of any kind, so strip() keeps them
      return text.substring(start, end);
    }
    // What replaceAll(" ") of the regex \s+ (Unicode white space) gives, without a regex
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWhiteSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString().strip();
  }

  /**
   * {@code \s} with the Unicode flag ({@code \p{IsWhite_Space}}): the space, line and paragraph
   * separators, tab to carriage return, and NEL. No surrogate is white space, so chars will do.
   */
  static boolean isWhiteSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    if (c == '\u0085') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Whether {@code collapse} would return {@code text} unchanged: no white space other than single
   * ASCII spaces between other characters. Conservative: any character that is or may be white
   * space in any sense (control characters, Unicode space separators, NEL) answers false.
   */
  static boolean isCollapsed(String text) {
    return isCollapsed(text, 0, text.length());
  }

  /** Whether {@code text[start, end)} is collapsed, as {@link #isCollapsed(String)} says. */
  private static boolean isCollapsed(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (i == start || i == end - 1 || text.charAt(i + 1) == ' ') {
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

  /**
   * A release group glued to the last label of a name, {@code [x265]-RlsGrp}: {@code group} starts
   * at {@code start}, right after the dash.
   */
  record GluedGroup(int start, String group) {}

  /**
   * The release group glued to the last label of {@code text}, or null: what the regex {@code
   * \[[^\[\]]*\]-([^\s\[\]{}]+)$} (Unicode white space) finds. Its {@code $} also matches before
   * one line terminator that ends the text ({@code \n}, {@code \r}, {@code \r\n}, NEL, {@code
   * \u2028}, {@code \u2029}), which the group then leaves out; and the group cannot hold a bracket,
   * so only the last {@code [...]} of the text can match.
   */
  static @Nullable GluedGroup gluedGroup(String text) {
    int end = text.length();
    if (end >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
      end -= 2;
    } else if (end >= 1 && isLineTerminator(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isGroupChar(text.charAt(start - 1))) {
      start--;
    }
    // the group's first character is the dash after the label's ]
    if (end - start < 2
        || text.charAt(start) != '-'
        || start == 0
        || text.charAt(start - 1) != ']') {
      return null;
    }
    for (int i = start - 2; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '[') {
        return new GluedGroup(start + 1, text.substring(start + 1, end));
      }
      if (c == ']') {
        return null;
      }
    }
    return null;
  }

  private static boolean isGroupChar(char c) {
    return c != '[' && c != ']' && c != '{' && c != '}' && !isWhiteSpace(c);
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

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

  /**
   * The resolution of the first word of {@code label} that is a resolution token; the words are the
   * runs of ASCII letters and digits (what splitting at {@code [^A-Za-z0-9]+} gives).
   */
  static Optional<Resolution> containedResolution(String label) {
    int n = label.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isAsciiLetterOrDigit(label.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isAsciiLetterOrDigit(label.charAt(i))) {
        i++;
      }
      // a resolution token has 2 (BD, 4k) to 5 (1080p) characters: skip the substring otherwise
      if (i - start >= 2 && i - start <= 5) {
        Optional<Resolution> r = resolution(label.substring(start, i));
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
      // by hand, not String.format("%02x"): a first clash would load the Formatter and locale data
      char[] hex = new char[8];
      for (int i = 0; i < 4; i++) {
        hex[2 * i] = HEX_DIGITS.charAt((digest[i] >> 4) & 0xf);
        hex[2 * i + 1] = HEX_DIGITS.charAt(digest[i] & 0xf);
      }
      return new String(hex);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  private static final String HEX_DIGITS = "0123456789abcdef";

  /** The number of UTF-8 bytes of a name. */
  static int utf8Length(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Whether a name has at most {@code maxBytes} bytes in UTF-8. A char never takes more than 3
   * bytes (a surrogate pair takes 4 for 2 chars), so short names need no encoding.
   */
  static boolean fitsInUtf8(String name, int maxBytes) {
    return name.length() <= maxBytes / 3 || utf8Length(name) <= maxBytes;
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

  /** Takes every block out of {@code text}; {@code withBraces} false leaves braces as text. */
  static Blocks blocks(String text, boolean withBraces) {
    List<String> braces = new ArrayList<>();
    List<String> brackets = new ArrayList<>();
    if (text.indexOf('[') < 0 && (!withBraces || text.indexOf('{') < 0)) {
      return new Blocks(text, braces, brackets); // no block can start
    }
    String rest = text;
    boolean found = true;
    while (found) {
      // take adds the content of each block it takes out: more contents, something was found
      int taken = braces.size() + brackets.size();
      if (withBraces) {
        rest = take(rest, '{', '}', braces);
      }
      rest = take(rest, '[', ']', brackets);
      found = braces.size() + brackets.size() > taken;
    }
    return new Blocks(rest, braces, brackets);
  }

  /**
   * Takes out, left to right, each {@code open...close} with neither inside, as finding the regex
   * {@code \{([^{}]*)\}} (or its bracket twin) again and again does: each is replaced by a space,
   * its content added to {@code contents}. Returns {@code text} itself when there is none.
   */
  private static String take(String text, char open, char close, List<String> contents) {
    StringBuilder out = null;
    int last = 0;
    int opened = -1; // the last open not yet closed; a later open replaces it
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == open) {
        opened = i;
      } else if (c == close && opened >= 0) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, last, opened).append(' ');
        contents.add(text.substring(opened + 1, i));
        last = i + 1;
        opened = -1;
      }
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
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

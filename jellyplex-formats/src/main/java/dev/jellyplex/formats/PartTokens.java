package dev.jellyplex.formats;

import java.util.Optional;

/**
 * Part tokens ({@code pt1}, {@code cd2}, {@code (Disc 01)}): their types and numbers, and splitting
 * a trailing one off a name.
 */
final class PartTokens {
  private PartTokens() {}

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
    if (Text.isAsciiDigit(last)) {
      while (numberStart > 0 && Text.isAsciiDigit(text.charAt(numberStart - 1))) {
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
      if (start >= 0 && Text.asciiEqualsIgnoreCase(text, start, type)) {
        return type.length();
      }
    }
    return 0;
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
    while (afterDash > 0 && Text.isAsciiSpace(text.charAt(afterDash - 1))) {
      afterDash--;
    }
    if (afterDash > 0 && text.charAt(afterDash - 1) == '-') {
      int start = afterDash - 1;
      while (start > 0 && Text.isAsciiSpace(text.charAt(start - 1))) {
        start--;
      }
      if (best < 0 || start < best) {
        best = start;
      }
    }
    return best;
  }

  /**
   * Whether {@code s} is a part type: what the regex {@code (?:cd|dvd|part|pt|disc|disk)}
   * (case-insensitive) matches. ASCII case only, as the regex without its Unicode-case flag ({@code
   * equalsIgnoreCase} would also take the dotless i and the Kelvin sign).
   */
  static boolean isType(String s) {
    for (String type : PART_TYPES) {
      if (s.length() == type.length() && Text.asciiEqualsIgnoreCase(s, 0, type)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} is a part number: what the regex {@code [0-9]{1,4}|[a-dA-D]} matches. */
  static boolean isNumber(String s) {
    int n = s.length();
    if (n == 1) {
      char c = s.charAt(0);
      if ((c >= 'a' && c <= 'd') || (c >= 'A' && c <= 'D')) {
        return true;
      }
    }
    if (n < 1 || n > 4) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!Text.isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

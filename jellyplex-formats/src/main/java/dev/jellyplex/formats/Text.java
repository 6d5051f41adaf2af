package dev.jellyplex.formats;

import org.jspecify.annotations.Nullable;

/**
 * Character classes and white space of names: what the regexes of the naming rules mean by a
 * letter, a digit or a space, answered by hand (names are read on the hot path).
 */
final class Text {
  private Text() {}

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

  /** Whether a piece of text can stand in a model value: not blank, no {@code /} or NUL. */
  static boolean usable(@Nullable String text) {
    return text != null && !text.isBlank() && text.indexOf('/') < 0 && text.indexOf('\0') < 0;
  }

  /** Whether {@code text} starts with {@code prefix}, ignoring case. */
  static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
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

  /** A non-blank piece of a value without path separators or NUL; otherwise a message naming it. */
  static void requireUsable(String what, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.indexOf('/') >= 0 || value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          what + " must not contain '/' or NUL, got \"" + printable(value) + "\"");
    }
  }

  /** The value with control characters escaped, for messages. */
  static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (Character.isISOControl(cp)) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}

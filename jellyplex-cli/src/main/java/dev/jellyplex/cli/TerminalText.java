package dev.jellyplex.cli;

/**
 * Makes text safe to print for humans, as {@code ls -b} does: a file name may hold any character
 * but {@code /} and NUL, and printed raw, an escape sequence in it ({@code \e]0;…\a}, {@code
 * \e[2J}) would retitle or clear the user's terminal and a newline would forge a line of output.
 * Every line of human-readable output (stdout and stderr) passes its names, or the whole line when
 * it holds no colour of ours, through {@link #escape}; JSON output has its own escaping.
 */
final class TerminalText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /**
   * {@code text} with its control characters written as escapes: {@code \n}, {@code \r}, {@code
   * \t}, the other C0 controls and DEL as {@code \xHH}, C1 controls (U+0080 to U+009F, which some
   * terminals obey too) as a backslash, {@code u} and four hex digits. A backslash stays as it is
   * (unlike {@code ls -b}): the engine already shows the bytes of a name that is not valid UTF-8
   * that way ({@code Bad\xffName}), and they must reach the user as the engine wrote them. Text
   * without any control character is returned as it is.
   */
  static String escape(String text) {
    int i = 0;
    while (i < text.length() && !control(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!control(c)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x80) {
        b.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return b.toString();
  }

  /** C0 controls, DEL and C1 controls. */
  private static boolean control(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }
}

package dev.jellyplex.formats;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bracketed blocks of names: {@code {...}} and {@code [...]} taken out, and a release group
 * glued to the last label.
 */
final class NameBlocks {
  private NameBlocks() {}

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
    return c != '[' && c != ']' && c != '{' && c != '}' && !Text.isWhiteSpace(c);
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
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
}

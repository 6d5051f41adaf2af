package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The regex-free fast paths of {@link Tokens} answer exactly what the regexes answer. */
class TokensFastPathTest {
  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]");

  /** Letters, brackets and every kind of (near-)white space the fast path must not miss. */
  private static final String ALPHABET =
      "aZ9 ()-.[]{}é\t\n\u000b\f\r\u001c\u001f\u007f\u0085\u00a0\u1680\u2003\u2007\u200b"
          + "\u2028\u202f\u205f\u3000\ufeff";

  private static Gen<String> texts() {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, ALPHABET.length() - 1))
        .ofSizeBetween(0, 12)
        .map(
            is -> {
              StringBuilder b = new StringBuilder();
              for (int i : is) {
                b.append(ALPHABET.charAt(i));
              }
              return b.toString();
            });
  }

  @Test
  void collapseAgreesWithTheRegex() {
    qt().withExamples(5000)
        .forAll(texts())
        .checkAssert(
            t -> assertEquals(WHITESPACE.matcher(t).replaceAll(" ").strip(), Tokens.collapse(t)));
    for (String t : List.of("Heat (1995)", " Heat", "Heat ", "He  at", "He\u00a0at", "Amélie")) {
      assertEquals(WHITESPACE.matcher(t).replaceAll(" ").strip(), Tokens.collapse(t), t);
    }
  }

  @Test
  void blocksAgreeWithTheRegexes() {
    qt().withExamples(5000)
        .forAll(texts(), SourceDSL.booleans().all())
        .checkAssert(
            (t, withBraces) -> {
              Tokens.Blocks b = Tokens.blocks(t, withBraces);
              Tokens.Blocks expected = reference(t, withBraces);
              assertEquals(expected, b);
            });
  }

  /** The loop of {@code Tokens.blocks} without its fast path. */
  private static Tokens.Blocks reference(String text, boolean withBraces) {
    List<String> braces = new ArrayList<>();
    List<String> brackets = new ArrayList<>();
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
    return new Tokens.Blocks(rest, braces, brackets);
  }

  private static String take(String text, Pattern block, List<String> contents) {
    var m = block.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start()).append(' ');
      last = m.end();
      contents.add(m.group(1));
    }
    return last == 0 ? text : out.append(text.substring(last)).toString();
  }
}

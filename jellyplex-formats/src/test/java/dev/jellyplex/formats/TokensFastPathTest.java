package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The regex-free fast paths of {@link Tokens} answer exactly what the regexes answer. */
class TokensFastPathTest {
  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern TRAILING_PART =
      Pattern.compile(
          "(?:(.*?)(?:\\s*-\\s*|[ ._]+|(?<=[\\])}])))?[(\\[]?(cd|dvd|part|pt|dis[ck])[ _.-]*"
              + "([0-9]{1,4}|[a-dA-D])[)\\]]?",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern GLUED_GROUP =
      Pattern.compile("\\[[^\\[\\]]*\\]-([^\\s\\[\\]{}]+)$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{8}");

  /** Letters, brackets and every kind of (near-)white space the fast path must not miss. */
  private static final String ALPHABET =
      "aZ9 ()-.[]{}é\t\n\u000b\f\r\u001c\u001f\u007f\u0085\u00a0\u1680\u2003\u2007\u200b"
          + "\u2028\u2029\u202f\u205f\u3000\ufeff\u180e\ud83c\udfac";

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
            t -> assertEquals(WHITESPACE.matcher(t).replaceAll(" ").strip(), Text.collapse(t)));
    for (String t : List.of("Heat (1995)", " Heat", "Heat ", "He  at", "He\u00a0at", "Amélie")) {
      assertEquals(WHITESPACE.matcher(t).replaceAll(" ").strip(), Text.collapse(t), t);
    }
  }

  @Test
  void blocksAgreeWithTheRegexes() {
    qt().withExamples(5000)
        .forAll(texts(), SourceDSL.booleans().all())
        .checkAssert(
            (t, withBraces) -> {
              NameBlocks.Blocks b = NameBlocks.blocks(t, withBraces);
              NameBlocks.Blocks expected = reference(t, withBraces);
              assertEquals(expected, b);
            });
  }

  /** The loop of {@code NameBlocks.blocks} without its fast path. */
  private static NameBlocks.Blocks reference(String text, boolean withBraces) {
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
    return new NameBlocks.Blocks(rest, braces, brackets);
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

  /**
   * Part types in several cases, near misses, numbers too long and letters past d, every separator,
   * wrappers, ASCII and Unicode white space, and the characters that fold to ASCII letters under
   * Unicode case rules only (dotless i, Kelvin sign, long s).
   */
  private static Gen<String> partTexts() {
    return Generators.joined(
        0,
        9,
        "cd",
        "CD",
        "dvd",
        "DvD",
        "part",
        "PART",
        "pt",
        "Pt",
        "disc",
        "Disk",
        "dis",
        "dv",
        "1",
        "01",
        "2019",
        "12345",
        "a",
        "B",
        "d",
        "e",
        " ",
        "  ",
        ".",
        "_",
        "-",
        " - ",
        "\t",
        "\n",
        "\u000b",
        "\u00a0",
        "\u2003",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "x",
        "Heat",
        "\u0131",
        "\u212a",
        "\u017f",
        "\ud83c\udfac",
        "\ud83c",
        "é");
  }

  @Test
  void trailingPartAgreesWithTheRegex() {
    qt().withExamples(20000)
        .forAll(partTexts())
        .checkAssert(t -> assertEquals(trailingPartByRegex(t), PartTokens.trailingPart(t), t));
    for (String t :
        List.of("cd1", "Heat - cd1", "Heat.Part.2", "x]cd1", "(Disc 01)", "a . - pt3", "x ([cd1")) {
      assertEquals(trailingPartByRegex(t), PartTokens.trailingPart(t), t);
    }
    assertTrue(PartTokens.trailingPart("Heat - cd1").isPresent());
  }

  private static Optional<PartTokens.PartSplit> trailingPartByRegex(String text) {
    Matcher m = TRAILING_PART.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1) == null ? "" : m.group(1).strip();
    return Optional.of(new PartTokens.PartSplit(rest, Part.of(m.group(2), m.group(3))));
  }

  @Test
  void gluedGroupAgreesWithTheRegex() {
    // a glued label, a group and line terminators right after it are frequent pieces
    Gen<String> texts =
        Generators.joined(
            0,
            6,
            "[",
            "]",
            "{",
            "}",
            "-",
            "[x265]-",
            "]-",
            "Grp",
            "a",
            "-b",
            " ",
            "\t",
            "\n",
            "\r",
            "\r\n",
            "\u0085",
            "\u2028",
            "\u2029",
            "\u00a0",
            "\u3000",
            "\u001c",
            "\ud83c\udfac",
            "é");
    qt().withExamples(20000)
        .forAll(texts)
        .checkAssert(t -> assertEquals(gluedGroupByRegex(t), NameBlocks.gluedGroup(t), t));
    assertEquals(
        new NameBlocks.GluedGroup(12, "RlsGrp"), NameBlocks.gluedGroup("Heat [x265]-RlsGrp"));
  }

  private static NameBlocks.@Nullable GluedGroup gluedGroupByRegex(String text) {
    Matcher g = GLUED_GROUP.matcher(text);
    return g.find() ? new NameBlocks.GluedGroup(g.start(1), g.group(1)) : null;
  }

  @Test
  void containedResolutionAgreesWithTheSplit() {
    Gen<String> labels =
        Generators.joined(
            0,
            8,
            "1080p",
            "720P",
            "2160i",
            "10800p",
            "80p",
            "DVD",
            "dvd",
            "BD",
            "4k",
            "4K",
            "\u212a",
            "4\u212a",
            "-",
            " ",
            ".",
            "x",
            "abc",
            "12",
            "3",
            "p",
            "i",
            "é",
            "_",
            "\u0661\u0662\u0663p");
    qt().withExamples(20000)
        .forAll(labels)
        .checkAssert(
            t -> assertEquals(containedResolutionBySplit(t), Resolution.containedResolution(t), t));
    assertEquals(Resolution.parse("2160p"), Resolution.containedResolution("Bluray-2160p Proper"));
  }

  private static Optional<Resolution> containedResolutionBySplit(String label) {
    for (String word : WORD_SPLIT.split(label, -1)) {
      if (!word.isEmpty()) {
        Optional<Resolution> r = Resolution.parse(word);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void isHashAgreesWithTheRegex() {
    // mostly 8 characters, mostly hex digits
    Gen<String> texts =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, 9))
            .ofSizeBetween(7, 9)
            .map(
                is -> {
                  StringBuilder b = new StringBuilder();
                  for (int i : is) {
                    b.append("019acfgF\u0661 ".charAt(i));
                  }
                  return b.toString();
                });
    qt().withExamples(20000)
        .forAll(texts)
        .checkAssert(t -> assertEquals(HASH.matcher(t).matches(), FileNames.isHash(t), t));
    assertTrue(FileNames.isHash("e1326394"));
  }
}

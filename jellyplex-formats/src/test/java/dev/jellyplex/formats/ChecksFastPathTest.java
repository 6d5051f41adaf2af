package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The hand-written checks of the value types answer exactly what the regexes they replace do. */
class ChecksFastPathTest {
  private static final Pattern LINES = Pattern.compile("\\d{3,4}[pPiI]");
  private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9][A-Za-z0-9-]{0,15}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{8}");
  private static final Pattern TYPE =
      Pattern.compile("(?:cd|dvd|part|pt|disc|disk)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}|[a-dA-D]");

  /** Strings of {@code min} to {@code max} fragments picked from {@code fragments}. */
  private static Gen<String> joined(int min, int max, String... fragments) {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, fragments.length - 1))
        .ofSizeBetween(min, max)
        .map(
            is -> {
              StringBuilder b = new StringBuilder();
              for (int i : is) {
                b.append(fragments[i]);
              }
              return b.toString();
            });
  }

  @Test
  void linesAgreeWithTheRegex() {
    // ASCII and other digits, every scan letter, near misses, white space
    Gen<String> texts =
        joined(0, 6, "0", "1", "9", "p", "P", "i", "I", "k", "\u0661", "\uff11", " ", "x");
    qt().withExamples(20000)
        .forAll(texts)
        .checkAssert(t -> assertEquals(LINES.matcher(t).matches(), Resolution.isLines(t), t));
    assertTrue(Resolution.isLines("1080p"));
    assertFalse(Resolution.isLines("10800p"));
  }

  @Test
  void extensionAgreesWithTheRegex() {
    Gen<String> texts =
        joined(0, 19, ".", ".", "a", "Z", "0", "-", "_", "é", "\u0661", " ", "\ud83c\udfac");
    qt().withExamples(20000)
        .forAll(texts)
        .checkAssert(
            t -> assertEquals(EXTENSION.matcher(t).matches(), FileNames.isExtension(t), t));
    assertTrue(FileNames.isExtension(".mkv"));
    assertFalse(FileNames.isExtension(".-mkv"));
  }

  @Test
  void hashAgreesWithTheRegex() {
    Gen<String> texts = joined(7, 9, "0", "1", "9", "a", "c", "f", "g", "F", "\u0661", " ");
    qt().withExamples(20000)
        .forAll(texts)
        .checkAssert(t -> assertEquals(HASH.matcher(t).matches(), FileNames.isHash(t), t));
    assertTrue(FileNames.isHash("e1326394"));
  }

  @Test
  void partTypeAndNumberAgreeWithTheRegexes() {
    // the dotless i, Kelvin sign and long s fold to ASCII letters under Unicode case rules only
    Gen<String> types =
        joined(
            1, 3, "c", "C", "d", "D", "v", "p", "P", "a", "r", "t", "T", "i", "I", "s", "S", "k",
            "K", "cd", "dis", "\u0131", "\u212a", "\u017f", "\u0130");
    qt().withExamples(20000)
        .forAll(types)
        .checkAssert(t -> assertEquals(TYPE.matcher(t).matches(), PartTokens.isType(t), t));
    Gen<String> numbers =
        joined(0, 5, "0", "1", "9", "a", "d", "D", "e", "E", "\u0661", " ", "\uff41");
    qt().withExamples(20000)
        .forAll(numbers)
        .checkAssert(t -> assertEquals(NUMBER.matcher(t).matches(), PartTokens.isNumber(t), t));
    assertTrue(PartTokens.isType("DisK"));
    assertFalse(PartTokens.isType("dis\u212a"));
  }
}

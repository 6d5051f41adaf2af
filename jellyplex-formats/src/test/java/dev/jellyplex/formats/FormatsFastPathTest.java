package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The hand-written scanners of the format readers answer exactly what the regexes they replace
 * answer (the regexes are kept here as the oracles).
 */
class FormatsFastPathTest {
  private static final Pattern TITLE_YEAR =
      Pattern.compile("(.+?)\\s+\\(([1-9][0-9]{3})\\)(.*)", Pattern.DOTALL);
  private static final Pattern VIDEO_EXTENSION =
      Pattern.compile("\\.[A-Za-z0-9][A-Za-z0-9-]{0,15}");
  private static final Pattern KEY_VALUE = Pattern.compile("\\s*([A-Za-z]+)-(.*)", Pattern.DOTALL);
  private static final Pattern ID_BLOCK =
      Pattern.compile("\\[\\s*([A-Za-z]+)id\\s*[-=]([^\\[\\]]*)\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACED = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern SINGLE_GROUP = Pattern.compile("\\[([^\\[\\]]*)\\]");

  @Test
  void titleYearAgreesWithTheRegex() {
    // years and near misses (0 first, 3 or 5 digits, unclosed), every white space kind
    Gen<String> names =
        Generators.joined(
            0,
            8,
            "Heat",
            "a",
            " ",
            "  ",
            "\t",
            "\n",
            "\u000b",
            "\u00a0",
            "\u2003",
            "(",
            ")",
            "(1995)",
            "(0995)",
            "(199)",
            "(19955)",
            "(1995",
            "1995)",
            "(",
            "2",
            "\ud83c\udfac",
            "\ud83c",
            "{x}",
            "é");
    qt().withExamples(20000)
        .forAll(names)
        .checkAssert(t -> assertEquals(titleYearByRegex(t), FormatBase.titleYear(t), t));
    assertNotNull(FormatBase.titleYear("Heat (1995) x"));
  }

  private static FormatBase.@Nullable TitleYear titleYearByRegex(String text) {
    Matcher m = TITLE_YEAR.matcher(text);
    return m.matches()
        ? new FormatBase.TitleYear(m.group(1), Integer.parseInt(m.group(2)), m.group(3))
        : null;
  }

  @Test
  void usableExtensionAgreesWithTheRegex() {
    Gen<String> texts =
        Generators.joined(
            0, 19, ".", ".", "a", "Z", "0", "-", "_", "é", "\u0661", " ", "\ud83c\udfac");
    qt().withExamples(20000)
        .forAll(texts)
        .checkAssert(
            t -> assertEquals(VIDEO_EXTENSION.matcher(t).matches(), FileNames.isExtension(t), t));
  }

  @Test
  void keyValueAgreesWithTheRegex() {
    Gen<String> blocks =
        Generators.joined(
            0, 6, "imdb", "A", "z", "-", "--", " ", "\t", "\u00a0", "\n", "tt1", "1", "é", "\u212a",
            "=", "}");
    qt().withExamples(20000)
        .forAll(blocks)
        .checkAssert(t -> assertEquals(keyValueByRegex(t), PlexNaming.keyValue(t), t));
  }

  private static PlexNaming.@Nullable KeyValue keyValueByRegex(String block) {
    Matcher m = KEY_VALUE.matcher(block);
    return m.matches() ? new PlexNaming.KeyValue(m.group(1), m.group(2)) : null;
  }

  /** Id blocks, their near misses, and the letters that fold to i, d or k in Unicode only. */
  private static Gen<String> idTexts() {
    return Generators.joined(
        0,
        8,
        "[",
        "]",
        "[imdbid-tt1]",
        "[tmdbid=2]",
        "imdb",
        "tmdb",
        "id",
        "ID",
        "iD",
        "x",
        "-",
        "=",
        " ",
        "\t",
        "\u00a0",
        "\n",
        "tt0113277",
        "\u0131",
        "\u0130",
        "\u212a",
        "{",
        "}",
        "é");
  }

  @Test
  void idBlocksAgreeWithTheRegex() {
    qt().withExamples(20000)
        .forAll(idTexts())
        .checkAssert(
            t -> {
              assertEquals(
                  ID_BLOCK.matcher(t).replaceAll(" "), JellyfinNaming.removeIdBlocks(t), t);
              assertEquals(ID_BLOCK.matcher(t).find(), JellyfinNaming.hasIdBlock(t), t);
              Matcher whole = ID_BLOCK.matcher(t);
              JellyfinNaming.IdBlock id = JellyfinNaming.idBlockAt(t, 0);
              if (id != null && id.end() == t.length()) {
                assertTrue(whole.matches(), t);
                assertEquals(whole.group(1), id.key(), t);
                assertEquals(whole.group(2), id.value(), t);
              } else {
                assertFalse(whole.matches(), t);
              }
            });
    assertEquals(" x ", JellyfinNaming.removeIdBlocks("[imdbid-tt1]x[ tmdbID = 2]"));
  }

  @Test
  void wrappedAgreesWithTheRegexes() {
    Gen<String> texts = Generators.joined(0, 6, "[", "]", "{", "}", "a", " ", "-", "[]", "{}", "é");
    qt().withExamples(20000)
        .forAll(texts)
        .checkAssert(
            t -> {
              assertEquals(group(SINGLE_GROUP, t), JellyfinNaming.wrapped(t, '[', ']'), t);
              assertEquals(group(BRACED, t), JellyfinNaming.wrapped(t, '{', '}'), t);
            });
  }

  private static @Nullable String group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.matches() ? m.group(1) : null;
  }

  @Test
  void fitsInUtf8AgreesWithEncoding() {
    // lengths around 255/3 and 255 bytes, in 1-, 2-, 3- and 4-byte characters and lone surrogates
    Gen<String> names =
        SourceDSL.integers()
            .between(0, 300)
            .zip(
                SourceDSL.integers().between(0, 4),
                (n, k) -> new String[] {"a", "é", "東", "\ud83c\udfac", "\ud83c"}[k].repeat(n));
    qt().withExamples(5000)
        .forAll(names)
        .checkAssert(
            t ->
                assertEquals(
                    t.getBytes(StandardCharsets.UTF_8).length <= 255,
                    FileNames.fitsInUtf8(t, 255),
                    t));
  }

  @Test
  void inlineExtrasAgreeWithComparingEverySuffix() {
    // every suffix in three cases, digits after, and characters that fold onto ASCII letters
    List<String> fragments = new ArrayList<>();
    for (List<String> kind : List.of(COMMON, JELLYFIN_TRAILERS, JELLYFIN_OTHERS)) {
      for (String suffix : kind) {
        fragments.add(suffix);
        fragments.add(suffix.toUpperCase(Locale.ROOT));
        fragments.add(suffix.substring(0, 2) + suffix.substring(2).toUpperCase(Locale.ROOT));
      }
    }
    fragments.addAll(
        List.of(
            "Heat",
            "trailer",
            "SAMPLE",
            "1",
            "07",
            " ",
            "-",
            ".",
            "_",
            "}",
            "]",
            "\u212a",
            "\u017f",
            "\u0131",
            "\u0130",
            "é",
            "\ud83c\udfac"));
    Gen<String> stems = Generators.joined(0, 4, fragments.toArray(new String[0]));
    qt().withExamples(20000)
        .forAll(stems)
        .checkAssert(t -> assertEquals(inlineExtraByComparisons(t), InlineExtras.match(t), t));
    assertEquals(
        inlineExtraByComparisons("Teaser-trailer2"), InlineExtras.match("Teaser-trailer2"));
  }

  private static final List<String> COMMON =
      List.of(
          "-trailer",
          "-behindthescenes",
          "-deleted",
          "-featurette",
          "-interview",
          "-scene",
          "-short",
          "-other");
  private static final List<String> JELLYFIN_TRAILERS =
      List.of(".trailer", "_trailer", "- trailer");
  private static final List<String> JELLYFIN_OTHERS =
      List.of("-clip", "-extra", "-sample", "-deletedscene", ".sample", "_sample", "- sample");

  /** {@code InlineExtras.match} as it was: every suffix compared, ignoring case. */
  private static Optional<InlineExtras.Match> inlineExtraByComparisons(String stem) {
    if (stem.equalsIgnoreCase("trailer") || stem.equalsIgnoreCase("sample")) {
      return Optional.of(new InlineExtras.Match("", stem, "", InlineExtras.Kind.EXACT));
    }
    int end = stem.length();
    while (end > 0 && stem.charAt(end - 1) >= '0' && stem.charAt(end - 1) <= '9') {
      end--;
    }
    List<List<String>> kinds = List.of(COMMON, JELLYFIN_TRAILERS, JELLYFIN_OTHERS);
    InlineExtras.Kind[] kindOf = {
      InlineExtras.Kind.COMMON, InlineExtras.Kind.JELLYFIN_TRAILER, InlineExtras.Kind.JELLYFIN_OTHER
    };
    for (int k = 0; k < kinds.size(); k++) {
      for (String s : kinds.get(k)) {
        int start = end - s.length();
        if (start >= 0 && stem.regionMatches(true, start, s, 0, s.length())) {
          return Optional.of(
              new InlineExtras.Match(
                  stem.substring(0, start),
                  stem.substring(start, end),
                  stem.substring(end),
                  kindOf[k]));
        }
      }
    }
    return Optional.empty();
  }
}

package dev.jellyplex.formats;

import dev.jellyplex.model.Attribute;
import dev.jellyplex.model.Movie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Generators of movies, videos and nasty strings for the property tests. */
final class Generators {
  private Generators() {}

  /** Strings of {@code min} to {@code max} fragments picked from {@code fragments}. */
  static Gen<String> joined(int min, int max, String... fragments) {
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

  /** A movie and one of its videos. */
  record MovieVideo(Movie movie, Video video) {
    @Override
    public String toString() {
      return movie + " / " + video;
    }
  }

  private static final List<String> TITLE_WORDS =
      List.of(
          "Heat",
          "Das",
          "Boot",
          "Mission",
          "Impossible",
          "Amélie",
          "Straße",
          "Ödön",
          "東京",
          "物語",
          "Война",
          "и",
          "мир",
          "🎬",
          "Ω",
          "1917",
          "2049",
          "L'Été",
          "Don't",
          "A.I.",
          "Part",
          "DVD",
          "4k",
          "BD",
          "1080p",
          "pt1",
          "cd2",
          "trailer",
          "Sample",
          "&",
          "Vol.",
          "İstanbul",
          "ﬃ",
          "K",
          "!",
          "x",
          "Se7en",
          "O'Brien",
          "#1",
          "½",
          "مرحبا",
          "עולם",
          "deadbeef",
          "e.g.",
          "Spider-Man",
          "Tick,",
          "Tock",
          "-");

  private static final List<String> EDITION_WORDS =
      List.of(
          "Director's",
          "Cut",
          "Theatrical",
          "Extended",
          "Edition",
          "Final",
          "Ultimate",
          "Remastered",
          "Unrated",
          "Özel",
          "Sürüm",
          "导演剪辑版",
          "🎬",
          "Special",
          "-",
          "Open",
          "Matte",
          "Criterion",
          "25th",
          "Anniversary",
          "IMAX",
          "3D",
          "Black & White");

  private static final List<String> FREE_WORDS =
      List.of(
          "remux",
          "x265",
          "HEVC",
          "DV HDR10",
          "CF Name",
          "SD",
          "Open Matte",
          "AAC 5.1",
          "日本語",
          "Proper",
          "WEB-DL",
          "HDR",
          "10bit",
          "Atmos",
          "RlsGrp",
          "ünïcödé",
          "🎞");

  /** Resolutions that Jellyfin's spelling keeps apart. */
  static final List<String> KEPT_APART =
      List.of("DVD", "720p", "1080p", "2160p", "1440p", "570i", "4320p", "360p", "900i");

  /** Every kind of resolution, including those Jellyfin writes like another. */
  static final List<String> ALL_RESOLUTIONS =
      List.of(
          "DVD", "480i", "480p", "576i", "576p", "720i", "720p", "1080i", "1080p", "2160i", "2160p",
          "1440p", "570i", "4320p");

  private static final List<String> EXTENSIONS =
      List.of(".mkv", ".mp4", ".m4v", ".avi", ".MKV", ".ts", ".m2ts", ".iso", ".dvr-ms", ".webm");

  private static <T> Gen<Optional<T>> maybe(Gen<T> gen) {
    return Generate.booleans().zip(gen, (b, t) -> b ? Optional.of(t) : Optional.<T>empty());
  }

  private static Gen<String> words(List<String> pool, int min, int max) {
    return Generate.range(min, max)
        .zip(
            Generate.intArrays(Generate.constant(max), Generate.range(0, pool.size() - 1)),
            (n, idx) -> {
              List<String> w = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                w.add(pool.get(idx[i]));
              }
              return String.join(" ", w);
            });
  }

  static Gen<Boolean> booleans() {
    return Generate.booleans();
  }

  /** Code point ranges of letters and symbols in many scripts, none of them special in names. */
  private static final int[][] SCRIPTS = {
    {0x41, 0x5A},
    {0x61, 0x7A},
    {0xC0, 0x24F},
    {0x391, 0x3C9},
    {0x400, 0x4FF},
    {0x5D0, 0x5EA},
    {0x620, 0x64A},
    {0x905, 0x939},
    {0x3041, 0x3096},
    {0x4E00, 0x9FFF},
    {0xAC00, 0xD7A3},
    {0x1F300, 0x1F5FF}
  };

  /** A word of 1 to 6 random letters (or emoji) from one script. */
  static Gen<String> unicodeWords() {
    return Generate.range(0, SCRIPTS.length - 1)
        .zip(
            Generate.intArrays(Generate.range(1, 6), Generate.range(0, Integer.MAX_VALUE)),
            (script, seeds) -> {
              int[] r = SCRIPTS[script];
              StringBuilder w = new StringBuilder();
              for (int seed : seeds) {
                w.appendCodePoint(r[0] + seed % (r[1] - r[0] + 1));
              }
              return w.toString();
            });
  }

  private static Gen<String> titles() {
    Gen<String> mixed =
        Generate.range(1, 4)
            .zip(
                unicodeWords(),
                words(TITLE_WORDS, 1, 3),
                unicodeWords(),
                (shape, a, b, c) ->
                    switch (shape) {
                      case 1 -> a;
                      case 2 -> a + " " + b;
                      case 3 -> b + " " + c;
                      default -> a + " " + b + " " + c;
                    });
    return Generate.oneOf(words(TITLE_WORDS, 1, 5), mixed);
  }

  /** Any {@code \\d{3,4}[pi]} resolution. */
  static Gen<String> lineResolutions() {
    return Generate.range(100, 9999).zip(Generate.booleans(), (n, p) -> n + (p ? "p" : "i"));
  }

  /** Whether Jellyfin's spelling of a resolution reads back as the same resolution. */
  static boolean keptApart(String resolution) {
    Resolution r = Resolution.of(resolution);
    if (r.isDvd()) {
      return true;
    }
    return switch (r.lines()) {
      case 480, 576 -> false;
      case 720, 1080, 2160 -> r.progressive();
      default -> true;
    };
  }

  static Gen<Movie> movies() {
    Gen<Optional<Integer>> years = maybe(Generate.range(1900, 2099));
    Gen<Map<String, String>> ids =
        Generate.range(0, 7)
            .zip(
                Generate.range(1, 9_999_999),
                (mask, n) -> {
                  Map<String, String> list = new LinkedHashMap<>();
                  if ((mask & 1) != 0) {
                    list.put("imdb", String.format("tt%07d", n));
                  }
                  if ((mask & 2) != 0) {
                    list.put("tmdb", Integer.toString(n));
                  }
                  if ((mask & 4) != 0) {
                    list.put("tvdb", Integer.toString(n / 3 + 1));
                  }
                  return list;
                });
    return titles()
        .zip(
            years,
            ids,
            (title, year, idList) -> {
              Movie.Builder b = Movie.builder().title(title).putAllIds(idList);
              year.ifPresent(b::year);
              return b.build();
            })
        // without a year, a " - " ends a Jellyfin title; Jellyfin folders cannot say it
        .assuming(m -> m.year().isPresent() || !m.title().contains(" - "))
        // a title of only punctuation is not a movie
        .assuming(m -> FormatBase.meaningful(m.title()));
  }

  private static Gen<Part> parts() {
    return Generate.pick(List.of("pt", "part", "cd", "disc", "disk", "dvd", "CD", "Part"))
        .zip(Generate.pick(List.of("1", "2", "3", "9", "10", "01", "a", "b", "d")), Part::of);
  }

  private static Gen<String> hashes() {
    return Generate.range(0, Integer.MAX_VALUE).map(n -> String.format("%08x", n));
  }

  /**
   * Editions Jellyfin can name: no quality word first or last (naming contract 3.2 rule 4 reads
   * those as labels; {@code QualityWordsTest} covers them), a quality word inside is kept.
   */
  private static Gen<String> editions() {
    return words(EDITION_WORDS, 1, 4)
        .assuming(e -> !e.startsWith("- ") && !e.endsWith(" -") && !e.equals("-"))
        .assuming(
            e ->
                !QualityWords.isQualityWord(e.substring(0, (e + " ").indexOf(' ')))
                    && !QualityWords.isQualityWord(e.substring(e.lastIndexOf(' ') + 1)));
  }

  /** Videos Jellyfin can name: resolution kept apart, edition, part, hash. */
  static Gen<Video> jellyfinVideos() {
    return Generate.pick(EXTENSIONS)
        .zip(
            maybe(
                Generate.oneOf(Generate.pick(KEPT_APART), lineResolutions())
                    .assuming(Generators::keptApart)),
            maybe(editions()),
            maybe(parts()),
            maybe(hashes()),
            (ext, res, edition, part, hash) -> {
              Video.Builder b = Video.builder().extension(ext);
              res.map(Resolution::of).ifPresent(b::resolution);
              edition.ifPresent(b::edition);
              part.ifPresent(b::part);
              hash.ifPresent(b::disambiguation);
              return b.build();
            });
  }

  /** Plex videos whose only label is a resolution Jellyfin keeps apart. */
  static Gen<Video> plainPlexVideos() {
    return jellyfinVideos();
  }

  /** Any Plex video: free labels, version text, attributes, any resolution. */
  static Gen<Video> plexVideos() {
    Gen<List<String>> labels =
        Generate.range(0, 3)
            .zip(
                Generate.intArrays(Generate.constant(3), Generate.range(0, FREE_WORDS.size() - 1)),
                (n, idx) -> {
                  List<String> l = new ArrayList<>();
                  for (int i = 0; i < n; i++) {
                    l.add(FREE_WORDS.get(idx[i]));
                  }
                  return l;
                });
    Gen<List<Attribute>> attributes =
        Generate.range(0, 2)
            .zip(
                Generate.pick(List.of("youtube", "custom", "source", "X")),
                Generate.pick(List.of("y12345678", "a b", "", "ü")),
                (n, k, v) -> n == 0 ? List.<Attribute>of() : List.of(Attribute.of(k, v)));
    Gen<Optional<String>> versionText =
        // no quality words: Jellyfin reads those back as labels (QualityWordsTest)
        maybe(Generate.pick(List.of("Fan Edit", "Commentary", "Open Matte", "ünïcödé", "A - B")));
    Gen<Video> base =
        Generate.pick(EXTENSIONS)
            .zip(
                maybe(Generate.oneOf(Generate.pick(ALL_RESOLUTIONS), lineResolutions())),
                maybe(editions()),
                maybe(parts()),
                maybe(hashes()),
                (ext, res, edition, part, hash) -> {
                  Video.Builder b = Video.builder().extension(ext);
                  res.map(Resolution::of).ifPresent(b::resolution);
                  edition.ifPresent(b::edition);
                  part.ifPresent(b::part);
                  hash.ifPresent(b::disambiguation);
                  return b.build();
                });
    return base.zip(
        labels,
        attributes,
        versionText,
        (v, l, a, t) -> {
          Video.Builder b = Video.builder().from(v).labels(l).attributes(a);
          t.ifPresent(b::versionText);
          return b.build();
        });
  }

  /** Two to four Plex videos, often clashing once written for Jellyfin. */
  static Gen<List<Video>> plexVideoLists() {
    return Generate.range(2, 4)
        .zip(
            plexVideos(),
            plexVideos(),
            plexVideos(),
            (n, a, b, c) -> {
              List<Video> all = new ArrayList<>(List.of(a, b, c));
              all.add(
                  Video.builder()
                      .from(a)
                      .labels(List.of("remux"))
                      .disambiguation(Optional.empty())
                      .build());
              return all.subList(0, n);
            });
  }

  static Gen<MovieVideo> jellyfinCases() {
    return movies().zip(jellyfinVideos(), MovieVideo::new);
  }

  static Gen<MovieVideo> plainPlexCases() {
    return movies().zip(plainPlexVideos(), MovieVideo::new);
  }

  static Gen<MovieVideo> plexCases() {
    return movies().zip(plexVideos(), MovieVideo::new);
  }

  private static final List<String> NASTY =
      List.of(
          "[",
          "]",
          "{",
          "}",
          "{}",
          "[]",
          "(",
          ")",
          " - ",
          "-",
          ".",
          "_",
          " ",
          "  ",
          "\t",
          "\n",
          "\u0000",
          "/",
          "\u0001",
          "\u007f",
          "🎬",
          "é",
          "ß",
          "İ",
          "ﬃ",
          "\u212A",
          "\uD800",
          "\u00A0",
          "1080p",
          "4K",
          "BD",
          "DVD",
          "pt1",
          "cd2",
          "part 3",
          "disc a",
          "{edition-",
          "{edition-X}",
          "{imdb-tt1}",
          "{IMDB- }",
          "{tmdb-}",
          "[imdbid-tt1]",
          "[tmdbid=5]",
          "[xid-]",
          "(1999)",
          "(0000)",
          " (2001)",
          "1999",
          "deadbeef",
          "[deadbeef]",
          "-trailer",
          "_sample",
          ".mkv",
          ".srt",
          "x",
          "Heat",
          "Title",
          "{youtube-y1}",
          "{ - }",
          "{-}",
          "[ ]",
          "]-Grp",
          "- ",
          "Plex Versions",
          "(Disc 01)",
          "[cd2]",
          "{Open Matte}",
          "[x265]-Grp",
          " - pt1",
          "_trailer",
          "- sample",
          "[Bluray-2160p Proper]",
          "[tvdbid=3]",
          "[anidbid-1]",
          "{tvdb-2}",
          "[e1326394]",
          "Trailers",
          "..",
          "'",
          "\"",
          "\\",
          ":",
          "*",
          "?",
          "|");

  /** Strings made of brackets, braces, tokens, control characters and emoji. */
  static Gen<String> nastyStrings() {
    Gen<String> joined =
        Generate.range(0, 25)
            .zip(
                Generate.intArrays(Generate.constant(25), Generate.range(0, NASTY.size() - 1)),
                (n, idx) -> {
                  StringBuilder s = new StringBuilder();
                  for (int i = 0; i < n; i++) {
                    s.append(NASTY.get(idx[i]));
                  }
                  return s.toString();
                });
    Gen<String> long300 =
        Generate.pick(List.of("a", "é", "🎬", " ", "[x]"))
            .zip(Generate.range(250, 320), (s, n) -> s.repeat(n / s.length() + 1))
            .map(s -> s + " (1999)");
    Gen<String> anyChars =
        Generate.intArrays(Generate.range(0, 20), Generate.range(0, 0x2FFFF))
            .map(
                cps -> {
                  StringBuilder s = new StringBuilder();
                  for (int cp : cps) {
                    s.appendCodePoint(cp);
                  }
                  return s.toString();
                });
    return Generate.frequency(
        org.quicktheories.api.Pair.of(6, joined),
        org.quicktheories.api.Pair.of(1, long300),
        org.quicktheories.api.Pair.of(2, anyChars));
  }
}

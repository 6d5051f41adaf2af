package dev.jellyplex.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.demo.DemoEntry.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated names, without a filesystem: syntax per format, variety, shape, stability. */
class DemoLayoutTest {
  private static final Pattern PLEX_FOLDER =
      Pattern.compile("(.+) \\((\\d{4})\\)( \\{imdb-tt\\d{7,8}\\})?( \\{tmdb-\\d+\\})?");
  private static final Pattern JELLYFIN_FOLDER =
      Pattern.compile("(.+) \\((\\d{4})\\)( \\[imdbid-tt\\d{7,8}\\])?( \\[tmdbid-\\d+\\])?");
  private static final Pattern JELLYFIN_ID = Pattern.compile("(?i)\\[[a-z]+id[-=]");
  private static final Pattern INLINE_EXTRA =
      Pattern.compile(".*-(trailer|behindthescenes|deleted|featurette|interview)\\.(mkv|mp4)");
  private static final Pattern VIDEO = Pattern.compile(".*\\.(mkv|mp4|m4v|avi)");

  private static List<DemoEntry> plex(int movies) {
    return DemoLayout.entries(DemoOptions.plex(movies));
  }

  private static List<DemoEntry> jellyfin(int movies) {
    return DemoLayout.entries(DemoOptions.jellyfin(movies));
  }

  @Test
  void plexNamesUsePlexSyntaxOnly() {
    for (DemoEntry e : plex(3000)) {
      String folder = e.path().get(0);
      Matcher m = PLEX_FOLDER.matcher(folder);
      assertTrue(m.matches(), "plex folder: " + folder);
      String name = e.path().get(e.path().size() - 1);
      assertFalse(JELLYFIN_ID.matcher(name).find(), "jellyfin id in a plex name: " + name);
      if (isMainVideo(e)) {
        String titleYear = m.group(1) + " (" + m.group(2) + ")";
        assertTrue(name.startsWith(titleYear), "plex video starts with title and year: " + name);
      }
    }
  }

  @Test
  void jellyfinNamesUseJellyfinSyntaxOnly() {
    for (DemoEntry e : jellyfin(3000)) {
      String folder = e.path().get(0);
      assertTrue(JELLYFIN_FOLDER.matcher(folder).matches(), "jellyfin folder: " + folder);
      for (String name : e.path()) {
        assertFalse(name.contains("{") || name.contains("}"), "plex braces: " + name);
      }
      if (isMainVideo(e)) {
        String name = e.path().get(1);
        // Jellyfin groups versions only when every video starts with the folder name.
        assertTrue(name.startsWith(folder), "starts with the folder: " + name);
        String rest = name.substring(folder.length());
        assertFalse(rest.contains("["), "no plex labels after the folder name: " + name);
        assertTrue(
            rest.matches("(( - [^\\[\\]]+?)?( - (pt|cd|part)\\d)?)\\.(mkv|mp4|m4v|avi)"),
            "jellyfin version label: " + name);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"plex", "jellyfin"})
  void namesAreUsableAndUnique(String format) {
    List<DemoEntry> entries = format.equals("plex") ? plex(5000) : jellyfin(5000);
    Set<String> seen = new HashSet<>();
    for (DemoEntry e : entries) {
      for (String name : e.path()) {
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
        assertFalse(name.isBlank() || name.strip().length() != name.length(), "[" + name + "]");
        assertFalse(name.endsWith("."), name);
        assertTrue(name.chars().noneMatch(c -> c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0), name);
      }
      String key = e.relative().toLowerCase(Locale.ROOT);
      assertTrue(seen.add(key), "unique even ignoring case: " + e.relative());
      if (e.path().size() > 1) {
        assertTrue(seen.contains(parentKey(e)), "parent listed first: " + e.relative());
      }
    }
  }

  @Test
  void yearsAreBetween1920And2025() {
    Set<Integer> years = new HashSet<>();
    for (DemoEntry e : plex(3000)) {
      if (e.path().size() == 1) {
        Matcher m = PLEX_FOLDER.matcher(e.path().get(0));
        assertTrue(m.matches());
        years.add(Integer.parseInt(m.group(2)));
      }
    }
    assertTrue(years.stream().allMatch(y -> y >= 1920 && y <= 2025), years.toString());
    assertTrue(years.contains(1920) || years.contains(1921), "old films too");
    assertTrue(years.contains(2025), "new films too");
  }

  @Test
  void plexLibraryHasTheExpectedVariety() {
    String all = joined(plex(3000));
    for (String literal :
        List.of(
            "\nMission - Impossible (",
            "\n1917 (",
            "'s ",
            "é",
            "ü",
            "ß",
            "の",
            "{edition-Director's Cut}",
            "{edition-Theatrical Cut}",
            "{edition-Extended",
            "[1080p]",
            "[2160p]",
            "[4K]",
            "[DVD]",
            "[1080p] [remux]",
            " - {edition-",
            "[Bluray-",
            ".en.srt",
            ".de.forced.srt",
            "/Trailers/",
            "/trailers/",
            "/Behind The Scenes/",
            "/Other/",
            "/Teaser-trailer.mkv",
            "/poster.jpg",
            "/fanart.jpg",
            "/movie.nfo",
            "/.DS_Store")) {
      assertTrue(all.contains(literal), "plex demo contains " + literal);
    }
    for (String regex :
        List.of(
            "[\\u0400-\\u04FF]",
            "\\]\\[x26[45]\\]-[A-Za-z]+\\.mkv",
            " - pt1\\.",
            " - cd2\\.",
            "\\) \\{imdb-tt\\d+\\} \\{tmdb-\\d+\\}/",
            "\\) \\{tmdb-\\d+\\}/",
            "\\(\\d{4}\\)/",
            // Plex video named "Title (Year)" inside a folder with ids.
            "\\n([^/\\n]+ \\(\\d{4}\\)) \\{imdb-[^/]+/\\1\\.mkv")) {
      assertTrue(Pattern.compile(regex).matcher(all).find(), "plex demo matches " + regex);
    }
    assertFalse(all.contains("[imdbid-"));
  }

  @Test
  void jellyfinLibraryHasTheExpectedVariety() {
    String all = joined(jellyfin(3000));
    for (String expected :
        List.of(
            " - 4k\\.",
            " - BD\\.",
            " - DVD\\.",
            " - 720p\\.",
            " - BD Theatrical Cut\\.",
            " - Director's Cut\\.",
            " - (pt|cd|part)1\\.",
            "/extras/",
            "/other/",
            "/trailers/",
            "/behind the scenes/",
            "\\[imdbid-tt\\d+\\] \\[tmdbid-\\d+\\]/",
            "\\.de\\.forced\\.srt")) {
      assertTrue(Pattern.compile(expected).matcher(all).find(), "jellyfin demo has " + expected);
    }
  }

  @Test
  void fiveThousandMoviesHaveTheShapeOfTheReferenceBenchmark() {
    // Reference: 5,000 movies, 19,260 files, 7,002 folders (counting the root).
    List<DemoEntry> entries = plex(5000);
    long folders = entries.stream().filter(e -> e.kind() == Kind.FOLDER).count();
    long files = entries.size() - folders;
    assertTrue(files > 19_260 * 0.98 && files < 19_260 * 1.02, "files: " + files);
    assertTrue(folders + 1 > 7_002 * 0.98 && folders + 1 < 7_002 * 1.02, "folders: " + folders);
    assertEquals(files, jellyfin(5000).stream().filter(e -> e.kind() != Kind.FOLDER).count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"plex", "jellyfin"})
  void twentyMoviesOfSeedDemoAreExactlyTheGoldenListing(String format) throws IOException {
    // Pins the output across machines and Java versions: a change here changes every user's demo.
    List<String> actual =
        (format.equals("plex") ? plex(20) : jellyfin(20))
            .stream()
                .map(e -> e.relative() + (e.kind() == Kind.FOLDER ? "/" : ""))
                .collect(Collectors.toList());
    String resource = "golden-" + format + "-20.txt";
    List<String> golden;
    try (InputStream in = DemoLayoutTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, "missing test resource " + resource);
      golden =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .collect(Collectors.toList());
    }
    assertEquals(golden, actual);
  }

  @Test
  void theTourShowsEveryKindOfNameItPromises() {
    // The demo command's library: a change to the generator that loses one of these needs a new
    // seed for DemoOptions.tour().
    List<DemoEntry> tour = DemoLayout.entries(DemoOptions.tour());
    List<String> files =
        tour.stream().filter(e -> e.kind() != Kind.FOLDER).map(DemoEntry::relative).toList();
    assertEquals(5, tour.stream().filter(e -> e.path().size() == 1).count());
    assertEquals(16, files.size());
    String all = String.join("\n", files);
    assertTrue(
        files.stream().anyMatch(f -> f.matches(".*\\[(2160p|4K)\\].*"))
            && files.stream().anyMatch(f -> f.matches(".*\\[1080p\\].*")),
        "versions: " + all);
    assertTrue(
        files.stream()
            .filter(f -> f.contains("{edition-"))
            .map(DemoLayoutTest::folderOf)
            .distinct()
            .anyMatch(
                folder ->
                    files.stream()
                            .filter(f -> f.startsWith(folder + "/") && f.contains("{edition-"))
                            .count()
                        >= 2),
        "two editions of one movie: " + all);
    assertTrue(tour.stream().anyMatch(e -> e.path().size() == 3), "an extras folder: " + all);
    assertTrue(all.contains(".srt"), "a subtitle: " + all);
    assertTrue(all.chars().anyMatch(c -> c > 0x2ff), "a non-Latin title: " + all);
    assertTrue(
        files.stream()
            .map(DemoLayoutTest::folderOf)
            .anyMatch(f -> f.matches(".*\\) \\{tmdb-\\d+\\}")),
        "a folder with only a TMDB id: " + all);
    assertTrue(all.contains("[remux]") || all.contains("[HDR]"), "a free label: " + all);
    assertTrue(all.contains("/.DS_Store"), "a hidden file: " + all);
  }

  private static String folderOf(String relative) {
    return relative.substring(0, relative.indexOf('/'));
  }

  @Test
  void seedHashIsStable() {
    // SHA-256("demo") starts with 2a97516c354b68848cdbd8f54a226a0a55b21ed138e207ad6c5cbb9c00aa5aea.
    assertEquals(0x2a97516c354b6884L, DemoLayout.seedOf("demo"));
  }

  private static boolean isMainVideo(DemoEntry e) {
    return e.kind() == Kind.VIDEO
        && e.path().size() == 2
        && !INLINE_EXTRA.matcher(e.path().get(1)).matches()
        && VIDEO.matcher(e.path().get(1)).matches();
  }

  private static String parentKey(DemoEntry e) {
    return String.join("/", e.path().subList(0, e.path().size() - 1)).toLowerCase(Locale.ROOT);
  }

  private static String joined(List<DemoEntry> entries) {
    return "\n" + entries.stream().map(DemoEntry::relative).collect(Collectors.joining("\n"));
  }
}

package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.jellyplex.model.IgnoredEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Plex's edition-per-folder layout merged instead of clashing (naming contract 6, revision 2). */
class EditionFoldersTest {
  private static final LibraryTranslator P2J = Codecs.translator(Codecs.PLEX, Codecs.JELLYFIN);
  private static final String ALIEN = "Alien (1979) {imdb-tt0078748}";
  private static final String CUT = ALIEN + " {edition-Director's Cut}";

  @Test
  void editionFoldersMergeIntoOneJellyfinFolder() {
    Map<String, List<String>> folders = new LinkedHashMap<>();
    folders.put(CUT, List.of(CUT + ".mkv", "poster.jpg", "Featurettes/Making of.mkv"));
    folders.put(ALIEN, List.of(ALIEN + ".mkv", ALIEN + ".en.srt", "poster.jpg"));
    MovieTranslation t = P2J.translateEditionFolders(folders).orElseThrow();
    assertEquals(ALIEN, t.sourceFolder());
    assertEquals(Optional.of("Alien (1979) [imdbid-tt0078748]"), t.targetFolder());
    Map<String, String> bySource = new java.util.TreeMap<>();
    t.files().forEach(f -> bySource.put(f.source(), f.target()));
    String j = "Alien (1979) [imdbid-tt0078748]";
    assertEquals(
        Map.of(
            ALIEN + "/" + ALIEN + ".mkv", j + ".mkv",
            ALIEN + "/" + ALIEN + ".en.srt", j + ".en.srt",
            ALIEN + "/poster.jpg", "poster.jpg",
            CUT + "/" + CUT + ".mkv", j + " - Director's Cut.mkv",
            CUT + "/Featurettes/Making of.mkv", "featurettes/Making of.mkv"),
        bySource);
    assertEquals(
        List.of(IgnoredEntry.of(CUT + "/poster.jpg", "same name in another edition folder")),
        t.ignored());
  }

  @Test
  void otherFoldersOfOneTargetAreNoEditionFolders() {
    assertEquals(
        Optional.empty(),
        P2J.translateEditionFolders(
            Map.of(
                "Heat (1995) [remastered]", List.of("Heat (1995).mkv"),
                "Heat (1995)", List.of("Heat (1995).mkv"))));
    assertEquals(
        Optional.empty(),
        P2J.translateEditionFolders(
            Map.of(ALIEN, List.of(ALIEN + ".mkv"), "Aliens (1986)", List.of("Aliens (1986).mkv"))));
  }

  @Test
  void mergedEditionFoldersKeepEveryVideo() {
    List<String> editions = List.of("Director's Cut", "Theatrical", "Extended", "Special Edition");
    List<String> labels = List.of("", " [1080p]", " [2160p]", " [DVD]", " [1080p] [remux]");
    qt().withExamples(300)
        .forAll(
            SourceDSL.lists().of(Generate.pick(labels)).ofSizeBetween(1, 3),
            SourceDSL.lists().of(Generate.pick(labels)).ofSizeBetween(1, 3),
            Generate.pick(editions))
        .checkAssert(
            (plain, cut, edition) -> {
              Map<String, List<String>> folders = new LinkedHashMap<>();
              String editionFolder = ALIEN + " {edition-" + edition + "}";
              List<String> videos = new ArrayList<>();
              folders.put(ALIEN, names(ALIEN, plain, videos));
              folders.put(editionFolder, names(editionFolder, cut, videos));
              MovieTranslation t = P2J.translateEditionFolders(folders).orElseThrow();
              Set<String> mapped = new TreeSet<>();
              t.files().forEach(f -> mapped.add(f.source()));
              Set<String> targets = new TreeSet<>();
              t.files().forEach(f -> targets.add(f.target().toLowerCase(java.util.Locale.ROOT)));
              assertEquals(t.files().size(), targets.size(), "one target name per file");
              for (String v : videos) {
                boolean kept =
                    mapped.contains(v)
                        || t.clashes().stream()
                            .anyMatch(
                                c -> c.sourceFileNames().contains(v.substring(v.indexOf('/') + 1)));
                assertTrue(kept, () -> v + " lost: " + t);
              }
            });
  }

  /** Distinct video names of a folder with these labels; adds their paths to {@code videos}. */
  private static List<String> names(String folder, List<String> labels, List<String> videos) {
    List<String> names = new ArrayList<>();
    for (String label : new TreeSet<>(labels)) {
      names.add(folder + label + ".mkv");
      videos.add(folder + "/" + folder + label + ".mkv");
    }
    return names;
  }
}

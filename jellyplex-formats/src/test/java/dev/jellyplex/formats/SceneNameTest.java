package dev.jellyplex.formats;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jellyplex.model.IgnoredEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Release names filed by {@code import} (naming contract 8.1). */
class SceneNameTest {
  @Test
  void releaseNamesReadAsTitleYearResolutionLabelsAndGroup() {
    SceneName matrix = SceneName.parse("The.Matrix.1999.1080p.BluRay.x264-GRP");
    assertEquals(
        new SceneName(
            "The Matrix", 1999, Resolution.FULL_HD, List.of("BluRay", "x264", "GRP"), List.of()),
        matrix);
    SceneName odyssey = requireNonNull(SceneName.parse("2001.A.Space.Odyssey.1968.1080p"));
    assertEquals("2001 A Space Odyssey", odyssey.title());
    assertEquals(1968, odyssey.year());
    SceneName spaced = SceneName.parse("The Matrix 1999 2160p UHD BluRay");
    assertEquals(
        new SceneName("The Matrix", 1999, Resolution.UHD, List.of("UHD", "BluRay"), List.of()),
        spaced);
    SceneName words = requireNonNull(SceneName.parse("Heat_1995_Directors_Cut_WEB-DL"));
    assertEquals(List.of("WEB-DL"), words.labels());
    assertEquals(List.of("Directors", "Cut"), words.lost());
    assertNull(SceneName.parse("The.Matrix.1080p.BluRay"));
    assertNull(SceneName.parse("1999.1080p"));
  }

  @Test
  void importFilesAReleaseIntoItsMoviesFolder() {
    MovieTranslation t =
        Codecs.translator(Codecs.PLEX, Codecs.JELLYFIN)
            .translateLoose("The.Matrix.1999.1080p.BluRay.x264-GRP.mkv");
    assertEquals(Optional.of("The Matrix (1999)"), t.targetFolder());
    assertEquals(1, t.files().size());
    assertEquals("The.Matrix.1999.1080p.BluRay.x264-GRP.mkv", t.files().get(0).source());
    assertEquals("The Matrix (1999) - BD.mkv", t.files().get(0).target());
    MovieTranslation toPlex =
        Codecs.translator(Codecs.PLEX, Codecs.PLEX)
            .translateLoose("The.Matrix.1999.1080p.BluRay.x264-GRP.mkv");
    assertEquals(
        "The Matrix (1999) [1080p] [BluRay] [x264] [GRP].mkv", toPlex.files().get(0).target());
  }

  @Test
  void companionsFollowTheReleaseVideoWithItsSourcesAsStaged() {
    String release = "The.Matrix.1999.1080p.BluRay.x264-GRP";
    List<String> with = List.of(release + ".en.srt", "Subs/English.srt");
    MovieTranslation j =
        Codecs.translator(Codecs.PLEX, Codecs.JELLYFIN).translateLoose(release + ".mkv", with);
    assertEquals(
        List.of(
            "Subs/English.srt -> The Matrix (1999) - BD.English.srt",
            release + ".en.srt -> The Matrix (1999) - BD.en.srt",
            release + ".mkv -> The Matrix (1999) - BD.mkv"),
        j.files().stream().map(f -> f.source() + " -> " + f.target()).sorted().toList());
    MovieTranslation p =
        Codecs.translator(Codecs.PLEX, Codecs.PLEX).translateLoose(release + ".mkv", with);
    assertEquals(
        List.of(
            "Subs/English.srt -> Subs/English.srt",
            release + ".en.srt -> The Matrix (1999) [1080p] [BluRay] [x264] [GRP].en.srt",
            release + ".mkv -> The Matrix (1999) [1080p] [BluRay] [x264] [GRP].mkv"),
        p.files().stream().map(f -> f.source() + " -> " + f.target()).sorted().toList());
    MovieTranslation plain =
        Codecs.translator(Codecs.PLEX, Codecs.PLEX)
            .translateLoose("Heat (1995).mkv", List.of("Heat (1995).en.srt"));
    assertEquals(
        List.of("Heat (1995).en.srt -> Heat (1995).en.srt", "Heat (1995).mkv -> Heat (1995).mkv"),
        plain.files().stream().map(f -> f.source() + " -> " + f.target()).sorted().toList());
  }

  @Test
  void noYearAndExtrasAreNotFiled() {
    for (String name : List.of("The.Matrix.1080p.BluRay.mkv", "trailer.mp4", "sample.mkv")) {
      MovieTranslation t = Codecs.translator(Codecs.PLEX, Codecs.JELLYFIN).translateLoose(name);
      assertEquals(Optional.empty(), t.targetFolder(), name);
      assertEquals(List.of(name), t.ignored().stream().map(IgnoredEntry::relativePath).toList());
    }
    assertEquals(
        "no year; name it Title (Year)",
        Codecs.translator(Codecs.PLEX, Codecs.JELLYFIN)
            .translateLoose("The.Matrix.1080p.mkv")
            .ignored()
            .get(0)
            .reason());
  }
}

package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jellyplex.model.IgnoredEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Subtitles placed where Jellyfin reads them (naming contract section 4, revision 2). */
class SubtitlesTest {
  private static MovieTranslation translate(
      NamingFormat from, NamingFormat to, String folder, String... files) {
    return Codecs.translator(from, to).translate(folder, List.of(files));
  }

  /** Target path to source path: one source may now have several targets. */
  private static Map<String, String> bySource(MovieTranslation t) {
    Map<String, String> m = new TreeMap<>();
    t.files().forEach(f -> m.put(f.target(), f.source()));
    return m;
  }

  @Test
  void aSubsFolderGoesNextToTheVideoInJellyfinAndStaysInPlex() {
    String[] files = {
      "Heat (1995).mkv", "Subs/Heat (1995).en.srt", "Subs/English.srt", "Subs/readme.txt"
    };
    MovieTranslation j = translate(Codecs.PLEX, Codecs.JELLYFIN, "Heat (1995)", files);
    assertEquals(
        Map.of(
            "Heat (1995).mkv", "Heat (1995).mkv",
            "Heat (1995).en.srt", "Subs/Heat (1995).en.srt",
            "Heat (1995).English.srt", "Subs/English.srt",
            "Subs/readme.txt", "Subs/readme.txt"),
        bySource(j));
    MovieTranslation p = translate(Codecs.PLEX, Codecs.PLEX, "Heat (1995)", files);
    assertEquals(
        List.of(
            "Heat (1995).mkv", "Subs/English.srt", "Subs/Heat (1995).en.srt", "Subs/readme.txt"),
        p.files().stream().map(FileMapping::target).toList());
  }

  @Test
  void aTopLevelSidecarOfTheSameNameWins() {
    MovieTranslation j =
        translate(
            Codecs.PLEX,
            Codecs.JELLYFIN,
            "Heat (1995)",
            "Heat (1995).mkv",
            "Heat (1995).en.srt",
            "Subs/Heat (1995).en.srt");
    assertEquals("Heat (1995).en.srt", bySource(j).get("Heat (1995).en.srt"));
    assertEquals(
        List.of(
            IgnoredEntry.of("Heat (1995)/Subs/Heat (1995).en.srt", "same name next to the video")),
        j.ignored());
  }

  @Test
  void aSubtitleNamedAfterTheMovieGoesWithEveryVersionOfTheDefaultEdition() {
    MovieTranslation j =
        translate(
            Codecs.PLEX,
            Codecs.JELLYFIN,
            "Heat (1995) {imdb-tt0113277}",
            "Heat (1995) {imdb-tt0113277} [1080p].mkv",
            "Heat (1995) {imdb-tt0113277} [2160p].mkv",
            "Heat (1995) {imdb-tt0113277} {edition-Director's Cut}.mkv",
            "Heat (1995).en.srt",
            "Subs/Deutsch.srt");
    String f = "Heat (1995) [imdbid-tt0113277]";
    assertEquals(
        Map.of(
            f + " - BD.mkv", "Heat (1995) {imdb-tt0113277} [1080p].mkv",
            f + " - 4k.mkv", "Heat (1995) {imdb-tt0113277} [2160p].mkv",
            f + " - Director's Cut.mkv",
                "Heat (1995) {imdb-tt0113277} {edition-Director's Cut}.mkv",
            f + " - BD.en.srt", "Heat (1995).en.srt",
            f + " - 4k.en.srt", "Heat (1995).en.srt",
            f + " - BD.Deutsch.srt", "Subs/Deutsch.srt",
            f + " - 4k.Deutsch.srt", "Subs/Deutsch.srt"),
        bySource(j));
  }

  @Test
  void whenEveryVideoHasAnEditionEveryOneGetsTheSubtitle() {
    MovieTranslation j =
        translate(
            Codecs.JELLYFIN,
            Codecs.JELLYFIN,
            "Alien (1979)",
            "Alien (1979) - Director's Cut.mkv",
            "Alien (1979) - Theatrical.mkv",
            "Alien (1979).en.srt");
    assertEquals("Alien (1979).en.srt", bySource(j).get("Alien (1979) - Director's Cut.en.srt"));
    assertEquals("Alien (1979).en.srt", bySource(j).get("Alien (1979) - Theatrical.en.srt"));
  }
}

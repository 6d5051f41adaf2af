package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.TranslationLoss;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Ids read from the main videos' names when the folder has none (naming 2.2 rule 1, 3.2 rule 5),
 * and names that start with the source folder's name (naming 4).
 */
class FileIdsTest {
  private static MovieTranslation translate(
      NamingFormat from, NamingFormat to, String folder, String... files) {
    return Codecs.translator(from, to).translate(folder, List.of(files));
  }

  private static Map<String, String> targets(MovieTranslation t) {
    Map<String, String> m = new TreeMap<>();
    t.files().forEach(f -> m.put(f.source(), f.target()));
    return m;
  }

  @Test
  void theMainVideosGiveTheUnionOfTheIdsTheyAgreeOn() {
    MovieTranslation t =
        translate(
            Codecs.PLEX,
            Codecs.JELLYFIN,
            "Heat (1995)",
            "Heat (1995) {imdb-tt0113277} [1080p].mkv",
            "Heat (1995) {tmdb-949} [2160p].mkv",
            "Heat (1995) {imdb-tt9999999}-trailer.mkv");
    // the trailer is no main video: its id neither counts nor disagrees
    assertEquals(Optional.of("Heat (1995) [imdbid-tt0113277] [tmdbid-949]"), t.targetFolder());
    assertEquals(Map.of("imdb", "tt0113277", "tmdb", "949"), t.movie().orElseThrow().ids());
    assertEquals(List.of(), t.losses());
  }

  @Test
  void idsTheVideosDisagreeOnAreDroppedAndReported() {
    // losses in the order of the sorted video names
    MovieTranslation t =
        translate(
            Codecs.JELLYFIN,
            Codecs.PLEX,
            "Heat (1995)",
            "Heat (1995) [imdbid-tt0113277] - BD.mkv",
            "Heat (1995) [imdbid-tt0000001] [tmdbid-949] - 4k.mkv");
    assertEquals(Optional.of("Heat (1995) {tmdb-949}"), t.targetFolder());
    assertEquals(
        List.of(
            TranslationLoss.of(
                LossKind.ATTRIBUTE, "imdb", "tt0000001", "the main videos disagree on the imdb id"),
            TranslationLoss.of(
                LossKind.ATTRIBUTE,
                "imdb",
                "tt0113277",
                "the main videos disagree on the imdb id")),
        t.losses());
    assertEquals(
        Map.of(
            "Heat (1995) [imdbid-tt0113277] - BD.mkv", "Heat (1995) {tmdb-949} [1080p].mkv",
            "Heat (1995) [imdbid-tt0000001] [tmdbid-949] - 4k.mkv",
                "Heat (1995) {tmdb-949} [2160p].mkv"),
        targets(t));
  }

  @Test
  void theFolderIsTheTruthWhenItHasIds() {
    MovieTranslation t =
        translate(
            Codecs.PLEX,
            Codecs.JELLYFIN,
            "Heat (1995) {tmdb-949}",
            "Heat (1995) {tmdb-949} {imdb-tt0113277}.mkv");
    assertEquals(Optional.of("Heat (1995) [tmdbid-949]"), t.targetFolder());
  }

  @Test
  void extrasNamedAfterTheFolderTakeTheTargetFolderName() {
    String jf = "Heat (1995) [imdbid-tt0113277]";
    MovieTranslation t =
        translate(
            Codecs.JELLYFIN,
            Codecs.PLEX,
            jf,
            jf + ".mkv",
            jf + "-trailer.mkv",
            jf + "_trailer2.mkv",
            "trailers/" + jf + " teaser.mkv");
    Map<String, String> m = targets(t);
    String plex = "Heat (1995) {imdb-tt0113277}";
    assertEquals(plex + "-trailer.mkv", m.get(jf + "-trailer.mkv"));
    assertEquals(plex + "-trailer2.mkv", m.get(jf + "_trailer2.mkv"));
    assertEquals("Trailers/" + plex + " teaser.mkv", m.get("trailers/" + jf + " teaser.mkv"));
  }
}

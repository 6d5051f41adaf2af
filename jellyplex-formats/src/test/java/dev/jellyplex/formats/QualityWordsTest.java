package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.jellyplex.model.Movie;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Jellyfin quality words are labels, not editions (naming contract 3.2 rule 4). */
class QualityWordsTest {
  private static final String FOLDER = "Heat (1995)";
  private static final Movie HEAT = Movie.of("Heat", 1995);

  private static final List<String> QUALITY =
      List.of(
          "1080p",
          "4K",
          "BD",
          "HDR",
          "HDR10+",
          "DV",
          "Remux",
          "3D",
          "hsbs",
          "3D.hsbs",
          "Bluray-1080p",
          "WEB-DL",
          "x265",
          "DTS-HD.MA",
          "5.1",
          "Atmos",
          "10bit",
          "SDR",
          "Proper");

  private static final List<String> OTHER =
      List.of(
          "Director's",
          "Cut",
          "Extended",
          "Criterion",
          "Restoration",
          "Final",
          "Théâtral",
          "IMAX",
          "Open",
          "Matte",
          "25th",
          "Anniversary",
          "Special");

  private static Video read(String label) {
    return Codecs.JELLYFIN
        .readVideo(FOLDER, HEAT, FOLDER + " - " + label + ".mkv")
        .video()
        .orElseThrow();
  }

  /** Labels of 1 to 6 words, each a quality word or another word. */
  private static Gen<String> labels() {
    Gen<String> word = Generate.pick(QUALITY).mix(Generate.pick(OTHER), 50);
    return SourceDSL.lists().of(word).ofSizeBetween(1, 6).map(words -> String.join(" ", words));
  }

  @Test
  void theExamplesOfTheContract() {
    Video hdr = read("1080p HDR");
    assertEquals(Optional.of(Resolution.FULL_HD), hdr.resolution());
    assertEquals(List.of("HDR"), hdr.labels());
    assertEquals(Optional.empty(), hdr.edition());
    assertEquals(List.of("Remux"), read("Remux").labels());
    assertEquals(List.of("3D.hsbs"), read("3D.hsbs").labels());
    Video cut = read("Director's Cut HDR");
    assertEquals(Optional.of("Director's Cut"), cut.edition());
    assertEquals(List.of("HDR"), cut.labels());
    Video extended = read("Extended 1080p HDR");
    assertEquals(Optional.of("Extended"), extended.edition());
    assertEquals(Optional.of(Resolution.FULL_HD), extended.resolution());
    assertEquals(List.of("HDR"), extended.labels());
    Video criterion = read("Criterion 4K Restoration");
    assertEquals(Optional.of("Criterion 4K Restoration"), criterion.edition());
    Video bluray = read("Bluray-1080p Remux");
    assertEquals(Optional.of(Resolution.FULL_HD), bluray.resolution());
    assertEquals(List.of("Bluray-1080p", "Remux"), bluray.labels());
  }

  @Test
  void aSecondResolutionWordIsDroppedAndReported() {
    VideoReading r = Codecs.JELLYFIN.readVideo(FOLDER, HEAT, FOLDER + " - 4k Extended 1080p.mkv");
    assertEquals(Optional.of(Resolution.UHD), r.video().orElseThrow().resolution());
    assertEquals(Optional.of("Extended"), r.video().orElseThrow().edition());
    assertEquals("1080p", r.losses().get(0).value());
  }

  @Test
  void noEditionIsMadeOnlyOfQualityTerms() {
    qt().withExamples(2000)
        .forAll(labels())
        .checkAssert(
            label -> {
              Video v = read(label);
              v.edition()
                  .ifPresent(
                      e -> {
                        String[] words = e.split(" ");
                        assertFalse(QualityWords.isQualityWord(words[0]), () -> label + " -> " + e);
                        assertFalse(
                            QualityWords.isQualityWord(words[words.length - 1]),
                            () -> label + " -> " + e);
                      });
              // every word of the label is somewhere: resolution, edition, or a label
              for (String word : label.split(" ")) {
                boolean kept =
                    v.edition().map(e -> List.of(e.split(" ")).contains(word)).orElse(false)
                        || v.labels().contains(word)
                        || Resolution.parse(word).isPresent();
                assertTrue(kept, () -> label + ": " + word + " went missing in " + v);
              }
            });
  }

  @Test
  void writtenToPlexQualityWordsAreLabelsNotEditions() {
    qt().withExamples(500)
        .forAll(labels())
        .checkAssert(
            label -> {
              String name = FOLDER + " - " + label + ".mkv";
              MovieTranslation t =
                  Codecs.translator(Codecs.JELLYFIN, Codecs.PLEX).translate(FOLDER, List.of(name));
              String plex = t.files().get(0).target();
              int edition = plex.indexOf("{edition-");
              if (edition >= 0) {
                String e = plex.substring(edition + 9, plex.indexOf('}', edition));
                String[] words = e.split(" ");
                assertFalse(QualityWords.isQualityWord(words[0]), plex);
                assertFalse(QualityWords.isQualityWord(words[words.length - 1]), plex);
              }
            });
  }

  @Test
  void lintKeepsQualityWordsAndThreeDIsKeptFromAnySource() {
    MovieTranslation j2j =
        Codecs.translator(Codecs.JELLYFIN, Codecs.JELLYFIN)
            .translate(FOLDER, List.of(FOLDER + " - 1080p HDR.mkv"));
    assertEquals("Heat (1995) - BD HDR.mkv", j2j.files().get(0).target());
    MovieTranslation p2j =
        Codecs.translator(Codecs.PLEX, Codecs.JELLYFIN)
            .translate(FOLDER, List.of(FOLDER + " [1080p] [3D] [HDR].mkv"));
    assertEquals("Heat (1995) - BD 3D.mkv", p2j.files().get(0).target());
    assertEquals(
        List.of("label:HDR"), p2j.losses().stream().map(l -> "label:" + l.value()).toList());
  }
}

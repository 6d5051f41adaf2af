package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VideoTest {

  @Test
  void extensionKeepsItsCase() {
    assertEquals(".MKV", Video.of(".MKV").extension());
    assertEquals(".dvr-ms", Video.of(".dvr-ms").extension());
  }

  @Test
  void extensionNeedsADot() {
    assertThrows(IllegalArgumentException.class, () -> Video.of("mkv"));
    assertThrows(IllegalArgumentException.class, () -> Video.of(".m/kv"));
    assertThrows(IllegalArgumentException.class, () -> Video.of("."));
  }

  @Test
  void disambiguationIsEightLowerCaseHexDigits() {
    assertEquals(
        "93326a2a",
        Video.builder()
            .extension(".mkv")
            .disambiguation("93326a2a")
            .build()
            .disambiguation()
            .orElseThrow());
    assertThrows(
        IllegalArgumentException.class,
        () -> Video.builder().extension(".mkv").disambiguation("93326A2A").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Video.builder().extension(".mkv").disambiguation("93326a2").build());
  }

  @Test
  void blankEditionsAndLabelsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Video.builder().extension(".mkv").edition(" ").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Video.builder().extension(".mkv").addLabels("").build());
  }

  @Test
  void labelsKeepTheirOrder() {
    Video v = Video.builder().extension(".mkv").addLabels("remux", "HDR", "x265").build();
    assertEquals(java.util.List.of("remux", "HDR", "x265"), v.labels());
  }

  @Test
  void partsAcceptTheStackingTokensOnly() {
    assertEquals("pt1", Part.of("pt", "1").token());
    assertEquals("Disc01", Part.of("Disc", "01").token());
    assertEquals("cda", Part.of("cd", "a").token());
    assertThrows(IllegalArgumentException.class, () -> Part.of("vol", "1"));
    assertThrows(IllegalArgumentException.class, () -> Part.of("cd", "e"));
    assertThrows(IllegalArgumentException.class, () -> Part.of("cd", ""));
  }
}

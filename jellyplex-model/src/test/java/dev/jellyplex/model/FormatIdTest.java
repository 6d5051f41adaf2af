package dev.jellyplex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FormatIdTest {

  @Test
  void aNewFormatIsJustANewName() {
    FormatId emby = FormatId.of("emby");
    assertEquals("emby", emby.name());
    assertNotEquals(FormatId.PLEX, emby);
    assertEquals(FormatId.PLEX, FormatId.of("plex"));
  }

  @Test
  void malformedNamesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> FormatId.of("Plex"));
    assertThrows(IllegalArgumentException.class, () -> FormatId.of(""));
    assertThrows(IllegalArgumentException.class, () -> FormatId.of("1plex"));
  }

  @Test
  void lossKindsHaveSnakeCaseJsonNames() {
    assertEquals("version_text", LossKind.VERSION_TEXT.jsonName());
    assertEquals("label", LossKind.LABEL.jsonName());
  }

  @Test
  void ignoredEntryNameIsTheLastSegment() {
    assertEquals("notes.txt", IgnoredEntry.of("notes.txt", "file at the library root").name());
    assertEquals("x.mkv", IgnoredEntry.of("Heat (1995)/Plex Versions/x.mkv", "r").name());
  }
}

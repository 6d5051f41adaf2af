package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolutionTest {

  @Test
  void aliasesReadAsCanonicalForms() {
    assertEquals("DVD", Resolution.of("dvd").value());
    assertEquals("1080p", Resolution.of("BD").value());
    assertEquals("2160p", Resolution.of("4K").value());
    assertEquals("576i", Resolution.of("576I").value());
    assertEquals("1440p", Resolution.of("1440p").value());
  }

  @Test
  void otherWordsAreNotResolutions() {
    for (String s : new String[] {"SD", "UHD", "remux", "10800p", "80p", "1080", "p1080", ""}) {
      assertEquals(Optional.empty(), Resolution.parse(s), s);
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Resolution.of("HDR"));
    assertTrue(String.valueOf(e.getMessage()).contains("HDR"));
  }

  @Test
  void everyLineCountWithScanTypeIsAResolution() {
    qt().forAll(integers().between(100, 9999))
        .checkAssert(
            n -> {
              Resolution p = Resolution.of(n + "P");
              assertEquals(n + "p", p.value());
              assertEquals(n, p.lines());
              assertTrue(p.progressive());
              Resolution i = Resolution.of(n + "i");
              assertFalse(i.progressive());
              assertFalse(i.isDvd());
            });
  }

  @Test
  void dvdHasNoLineCount() {
    assertTrue(Resolution.DVD.isDvd());
    assertEquals(0, Resolution.DVD.lines());
  }
}

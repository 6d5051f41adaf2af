package dev.jellyplex.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MovieTest {

  @Test
  void titleIsNeverBlank() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Movie.builder().title(" \t").build());
    assertTrue(String.valueOf(e.getMessage()).contains("title"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Movie.builder().title("").build());
  }

  @Test
  void titleMustNotContainPathSeparators() {
    assertThrows(IllegalArgumentException.class, () -> Movie.builder().title("AC/DC").build());
    assertThrows(IllegalArgumentException.class, () -> Movie.builder().title("a\0b").build());
  }

  @Test
  void yearHasFourDigits() {
    assertEquals(1995, Movie.of("Heat", 1995).year().getAsInt());
    assertThrows(IllegalArgumentException.class, () -> Movie.of("Heat", 999));
    assertThrows(IllegalArgumentException.class, () -> Movie.of("Heat", 10000));
    assertTrue(Movie.builder().title("Heat").build().year().isEmpty());
  }

  @Test
  void idsAreKeptInProviderOrderWhateverTheInputOrder() {
    Movie m =
        Movie.builder()
            .title("Pulp Fiction")
            .year(1994)
            .putIds("tvdb", "1")
            .putIds("tmdb", "680")
            .putIds("imdb", "tt0110912")
            .build();
    assertEquals(List.of("imdb", "tmdb", "tvdb"), List.copyOf(m.ids().keySet()));
    assertEquals(Optional.of("680"), m.id("tmdb"));
    assertEquals(Optional.empty(), m.id("youtube"));
  }

  @Test
  void idOrderIsCanonicalForEveryPermutation() {
    List<String> all = Movie.PROVIDERS;
    qt().forAll(lists().of(integers().between(0, 2)).ofSize(3))
        .checkAssert(
            order -> {
              List<String> shuffled = new ArrayList<>(all);
              for (int i = 0; i < order.size(); i++) {
                Collections.swap(shuffled, i, order.get(i));
              }
              Movie.Builder b = Movie.builder().title("T");
              for (String p : shuffled) {
                b.putIds(p, p + "-id");
              }
              Movie m = b.build();
              assertEquals(all, List.copyOf(m.ids().keySet()));
              assertEquals("tmdb-id", m.ids().get("tmdb"));
            });
  }

  @Test
  void idsOfUnknownProvidersAndBlankIdsAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Movie.builder().title("Heat").putIds("youtube", "y1").build());
    assertTrue(String.valueOf(e.getMessage()).contains("imdb, tmdb, tvdb"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Movie.builder().title("Heat").putIds("imdb", " ").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Movie.builder().title("Heat").putIds("imdb", "tt1/2").build());
  }

  @Test
  void copyMethodsKeepInvariants() {
    Movie m = Movie.of("Heat", 1995);
    assertEquals("Heat 2", m.withTitle("Heat 2").title());
    assertThrows(IllegalArgumentException.class, () -> m.withTitle(" "));
    assertThrows(IllegalArgumentException.class, () -> m.withYear(12));
  }

  @Test
  void anyNonBlankTitleWithoutSeparatorsIsAccepted() {
    qt().forAll(strings().allPossible().ofLengthBetween(1, 40))
        .assuming(s -> !s.isBlank() && s.indexOf('/') < 0 && s.indexOf('\0') < 0)
        .checkAssert(s -> assertEquals(s, Movie.builder().title(s).build().title()));
  }
}

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
            .addIds(ProviderId.of(Provider.TVDB, "1"))
            .addIds(ProviderId.of(Provider.TMDB, "680"))
            .addIds(ProviderId.of(Provider.IMDB, "tt0110912"))
            .build();
    assertEquals(
        List.of(Provider.IMDB, Provider.TMDB, Provider.TVDB),
        m.ids().stream().map(ProviderId::provider).toList());
    assertEquals(Optional.of("680"), m.id(Provider.TMDB));
  }

  @Test
  void idOrderIsCanonicalForEveryPermutation() {
    List<ProviderId> all =
        List.of(
            ProviderId.of(Provider.IMDB, "tt1"),
            ProviderId.of(Provider.TMDB, "2"),
            ProviderId.of(Provider.TVDB, "3"));
    qt().forAll(lists().of(integers().between(0, 2)).ofSize(3))
        .checkAssert(
            order -> {
              List<ProviderId> shuffled = new ArrayList<>(all);
              for (int i = 0; i < order.size(); i++) {
                Collections.swap(shuffled, i, order.get(i));
              }
              Movie m = Movie.builder().title("T").addAllIds(shuffled).build();
              assertEquals(all, m.ids());
            });
  }

  @Test
  void twoIdsOfOneProviderAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Movie.builder()
                    .title("Heat")
                    .addIds(ProviderId.of(Provider.IMDB, "tt1"))
                    .addIds(ProviderId.of(Provider.IMDB, "tt2"))
                    .build());
    assertTrue(String.valueOf(e.getMessage()).contains("imdb"), e.getMessage());
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

  @Test
  void providerKeysReadIgnoringCase() {
    assertEquals(Optional.of(Provider.IMDB), Provider.byKey("IMDb"));
    assertEquals(Optional.empty(), Provider.byKey("youtube"));
    assertEquals("tvdb", Provider.TVDB.key());
  }
}

package dev.jellyplex.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A movie as read from its folder name, independent of any server's naming.
 *
 * <pre>{@code
 * Movie heat = Movie.builder().title("Heat").year(1995).putIds("imdb", "tt0113277").build();
 * heat.id("imdb");  // Optional[tt0113277]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Movie extends WithMovie {
  /**
   * The provider keys a movie can have ids for, in the order names write them: {@code imdb} (IMDb,
   * ids like {@code tt0075784}), {@code tmdb} (TheMovieDB) and {@code tvdb} (TheTVDB).
   */
  List<String> PROVIDERS = List.of("imdb", "tmdb", "tvdb");

  /** The title, never blank, as written (no trimming of inner spaces). */
  String title();

  /** The release year, four digits, when the name has one. */
  OptionalInt year();

  /**
   * Provider ids by provider key (one of {@link #PROVIDERS}), values never blank, always in {@link
   * #PROVIDERS} order.
   */
  Map<String, String> ids();

  /** Other {@code {key-value}} pairs seen on the folder, in the order seen. */
  List<Attribute> attributes();

  /** The edition given on the folder (Plex), inherited by videos without their own. */
  Optional<String> defaultEdition();

  /** The id for {@code provider} (a key of {@link #PROVIDERS}), when the movie has one. */
  default Optional<String> id(String provider) {
    return Optional.ofNullable(ids().get(provider));
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A movie with just a title and a year. */
  static Movie of(String title, int year) {
    return builder().title(title).year(year).build();
  }

  /** Validates the invariants and puts ids in canonical order. */
  @Value.Check
  default Movie normalize() {
    if (title().isBlank()) {
      throw new IllegalArgumentException("movie title must not be blank");
    }
    Names.requireNoSeparator("movie title", title());
    if (year().isPresent() && (year().getAsInt() < 1000 || year().getAsInt() > 9999)) {
      throw new IllegalArgumentException(
          "movie year must have four digits, got " + year().getAsInt());
    }
    if (defaultEdition().isPresent()) { // no lambda: every folder name read builds a movie
      Names.requireUsable("default edition", defaultEdition().get());
    }
    int rank = -1;
    boolean sorted = true;
    for (Map.Entry<String, String> id : ids().entrySet()) {
      int r = PROVIDERS.indexOf(id.getKey());
      if (r < 0) {
        throw new IllegalArgumentException(
            "movie \""
                + title()
                + "\" has an id for \""
                + Names.printable(id.getKey())
                + "\"; provider keys are "
                + String.join(", ", PROVIDERS));
      }
      Names.requireUsable("provider id value", id.getValue());
      sorted &= r > rank;
      rank = r;
    }
    if (sorted) {
      return this;
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String p : PROVIDERS) {
      if (ids().containsKey(p)) {
        ordered.put(p, ids().get(p));
      }
    }
    return ImmutableMovie.copyOf(this).withIds(ordered);
  }

  /** Builds {@link Movie} values. */
  final class Builder extends ImmutableMovie.Builder {
    Builder() {}
  }
}

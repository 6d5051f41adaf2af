package dev.jellyplex.model;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A movie as read from its folder name, independent of any server's naming.
 *
 * <pre>{@code
 * Movie heat = Movie.builder().title("Heat").year(1995)
 *     .addIds(ProviderId.of(Provider.IMDB, "tt0113277")).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Movie extends WithMovie {
  /** The title, never blank, as written (no trimming of inner spaces). */
  String title();

  /** The release year, four digits, when the name has one. */
  OptionalInt year();

  /** Provider ids, at most one per provider, always in {@link Provider} order. */
  List<ProviderId> ids();

  /** Other {@code {key-value}} pairs seen on the folder, in the order seen. */
  List<Attribute> attributes();

  /** The edition given on the folder (Plex), inherited by videos without their own. */
  Optional<String> defaultEdition();

  /** The id of {@code provider}, when the movie has one. */
  default Optional<String> id(Provider provider) {
    for (ProviderId id : ids()) {
      if (id.provider() == provider) {
        return Optional.of(id.value());
      }
    }
    return Optional.empty();
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
    Set<Provider> seen = EnumSet.noneOf(Provider.class);
    boolean sorted = true;
    Provider previous = null;
    for (ProviderId id : ids()) {
      if (!seen.add(id.provider())) {
        throw new IllegalArgumentException(
            "movie \"" + title() + "\" has two " + id.provider().key() + " ids; keep one");
      }
      if (previous != null && previous.compareTo(id.provider()) > 0) {
        sorted = false;
      }
      previous = id.provider();
    }
    if (sorted) {
      return this;
    }
    List<ProviderId> ordered =
        ids().stream().sorted(Comparator.comparing(ProviderId::provider)).toList();
    return ImmutableMovie.copyOf(this).withIds(ordered);
  }

  /** Builds {@link Movie} values. */
  final class Builder extends ImmutableMovie.Builder {
    Builder() {}
  }
}

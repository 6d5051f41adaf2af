package dev.jellyplex.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One main-feature video file of a movie (a version, an edition or a part), format-neutral.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Video extends WithVideo {
  /** The extension as on disk, with its dot and case, e.g. {@code .mkv}. */
  String extension();

  /** The edition, e.g. {@code Director's Cut}. */
  Optional<String> edition();

  /** The resolution, when the name gives one. */
  Optional<Resolution> resolution();

  /** Free labels (Plex {@code [...]}), in order, without the resolution label. */
  List<String> labels();

  /** Free text of a Plex {@code - text} version suffix. */
  Optional<String> versionText();

  /** The part, when the movie is split over several files. */
  Optional<Part> part();

  /** Other {@code {key-value}} pairs. */
  List<Attribute> attributes();

  /** The 8-hex-digit hash that tells clashing videos apart. */
  Optional<String> disambiguation();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A plain video with only an extension. */
  static Video of(String extension) {
    return builder().extension(extension).build();
  }

  /** Validates the invariants. */
  @Value.Check
  default void check() {
    if (!Holder.EXTENSION.matcher(extension()).matches()) {
      throw new IllegalArgumentException(
          "video extension must be a dot and letters/digits, got \""
              + Names.printable(extension())
              + "\"");
    }
    edition().ifPresent(e -> Names.requireUsable("edition", e));
    versionText().ifPresent(t -> Names.requireUsable("version text", t));
    labels().forEach(l -> Names.requireUsable("label", l));
    disambiguation()
        .ifPresent(
            d -> {
              if (!Holder.HASH.matcher(d).matches()) {
                throw new IllegalArgumentException(
                    "disambiguation must be 8 lower-case hex digits, got \""
                        + Names.printable(d)
                        + "\"");
              }
            });
  }

  /** Builds {@link Video} values. */
  final class Builder extends ImmutableVideo.Builder {
    Builder() {}
  }

  /** Compiled patterns. */
  final class Holder {
    static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9][A-Za-z0-9-]{0,15}");
    static final Pattern HASH = Pattern.compile("[0-9a-f]{8}");

    private Holder() {}
  }
}

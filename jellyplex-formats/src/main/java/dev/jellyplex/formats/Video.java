package dev.jellyplex.formats;

import dev.jellyplex.model.Attribute;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One main-feature video file of a movie (a version, an edition or a part), format-neutral. */
@Value.Immutable
interface Video extends WithVideo {
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
    // Plain code, no regex or lambda: every video read from a name is checked (a hot path).
    if (!FileNames.isExtension(extension())) {
      throw new IllegalArgumentException(
          "video extension must be a dot and letters/digits, got \""
              + Text.printable(extension())
              + "\"");
    }
    if (edition().isPresent()) {
      Text.requireUsable("edition", edition().get());
    }
    if (versionText().isPresent()) {
      Text.requireUsable("version text", versionText().get());
    }
    for (String l : labels()) {
      Text.requireUsable("label", l);
    }
    if (disambiguation().isPresent() && !FileNames.isHash(disambiguation().get())) {
      throw new IllegalArgumentException(
          "disambiguation must be 8 lower-case hex digits, got \""
              + Text.printable(disambiguation().get())
              + "\"");
    }
  }

  /** Builds {@link Video} values. */
  final class Builder extends ImmutableVideo.Builder {
    Builder() {}
  }
}

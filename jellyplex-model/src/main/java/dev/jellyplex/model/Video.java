package dev.jellyplex.model;

import java.util.List;
import java.util.Optional;
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
    // Plain code, no regex or lambda: every video read from a name is checked (a hot path).
    if (!Holder.isExtension(extension())) {
      throw new IllegalArgumentException(
          "video extension must be a dot and letters/digits, got \""
              + Names.printable(extension())
              + "\"");
    }
    if (edition().isPresent()) {
      Names.requireUsable("edition", edition().get());
    }
    if (versionText().isPresent()) {
      Names.requireUsable("version text", versionText().get());
    }
    for (String l : labels()) {
      Names.requireUsable("label", l);
    }
    if (disambiguation().isPresent() && !Holder.isHash(disambiguation().get())) {
      throw new IllegalArgumentException(
          "disambiguation must be 8 lower-case hex digits, got \""
              + Names.printable(disambiguation().get())
              + "\"");
    }
  }

  /** Builds {@link Video} values. */
  final class Builder extends ImmutableVideo.Builder {
    Builder() {}
  }

  /** The checks of the invariants. */
  final class Holder {
    private Holder() {}

    /** What the regex {@code \\.[A-Za-z0-9][A-Za-z0-9-]{0,15}} matches. */
    static boolean isExtension(String s) {
      int n = s.length();
      if (n < 2 || n > 17 || s.charAt(0) != '.' || !isAsciiLetterOrDigit(s.charAt(1))) {
        return false;
      }
      for (int i = 2; i < n; i++) {
        if (s.charAt(i) != '-' && !isAsciiLetterOrDigit(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** What the regex {@code [0-9a-f]{8}} matches. */
    static boolean isHash(String s) {
      if (s.length() != 8) {
        return false;
      }
      for (int i = 0; i < 8; i++) {
        char c = s.charAt(i);
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
          return false;
        }
      }
      return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }
}

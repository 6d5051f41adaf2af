package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the name codecs: the known formats, translators between them, and detection.
 *
 * <pre>{@code
 * NamingFormat plex = Formats.byName("plex").orElseThrow();
 * LibraryTranslator toJellyfin = Formats.translator(plex, Formats.jellyfin());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Formats {
  private Formats() {}

  /** Plex's naming. */
  public static NamingFormat plex() {
    return PlexNaming.INSTANCE;
  }

  /** Jellyfin's naming. */
  public static NamingFormat jellyfin() {
    return JellyfinNaming.INSTANCE;
  }

  /** Every known format, in a stable order. */
  public static List<NamingFormat> all() {
    return List.of(plex(), jellyfin());
  }

  /** The format with this name, ignoring case. */
  public static Optional<NamingFormat> byName(String name) {
    return all().stream().filter(f -> f.id().name().equalsIgnoreCase(name)).findFirst();
  }

  /** The format with this id. */
  public static NamingFormat of(FormatId id) {
    return byName(id.name())
        .orElseThrow(() -> new IllegalArgumentException("unknown format: " + id.name()));
  }

  /**
   * The format a library of two formats is not in: the default target for {@code source}.
   *
   * @throws IllegalArgumentException when there is no single other format
   */
  public static NamingFormat opposite(NamingFormat source) {
    List<NamingFormat> others = all().stream().filter(f -> !f.id().equals(source.id())).toList();
    if (others.size() != 1) {
      throw new IllegalArgumentException(
          "no single format other than " + source.id().name() + "; give the target format");
    }
    return others.get(0);
  }

  /** A translator from {@code source} names to {@code target} names (same = lint mode). */
  public static LibraryTranslator translator(NamingFormat source, NamingFormat target) {
    return new Translator(known(source), known(target));
  }

  private static FormatBase known(NamingFormat format) {
    if (format instanceof FormatBase base) {
      return base;
    }
    throw new IllegalArgumentException(
        "format " + format.id().name() + " is not one of Formats.all(); use Formats.byName(..)");
  }

  /**
   * Detects the format of a library from its video file names, pulling no more of them from the
   * iterator than needed.
   */
  public static Detection detect(Iterator<String> videoFileNames) {
    return Detector.detect(all(), videoFileNames);
  }

  /** Whether a file name has one of the video extensions of the naming contract. */
  public static boolean isVideoFileName(String fileName) {
    return VideoExtensions.isVideo(fileName);
  }
}

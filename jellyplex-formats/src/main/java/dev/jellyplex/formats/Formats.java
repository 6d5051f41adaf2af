package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the name codecs: the known formats, translators between them, and detection.
 *
 * <pre>{@code
 * FormatId plex = Formats.byName("plex").orElseThrow();
 * LibraryTranslator toJellyfin = Formats.translator(plex, FormatId.JELLYFIN);
 * toJellyfin.translate("Heat (1995)", List.of("Heat (1995) [1080p].mkv")).targetFolder();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Formats {
  private static final List<FormatBase> ALL = List.of(PlexNaming.INSTANCE, JellyfinNaming.INSTANCE);

  private Formats() {}

  /** Every known format, in a stable order ({@code plex}, {@code jellyfin}). */
  public static List<FormatId> all() {
    return List.of(FormatId.PLEX, FormatId.JELLYFIN);
  }

  /** The known format with this name, ignoring case. */
  public static Optional<FormatId> byName(String name) {
    for (FormatBase f : ALL) {
      if (f.id().name().equalsIgnoreCase(name)) {
        return Optional.of(f.id());
      }
    }
    return Optional.empty();
  }

  /**
   * The format a library of two formats is not in: the default target for {@code source}.
   *
   * @throws IllegalArgumentException when {@code source} is not a known format or there is no
   *     single other format
   */
  public static FormatId opposite(FormatId source) {
    FormatBase known = known(source);
    List<FormatId> others = all().stream().filter(f -> !f.equals(known.id())).toList();
    if (others.size() != 1) {
      throw new IllegalArgumentException(
          "no single format other than " + source.name() + "; give the target format");
    }
    return others.get(0);
  }

  /**
   * A translator from {@code source} names to {@code target} names (the same format on both sides
   * is lint mode).
   *
   * @throws IllegalArgumentException when either is not one of {@link #all()}
   */
  public static LibraryTranslator translator(FormatId source, FormatId target) {
    return new Translator(known(source), known(target));
  }

  /** The codec of a known format. */
  static FormatBase known(FormatId id) {
    for (FormatBase f : ALL) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format \"" + id.name() + "\"; known formats are plex and jellyfin");
  }

  /**
   * Detects the format of a library from its video file names, pulling no more of them from the
   * iterator than needed.
   */
  public static Detection detect(Iterator<String> videoFileNames) {
    return Detector.detect(ALL, videoFileNames);
  }

  /** Whether a file name has one of the video extensions of the naming contract. */
  public static boolean isVideoFileName(String fileName) {
    return VideoExtensions.isVideo(fileName);
  }
}

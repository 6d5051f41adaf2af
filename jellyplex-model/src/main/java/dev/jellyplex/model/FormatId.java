package dev.jellyplex.model;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The name of a library format, e.g. {@code plex}; open-ended so that a new server's naming can be
 * added without touching the others.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface FormatId {
  /** Plex Media Server's naming. */
  FormatId PLEX = ImmutableFormatId.of("plex");

  /** Jellyfin's naming. */
  FormatId JELLYFIN = ImmutableFormatId.of("jellyfin");

  /** The lower-case name, e.g. {@code jellyfin}. */
  @Value.Parameter
  String name();

  /** A format name: lower-case letters, digits and dashes, starting with a letter. */
  static FormatId of(String name) {
    return ImmutableFormatId.of(name);
  }

  /** Rejects malformed names. */
  @Value.Check
  default void check() {
    if (!Pattern.matches("[a-z][a-z0-9-]{0,31}", name())) {
      throw new IllegalArgumentException(
          "format name must be lower-case letters, digits and dashes, got \""
              + Names.printable(name())
              + "\"");
    }
  }
}

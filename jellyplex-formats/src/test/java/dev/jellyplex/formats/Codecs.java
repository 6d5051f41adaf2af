package dev.jellyplex.formats;

import java.util.List;

/** The built-in codecs for tests, which read and write single names below the public API. */
final class Codecs {
  static final FormatBase PLEX = PlexNaming.INSTANCE;
  static final FormatBase JELLYFIN = JellyfinNaming.INSTANCE;
  static final List<FormatBase> ALL = List.of(PLEX, JELLYFIN);

  private Codecs() {}

  static LibraryTranslator translator(NamingFormat source, NamingFormat target) {
    return Formats.translator(source.id(), target.id());
  }
}

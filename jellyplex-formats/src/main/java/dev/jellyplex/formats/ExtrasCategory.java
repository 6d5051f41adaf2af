package dev.jellyplex.formats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of extras folders a movie folder can hold, with every spelling a server reads. */
enum ExtrasCategory {
  BEHIND_THE_SCENES("behind the scenes"),
  DELETED_SCENES("deleted scenes"),
  FEATURETTES("featurettes"),
  INTERVIEWS("interviews"),
  SCENES("scenes"),
  SHORTS("shorts"),
  TRAILERS("trailers"),
  OTHER("other", "extras", "extra"),
  CLIPS("clips"),
  BACKDROPS("backdrops"),
  SAMPLES("samples"),
  THEME_MUSIC("theme-music");

  @SuppressWarnings("ImmutableEnumChecker") // List.of(...) is unmodifiable
  private final List<String> names;

  ExtrasCategory(String... names) {
    this.names = List.of(names);
  }

  /** The category of a subfolder of a movie folder, matched ignoring case. */
  static Optional<ExtrasCategory> of(String folderName) {
    String lower = folderName.toLowerCase(Locale.ROOT);
    for (ExtrasCategory c : values()) {
      if (c.names.contains(lower)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}

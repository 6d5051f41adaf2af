package dev.jellyplex.formats;

import java.util.List;
import java.util.Optional;

/** Video files next to the movie that are extras, not versions, by their name's suffix. */
final class InlineExtras {
  private InlineExtras() {}

  /** Suffixes both servers read. */
  private static final List<String> COMMON =
      List.of(
          "-trailer",
          "-behindthescenes",
          "-deleted",
          "-featurette",
          "-interview",
          "-scene",
          "-short",
          "-other");

  /** Suffixes only Jellyfin reads that stand for a trailer. */
  private static final List<String> JELLYFIN_TRAILERS =
      List.of(".trailer", "_trailer", "- trailer");

  /** Suffixes only Jellyfin reads that stand for some other extra. */
  private static final List<String> JELLYFIN_OTHERS =
      List.of("-clip", "-extra", "-sample", "-deletedscene", ".sample", "_sample", "- sample");

  /** Who reads a suffix. */
  enum Kind {
    /** Both servers: {@code -trailer}, {@code -scene}, ... */
    COMMON,
    /** Jellyfin only, a trailer: {@code .trailer}, {@code _trailer}, {@code - trailer}. */
    JELLYFIN_TRAILER,
    /** Jellyfin only, another extra: {@code -clip}, {@code -extra}, {@code -sample}, ... */
    JELLYFIN_OTHER,
    /** The whole name is {@code trailer} or {@code sample}. */
    EXACT
  }

  /**
   * An inline extra's name split at its suffix: {@code base + suffix + digits} is the stem.
   *
   * @param base the descriptive name before the suffix
   * @param suffix the suffix as written
   * @param digits trailing digits after the suffix, as written
   */
  record Match(String base, String suffix, String digits, Kind kind) {}

  /** The suffix of a video's stem when the video is an inline extra. */
  static Optional<Match> match(String stem) {
    if (stem.equalsIgnoreCase("trailer") || stem.equalsIgnoreCase("sample")) {
      return Optional.of(new Match("", stem, "", Kind.EXACT));
    }
    int end = stem.length();
    while (end > 0 && stem.charAt(end - 1) >= '0' && stem.charAt(end - 1) <= '9') {
      end--;
    }
    if (end == 0 || cannotEndASuffix(stem.charAt(end - 1))) {
      return Optional.empty(); // most names: none of the comparisons below is needed
    }
    for (String s : COMMON) {
      if (endsWithIgnoreCase(stem, end, s)) {
        return Optional.of(split(stem, end, s, Kind.COMMON));
      }
    }
    for (String s : JELLYFIN_TRAILERS) {
      if (endsWithIgnoreCase(stem, end, s)) {
        return Optional.of(split(stem, end, s, Kind.JELLYFIN_TRAILER));
      }
    }
    for (String s : JELLYFIN_OTHERS) {
      if (endsWithIgnoreCase(stem, end, s)) {
        return Optional.of(split(stem, end, s, Kind.JELLYFIN_OTHER));
      }
    }
    return Optional.empty();
  }

  /** The last letters of the suffixes, lower-case. */
  private static final String LAST_LETTERS = "adeprstw";

  /**
   * Whether no suffix can end with {@code c}: an ASCII character other than those last letters in
   * either case. Ignoring case, {@code regionMatches} takes an ASCII letter only for itself; other
   * characters (the Kelvin sign for k, the long s for s, ...) always go through the comparisons.
   */
  static boolean cannotEndASuffix(char c) {
    return c < 0x80 && LAST_LETTERS.indexOf(Character.toLowerCase(c)) < 0;
  }

  private static boolean endsWithIgnoreCase(String stem, int end, String suffix) {
    return end >= suffix.length()
        && stem.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
  }

  private static Match split(String stem, int end, String suffix, Kind kind) {
    int start = end - suffix.length();
    return new Match(
        stem.substring(0, start), stem.substring(start, end), stem.substring(end), kind);
  }
}

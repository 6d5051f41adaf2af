package dev.jellyplex.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Words of a Jellyfin version label that describe quality, not a cut (naming contract section 3.2
 * rule 4): {@code 1080p HDR}, {@code Remux}, {@code 3D.hsbs}. They become labels, not editions: as
 * an edition Plex would show them as a separate movie.
 */
final class QualityWords {
  private QualityWords() {}

  /** The quality terms, lower-case. */
  private static final Set<String> TERMS =
      Set.of(
          "sd",
          "hd",
          "uhd",
          "hdr",
          "hdr10",
          "hdr10+",
          "hdr10plus",
          "hlg",
          "dv",
          "dovi",
          "sdr",
          "remux",
          "hybrid",
          "3d",
          "sbs",
          "hsbs",
          "fsbs",
          "ou",
          "hou",
          "tab",
          "htab",
          "ftab",
          "mvc",
          "10bit",
          "8bit",
          "x264",
          "x265",
          "h264",
          "h265",
          "hevc",
          "avc",
          "av1",
          "vc1",
          "bluray",
          "blu-ray",
          "bdrip",
          "brrip",
          "web",
          "webdl",
          "web-dl",
          "webrip",
          "hdtv",
          "dvdrip",
          "proper",
          "repack",
          "atmos",
          "truehd",
          "dts",
          "dts-hd",
          "dts-x",
          "ma",
          "aac",
          "ac3",
          "eac3",
          "dd",
          "ddp",
          "flac",
          "2.0",
          "5.1",
          "7.1");

  /** The 3D terms, lower-case: Jellyfin detects 3D from them. */
  private static final Set<String> THREE_D =
      Set.of("3d", "sbs", "hsbs", "fsbs", "ou", "hou", "tab", "htab", "ftab", "mvc");

  /**
   * Whether {@code word} (no spaces) is a quality word: a quality term or a resolution, or made of
   * pieces (split on {@code .}, {@code -}, {@code _}) that all are.
   */
  static boolean isQualityWord(String word) {
    if (isTermOrResolution(word)) {
      return true;
    }
    List<String> pieces = pieces(word);
    if (pieces.size() < 2) {
      return false;
    }
    for (String piece : pieces) {
      if (!isTermOrResolution(piece)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a label's pieces (split on spaces, {@code .}, {@code -}, {@code _}) hold a 3D term. */
  static boolean is3D(String label) {
    for (String word : label.split(" ")) {
      if (THREE_D.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (String piece : pieces(word)) {
        if (THREE_D.contains(piece.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code label} is a quality label: every word of it is a quality word (what lint mode
   * keeps in a Jellyfin version label).
   */
  static boolean isQualityLabel(String label) {
    if (label.isBlank()) {
      return false;
    }
    for (String word : label.strip().split(" +")) {
      if (!isQualityWord(word)) {
        return false;
      }
    }
    return true;
  }

  /** The words of an edition with its leading and trailing quality words taken off. */
  record Split(
      String edition, @Nullable Resolution resolution, List<String> labels, List<String> dropped) {}

  /**
   * Takes the leading and trailing runs of quality words off {@code edition} (collapsed: words
   * separated by single spaces). A word that is only a resolution gives the resolution when {@code
   * resolved} is false and none was found yet, else it is dropped; every other quality word is a
   * label and also gives the resolution when it has a resolution piece and none was found yet.
   */
  static Split split(String edition, boolean resolved) {
    if (edition.isEmpty()) {
      return new Split(edition, null, List.of(), List.of());
    }
    String[] words = edition.split(" ");
    int start = 0;
    while (start < words.length && isQualityWord(words[start])) {
      start++;
    }
    int end = words.length;
    while (end > start && isQualityWord(words[end - 1])) {
      end--;
    }
    if (start == 0 && end == words.length) {
      return new Split(edition, null, List.of(), List.of()); // the usual edition: no quality word
    }
    Resolution resolution = null;
    boolean found = resolved;
    List<String> labels = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (i >= start && i < end) {
        continue;
      }
      String word = words[i];
      java.util.Optional<Resolution> only = Resolution.parse(word);
      if (only.isPresent()) {
        if (found) {
          dropped.add(word);
        } else {
          resolution = only.get();
          found = true;
        }
        continue;
      }
      labels.add(word);
      if (!found) {
        for (String piece : pieces(word)) {
          java.util.Optional<Resolution> r = Resolution.parse(piece);
          if (r.isPresent()) {
            resolution = r.get();
            found = true;
            break;
          }
        }
      }
    }
    String rest = String.join(" ", java.util.Arrays.asList(words).subList(start, end));
    return new Split(rest, resolution, labels, dropped);
  }

  private static boolean isTermOrResolution(String word) {
    return TERMS.contains(word.toLowerCase(Locale.ROOT)) || Resolution.parse(word).isPresent();
  }

  /** The pieces of a word split on {@code .}, {@code -} and {@code _}, empty pieces left out. */
  private static List<String> pieces(String word) {
    List<String> pieces = new ArrayList<>(3);
    int start = 0;
    for (int i = 0; i <= word.length(); i++) {
      if (i == word.length()
          || word.charAt(i) == '.'
          || word.charAt(i) == '-'
          || word.charAt(i) == '_') {
        if (i > start) {
          pieces.add(word.substring(start, i));
        }
        start = i + 1;
      }
    }
    return pieces;
  }
}

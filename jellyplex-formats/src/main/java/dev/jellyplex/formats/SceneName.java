package dev.jellyplex.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A release ("scene") name such as {@code The.Matrix.1999.1080p.BluRay.x264-GRP} read for {@code
 * import} (naming contract 8.1): title, year, then resolution, quality labels and a release group.
 *
 * @param title the words before the year, joined by single spaces
 * @param year the last year (1900-2099) after the first word
 * @param resolution the first resolution word after the year
 * @param labels quality words after the year, then the release group, in order
 * @param lost other words after the year, in order
 */
record SceneName(
    String title,
    int year,
    @Nullable Resolution resolution,
    List<String> labels,
    List<String> lost) {

  /** Reads a file name's stem as a release name; null when it has no year after a first word. */
  static @Nullable SceneName parse(String stem) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= stem.length(); i++) {
      char c = i < stem.length() ? stem.charAt(i) : ' ';
      if (c == '.' || c == '_' || Text.isWhiteSpace(c)) {
        if (i > start) {
          words.add(stem.substring(start, i));
        }
        start = i + 1;
      }
    }
    String group = null;
    if (words.size() > 1) {
      String last = words.get(words.size() - 1);
      int dash = last.lastIndexOf('-');
      if (dash > 0 && dash < last.length() - 1 && !QualityWords.isQualityWord(last)) {
        group = last.substring(dash + 1);
        words.set(words.size() - 1, last.substring(0, dash));
      }
    }
    int at = -1;
    for (int i = words.size() - 1; i >= 1; i--) {
      if (isYear(words.get(i))) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return null;
    }
    String title = String.join(" ", words.subList(0, at));
    if (!Text.usable(title)) {
      return null;
    }
    Resolution resolution = null;
    List<String> labels = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (String word : words.subList(at + 1, words.size())) {
      Optional<Resolution> r = Resolution.parse(word);
      if (r.isPresent() && resolution == null) {
        resolution = r.get();
      } else if (QualityWords.isQualityWord(word) && r.isEmpty()) {
        labels.add(word);
      } else {
        lost.add(word);
      }
    }
    if (group != null && Text.usable(group)) {
      labels.add(group);
    }
    return new SceneName(
        title, Integer.parseInt(words.get(at)), resolution, List.copyOf(labels), List.copyOf(lost));
  }

  private static boolean isYear(String word) {
    if (word.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Text.isAsciiDigit(word.charAt(i))) {
        return false;
      }
    }
    int year = Integer.parseInt(word);
    return year >= 1900 && year <= 2099;
  }
}

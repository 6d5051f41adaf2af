package dev.jellyplex.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean …?" for a mistyped command or option: the known names closest to what was typed, by
 * edit distance (a swap of two neighbouring letters counts as one edit), or the one name it is a
 * prefix of. Picocli's own suggestions miss typical typos such as {@code --dleete}.
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidates closest to {@code typed} (ignoring case and leading dashes), in the order given;
   * empty when none is close: at most 1 edit for names up to 5 letters, 2 for longer ones; without
   * one that close, the only candidate that starts with at least 3 typed letters.
   */
  static List<String> closest(String typed, Collection<String> candidates) {
    String t = bare(typed);
    List<String> best = new ArrayList<>();
    if (t.length() < 2) {
      return best; // one letter is too little to guess from
    }
    int bestDistance = t.length() <= 5 ? 1 : 2;
    for (String candidate : candidates) {
      String c = bare(candidate);
      int d = distance(t, c);
      if (d > bestDistance) {
        continue;
      }
      if (d < bestDistance) {
        best.clear();
        bestDistance = d;
      }
      best.add(candidate);
    }
    if (best.isEmpty() && t.length() >= 3) {
      for (String candidate : candidates) {
        if (bare(candidate).startsWith(t)) {
          best.add(candidate);
        }
      }
      if (best.size() > 1) {
        best.clear(); // an ambiguous prefix suggests nothing
      }
    }
    return best;
  }

  /** The suggestion sentence, e.g. {@code Did you mean 'sync'?}. */
  static String sentence(List<String> names) {
    StringBuilder b = new StringBuilder("Did you mean ");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        b.append(i == names.size() - 1 ? " or " : ", ");
      }
      b.append('\'').append(names.get(i)).append('\'');
    }
    return b.append('?').toString();
  }

  private static String bare(String name) {
    int i = 0;
    while (i < name.length() && name.charAt(i) == '-') {
      i++;
    }
    return name.substring(i).toLowerCase(Locale.ROOT);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}

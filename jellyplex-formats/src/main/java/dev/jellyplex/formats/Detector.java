package dev.jellyplex.formats;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tells a library's format from its video names (naming contract, section 5). */
final class Detector {
  private Detector() {}

  /** How many names are looked at when none is conclusive. */
  static final int SAMPLE = 500;

  static Detection detect(List<? extends NamingFormat> formats, Iterator<String> names) {
    Map<NamingFormat, Long> hints = new LinkedHashMap<>();
    formats.forEach(f -> hints.put(f, 0L));
    int sampled = 0;
    while (sampled < SAMPLE && names.hasNext()) {
      String name = names.next();
      sampled++;
      NamingFormat conclusive = null;
      int conclusiveCount = 0;
      for (NamingFormat f : formats) {
        int score = f.detectionScore(name);
        if (score == Integer.MAX_VALUE) {
          conclusive = f;
          conclusiveCount++;
        } else if (score > 0) {
          hints.merge(f, (long) score, Long::sum);
        }
      }
      if (conclusiveCount == 1 && conclusive != null) {
        return Detection.builder()
            .format(conclusive.id())
            .sampled(sampled)
            .explanation("\"" + name + "\" is written the " + conclusive.id().name() + " way")
            .build();
      }
    }
    if (sampled == 0) {
      return Detection.builder()
          .sampled(0)
          .explanation("no video files to tell the format from; give --source-format")
          .build();
    }
    NamingFormat best = null;
    long bestScore = 0;
    boolean tie = false;
    for (Map.Entry<NamingFormat, Long> e : hints.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
        tie = false;
      } else if (e.getValue() == bestScore && bestScore > 0) {
        tie = true;
      }
    }
    if (best == null || tie) {
      return Detection.builder()
          .sampled(sampled)
          .explanation(
              "cannot tell the format from "
                  + sampled
                  + " video names ("
                  + describe(hints)
                  + "); give --source-format")
          .build();
    }
    return Detection.builder()
        .format(best.id())
        .sampled(sampled)
        .explanation(
            "most of "
                + sampled
                + " video names look "
                + best.id().name()
                + " ("
                + describe(hints)
                + ")")
        .build();
  }

  private static String describe(Map<NamingFormat, Long> hints) {
    StringBuilder s = new StringBuilder();
    hints.forEach(
        (f, n) -> {
          if (s.length() > 0) {
            s.append(", ");
          }
          s.append(f.id().name()).append(' ').append(n);
        });
    return s.toString();
  }
}

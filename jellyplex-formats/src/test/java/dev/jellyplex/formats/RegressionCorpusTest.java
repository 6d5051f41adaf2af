package dev.jellyplex.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays every input a property test once falsified ({@code regressions/*.tsv}). */
class RegressionCorpusTest {

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                getClass().getResourceAsStream("/regressions/nasty-names.tsv"), "corpus");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        String check = c[0];
        boolean plex = c[1].equals("plex");
        String folder = unescape(c[2]);
        String file = unescape(c[3]);
        String file2 = c.length > 4 ? unescape(c[4]) : "";
        Runnable run =
            switch (check) {
              case "lint" -> () -> CodecPropertiesTest.checkLintIsStable(folder, file, plex);
              case "promises" -> () -> CodecPropertiesTest.checkPromises(folder, file, file2, plex);
              case "read" -> () -> CodecPropertiesTest.checkReadersNeverThrow(folder, file);
              default -> throw new IllegalStateException("unknown check " + check);
            };
        tests.add(DynamicTest.dynamicTest("line " + n + " " + check, run::run));
      }
    }
    return tests.stream();
  }

  /** Decodes {@code \\uXXXX} escapes. */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}

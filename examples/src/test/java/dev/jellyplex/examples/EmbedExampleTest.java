package dev.jellyplex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedExampleTest {
  @Test
  void runsAndReportsAConsistentStory(@TempDir Path work) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbedExample.run(work, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    Matcher generated = find(out, "Generated 20 movies: (\\d+) files in (\\d+) folders");
    find(
        out, "Plan: plex -> jellyfin, 20 movies, \\d+ translation losses, \\d+ ignored, 0 clashes");
    find(out, "Most versions: .+ \\(\\d{4}\\) .*\\((\\d+) videos\\)");
    find(out, "\\n    -> [^\\n{}]+ \\(\\d{4}\\)[^\\n{}]*\\.(mkv|mp4|m4v|avi)\\n");
    Matcher synced =
        find(
            out,
            "Synced 20 of 20 movies: (\\d+) files linked; the listener heard 20 movies and (\\d+)"
                + " links of (\\d+) planned files");
    assertEquals(synced.group(1), synced.group(2), "listener saw every link");
    assertEquals(synced.group(1), synced.group(3), "every planned file was linked");
    Matcher second = find(out, "Second sync: (\\d+) skipped, 0 linked");
    assertEquals(synced.group(1), second.group(1), "the re-sync skips every file");
    find(out, "In sync: true");

    // What the example says matches the disk: a hardlinked Jellyfin mirror of the Plex demo.
    Path target = work.resolve("Movies (Jellyfin)");
    List<Path> mirrored;
    try (Stream<Path> walk = Files.walk(target)) {
      mirrored = walk.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    assertEquals(Long.parseLong(synced.group(1)), mirrored.size());
    assertTrue(Long.parseLong(generated.group(1)) >= mirrored.size());
    for (Path p : mirrored) {
      assertEquals(2, Files.getAttribute(p, "unix:nlink"), "hardlinked: " + p);
    }
  }

  @Test
  void mainRunsInATemporaryFolderAndCleansUp() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      EmbedExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    find(out, "In sync: true");
  }

  private static Matcher find(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    assertTrue(m.find(), "output matches " + regex + "\n--- output:\n" + out);
    return m;
  }
}

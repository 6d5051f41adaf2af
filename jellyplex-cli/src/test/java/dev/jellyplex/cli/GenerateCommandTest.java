package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path tmp;

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void writesTheLibraryItReportsAndTheSameForTheSameSeed() throws IOException {
    Path a = tmp.resolve("a");
    Cli r = Cli.run("generate", "--movies", "30", "--seed", "s1", a.toString());
    assertEquals(0, r.exit, r::toString);
    List<String> files = files(a);
    assertTrue(
        r.out.startsWith(
            "Generated 30 movies in plex naming in " + a + ": " + files.size() + " files"),
        r::toString);
    assertTrue(files.stream().anyMatch(f -> f.contains("{imdb-tt")), files.toString());

    Path b = tmp.resolve("b");
    assertEquals(0, Cli.run("generate", "--movies", "30", "--seed", "s1", b.toString()).exit);
    assertEquals(files, files(b));
    Path c = tmp.resolve("c");
    assertEquals(0, Cli.run("generate", "--movies", "30", "--seed", "s2", c.toString()).exit);
    assertNotEquals(files, files(c));
  }

  @Test
  void jellyfinNamingAndJsonSummary() throws IOException {
    Path root = tmp.resolve("jf");
    Cli r =
        Cli.run("generate", "--format", "jellyfin", "--movies", "12", "--json", root.toString());
    assertEquals(0, r.exit, r::toString);
    JsonNode doc = SchemaValidator.published().assertValid(r.out);
    assertEquals("generate", doc.get("operation").asText());
    assertEquals("jellyfin", doc.at("/target/format").asText());
    assertEquals(files(root).size(), doc.at("/summary/files").asInt());
    assertFalse(files(root).stream().anyMatch(f -> f.contains("{imdb-")), files(root).toString());
  }

  @Test
  void refusesAFolderThatIsNotEmptyAndBadCounts() throws IOException {
    Path root = tmp.resolve("full");
    Files.createDirectories(root);
    Files.writeString(root.resolve("mine.txt"), "keep");
    Cli r = Cli.run("generate", root.toString());
    assertEquals(2, r.exit, r::toString);
    assertTrue(r.err.contains(root.toString()), r::toString);
    assertEquals(List.of("mine.txt"), files(root));
    Cli bad = Cli.run("generate", "--movies", "-1", tmp.resolve("x").toString());
    assertEquals(2, bad.exit, bad::toString);
    assertFalse(bad.err.contains("\tat "), bad::toString);
  }

  @Test
  void switchesLeaveOutTheirKindsOfFiles() throws IOException {
    Path full = tmp.resolve("full");
    assertEquals(0, Cli.run("generate", "--movies", "50", full.toString()).exit);
    Path bare = tmp.resolve("bare");
    Cli r =
        Cli.run(
            "generate",
            "--movies",
            "50",
            "--no-extras",
            "--no-subtitles",
            "--no-artwork",
            "--no-hidden",
            bare.toString());
    assertEquals(0, r.exit, r::toString);
    List<String> all = files(full);
    List<String> kept = files(bare);
    assertTrue(all.stream().anyMatch(f -> f.endsWith(".srt")), all::toString);
    assertTrue(all.stream().anyMatch(f -> f.endsWith("poster.jpg")), all::toString);
    assertTrue(kept.size() < all.size(), kept::toString);
    for (String f : kept) {
      assertTrue(f.matches("[^/]+/[^/]+\\.(mkv|mp4|m4v|avi)"), "only main videos are left: " + f);
      assertTrue(all.contains(f), "the switches leave the other files as they were: " + f);
    }
  }
}

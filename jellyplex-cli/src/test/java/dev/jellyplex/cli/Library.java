package dev.jellyplex.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Builds small movie libraries of (nearly) empty files on a real filesystem. */
final class Library {
  static final String HEAT = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_JF = "Heat (1995) [imdbid-tt0113277]";
  static final String AMELIE = "Amélie (2001) {imdb-tt0211915}";
  static final String AMELIE_JF = "Amélie (2001) [imdbid-tt0211915]";
  static final String SCREAM = "Крик (1996)";

  private Library() {}

  /** A Plex library of three movies, an extra, a poster and a file at the root. */
  static Path plex(Path root) throws IOException {
    write(root, HEAT + "/" + HEAT + ".mkv", "heat");
    write(root, HEAT + "/poster.jpg", "poster");
    write(root, HEAT + "/trailers/Teaser.mkv", "teaser");
    write(root, AMELIE + "/" + AMELIE + " [1080p][remux].mkv", "amelie");
    write(root, SCREAM + "/" + SCREAM + ".mkv", "scream");
    write(root, "notes.txt", "notes");
    return root;
  }

  static Path write(Path root, String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  /** Every path below {@code root}, relative, {@code /}-separated; folders end with {@code /}. */
  static Set<String> tree(Path root) {
    Set<String> tree = new TreeSet<>();
    if (!Files.exists(root)) {
      return tree;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !p.equals(root))
          .forEach(
              p -> tree.add(root.relativize(p).toString() + (Files.isDirectory(p) ? "/" : "")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tree;
  }
}

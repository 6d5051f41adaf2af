package dev.jellyplex.formats;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the project's copy of the naming vectors: every {@code /vectors/*.tsv} on the test class
 * path (from {@code jellyplex-formats/src/test/resources/vectors}). The one reader of the vectors,
 * for the translator tests here and the engine's end-to-end tests, which get it (and the vectors)
 * from this module's test jar. {@code -Djellyplex.vectors=DIR} reads another folder instead, for
 * example a newer revision of the shared vectors.
 */
public final class NamingVectors {
  private NamingVectors() {}

  /**
   * One line of a vector file: the case it belongs to, its direction ({@code p2j} or {@code j2p}),
   * its kind ({@code S} source file, {@code T} expected target file, {@code L} expected loss,
   * {@code X} expected error) and its path or value.
   */
  public record Line(String caseId, String dir, String kind, String path) {}

  /**
   * Every case, in file and line order, keyed {@code file.tsv:case-id}; fails when there is none.
   */
  public static Map<String, List<Line>> cases() throws IOException {
    String override = System.getProperty("jellyplex.vectors");
    if (override != null) {
      return read(Paths.get(override));
    }
    URL url = NamingVectors.class.getResource("/vectors");
    if (url == null) {
      throw new IllegalStateException("no /vectors folder on the test class path");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!uri.getScheme().equals("jar")) {
      return read(Paths.get(uri));
    }
    // Inside the test jar (a reactor build that went as far as `package`).
    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
      return read(jar.getPath("/vectors"));
    } catch (FileSystemAlreadyExistsException e) {
      return read(Paths.get(uri));
    }
  }

  private static Map<String, List<Line>> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no vector files (*.tsv) in " + dir);
    }
    Map<String, List<Line>> cases = new LinkedHashMap<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String raw : lines.subList(1, lines.size())) {
        if (raw.isBlank()) {
          continue;
        }
        String[] cols = raw.split("\t", -1);
        Line line = new Line(cols[0], cols[1], cols[2], cols[3]);
        cases
            .computeIfAbsent(file.getFileName() + ":" + line.caseId(), k -> new ArrayList<>())
            .add(line);
      }
    }
    return cases;
  }
}

package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.formats.NamingVectors;
import dev.jellyplex.formats.NamingVectors.Line;
import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every naming vector (the project's copy, read by the formats tests' {@link NamingVectors})
 * end to end through the engine on a real folder: the S files are created empty, synced with
 * hardlinks, and the target must hold exactly the T files; L lines must be among the losses, X
 * lines among the reported errors.
 */
class VectorSyncTest {
  @TempDir Path tmp;

  static FormatId format(char c) {
    return c == 'p' ? FormatId.PLEX : FormatId.JELLYFIN;
  }

  @TestFactory
  Stream<DynamicTest> everyCaseSyncsToExactlyItsExpectedTree() throws IOException {
    return NamingVectors.cases().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> run(e.getKey(), e.getValue())));
  }

  private void run(String id, List<Line> lines) throws IOException {
    Path root = Files.createDirectories(tmp.resolve(id.replaceAll("[^A-Za-z0-9_.-]", "_")));
    Path src = Files.createDirectories(root.resolve("source"));
    Path tgt = root.resolve("target");
    String dir = lines.get(0).dir();
    Set<String> expected = new TreeSet<>();
    List<String> losses = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Line l : lines) {
      switch (l.kind()) {
        case "S" -> {
          Path p = Scanner.resolve(src, l.path());
          Files.createDirectories(p.getParent());
          Files.createFile(p);
        }
        case "T" -> expected.add(l.path());
        case "L" -> losses.add(l.path());
        case "X" -> problems.add(l.path());
        default -> throw new IllegalArgumentException("unknown kind " + l.kind());
      }
    }
    SyncOptions options =
        SyncOptions.builder()
            .sourceFormat(format(dir.charAt(0)))
            .targetFormat(format(dir.charAt(2)))
            .create(true)
            .build();

    SyncReport r = JellyPlex.sync(src, tgt, options);

    assertEquals(expected, Lib.tree(tgt), id + ": target tree");
    Set<String> reported = new TreeSet<>();
    r.plan().losses().forEach(l -> reported.add(l.kind().jsonName() + ":" + l.value()));
    for (String loss : losses) {
      assertTrue(reported.contains(loss), id + ": loss " + loss + " not in " + reported);
    }
    for (String problem : problems) {
      boolean found =
          switch (problem) {
            case "folder_clash" -> !r.plan().folderClashes().isEmpty();
            default ->
                r.plan().errors().stream().anyMatch(err -> err.reason().contains(problem))
                    || r.errors().stream().anyMatch(err -> err.reason().contains(problem));
          };
      assertTrue(found, id + ": expected " + problem + " to be reported: " + r.plan());
      assertFalse(r.successful(), id + ": a run with " + problem + " is not successful");
    }
    if (problems.isEmpty()) {
      assertTrue(r.successful(), id + ": " + r.errors() + " " + r.plan().errors());
      DiffReport d = JellyPlex.diff(src, tgt, options);
      assertTrue(
          d.moviesOnlyInSource().isEmpty()
              && d.moviesOnlyInTarget().isEmpty()
              && d.differingMovies().isEmpty(),
          id + ": diff right after sync: " + d);
      // every target file is a hardlink of a source file
      for (Event e : r.events()) {
        assertEquals(
            Files.getAttribute(e.source().orElseThrow(), "unix:ino"),
            Files.getAttribute(e.target(), "unix:ino"),
            id + ": " + e.target());
      }
    }
  }
}

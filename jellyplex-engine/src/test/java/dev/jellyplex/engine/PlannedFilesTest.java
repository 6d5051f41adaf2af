package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.formats.FileRole;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reconciler reads a movie's mappings by target, and resolves relative names one by one. */
class PlannedFilesTest {
  private static FileMapping m(String source, String target) {
    return FileMapping.of(source, target, FileRole.SIDECAR);
  }

  @Test
  void sortedMappingsAreUsedAsTheyAre() {
    List<FileMapping> files = List.of(m("b", "a"), m("a", "b"), m("c", "c/d"));
    assertSame(files, MovieReconciler.byTarget(files));
  }

  @Test
  void unsortedOrRepeatedTargetsAreSortedAndTheLastMappingWins() {
    assertEquals(
        List.of(m("x", "a"), m("y", "b")),
        MovieReconciler.byTarget(List.of(m("y", "b"), m("x", "a"))));
    assertEquals(
        List.of(m("2", "a"), m("3", "b")),
        MovieReconciler.byTarget(List.of(m("1", "a"), m("2", "a"), m("3", "b"))));
  }

  @Test
  void resolvesSegmentBySegment() throws Exception {
    try (FileSystem fs = Lib.jimfs()) {
      Path base = fs.getPath("/t");
      assertSame(base, Scanner.resolve(base, ""));
      assertEquals(base.resolve("a"), Scanner.resolve(base, "a"));
      assertEquals(base.resolve("a").resolve("b c"), Scanner.resolve(base, "a/b c"));
      assertEquals(base.resolve("a").resolve("b"), Scanner.resolve(base, "a//b/"));
      assertThrows(IllegalArgumentException.class, () -> Scanner.resolve(base, "a/.."));
      assertThrows(IllegalArgumentException.class, () -> Scanner.resolve(base, "./a"));
    }
  }
}

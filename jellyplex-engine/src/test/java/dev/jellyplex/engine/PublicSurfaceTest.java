package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.formats.Formats;
import dev.jellyplex.model.Movie;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's public surface (issue 12): the public top-level types of the model, formats and
 * engine modules are exactly the ones docs/architecture.md lists, and there are at most 30 of them.
 * A type made public by accident, or a public type the document does not explain, fails here.
 */
class PublicSurfaceTest {
  private static final int LIMIT = 30;

  @Test
  void publicTypesAreTheDocumentedOnesAndAtMostThirty() throws Exception {
    Set<String> actual = new TreeSet<>();
    for (Class<?> anchor : new Class<?>[] {Movie.class, Formats.class, JellyPlex.class}) {
      actual.addAll(publicTopLevelTypes(anchor));
    }
    assertEquals(documented(), actual, "public types against docs/architecture.md");
    assertTrue(actual.size() <= LIMIT, actual.size() + " public types: " + actual);
  }

  /** The public top-level types in the classes folder or jar that holds {@code anchor}. */
  private static Set<String> publicTopLevelTypes(Class<?> anchor)
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(location)) {
      collect(location, anchor.getClassLoader(), names);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        collect(jar.getPath("/"), anchor.getClassLoader(), names);
      }
    }
    assertTrue(names.contains(anchor.getSimpleName()), "found " + anchor + " in " + location);
    return names;
  }

  private static void collect(Path root, ClassLoader loader, Set<String> names)
      throws IOException, ClassNotFoundException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(p).toString().replace('\\', '/');
        if (!relative.startsWith("dev/jellyplex/")
            || !relative.endsWith(".class")
            || relative.contains("$")
            || relative.endsWith("package-info.class")) {
          continue;
        }
        String className = relative.substring(0, relative.length() - 6).replace('/', '.');
        Class<?> type = Class.forName(className, false, loader);
        if (Modifier.isPublic(type.getModifiers())) {
          names.add(type.getSimpleName());
        }
      }
    }
  }

  /** The first column of the two "Public types" tables of docs/architecture.md. */
  private static Set<String> documented() throws IOException {
    Path doc = Path.of("..", "docs", "architecture.md");
    Set<String> names = new TreeSet<>();
    boolean inTable = false;
    Pattern row = Pattern.compile("^\\| `(\\w+)` \\|");
    for (String line : Files.readAllLines(doc)) {
      if (line.startsWith("### Public types")) {
        inTable = true;
      } else if (line.startsWith("#")) {
        inTable = false;
      } else if (inTable) {
        Matcher m = row.matcher(line);
        if (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }
}

package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The source listing is complete and does not depend on thread timing. */
class DiscoveryTest {
  @Test
  void parallelListingIsSortedAndRepeatable() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path root = fs.getPath("/lib");
      List<String> expected = new ArrayList<>();
      for (int i = 199; i >= 0; i--) {
        String folder = String.format("Movie %03d (%d)", i, 1900 + i);
        write(root, folder + "/" + folder + ".mkv", "v" + i);
        write(root, folder + "/Extras/b.mkv", "b");
        write(root, folder + "/Extras/a.mkv", "a");
        expected.add(folder);
      }
      expected.sort(null);

      Discovery.Listing first = Discovery.discover(root);
      for (int run = 0; run < 5; run++) {
        assertEquals(first, Discovery.discover(root));
      }
      assertEquals(expected, first.folders().stream().map(Discovery.SourceFolder::name).toList());
      Discovery.SourceFolder f = first.folders().get(7);
      assertEquals(
          List.of("Extras/a.mkv", "Extras/b.mkv", f.name() + ".mkv"),
          new ArrayList<>(f.files().names()));
      assertNull(f.error());
      Discovery.SourceAttributes attributes = first.attributes();
      for (Discovery.SourceFolder folder : first.folders()) {
        for (int i = 0; i < folder.files().size(); i++) {
          assertEquals(
              folder.files().entry(i), attributes.get(folder.name(), folder.files().name(i)));
        }
      }
      assertNull(attributes.get(f.name(), "Extras/c.mkv"));
      assertNull(attributes.get("Movie 999 (2999)", f.name() + ".mkv"));
    }
  }
}

package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop-in promise (issue 14): a Jellyfin mirror that jellyplex-sync 0.2.1 made from a plain
 * Plex library, laid out as its README shows (movie folders with ids, editions, a {@code trailers}
 * and an {@code other} folder, sidecars copied 1:1), is already what this tool plans: a dry run
 * changes nothing and {@code diff} says in sync, so users can switch tools without a re-link.
 */
class DropInTest {
  private static final String BRIDGE = "A Bridge Too Far (1977)";
  private static final String BOOT = "Das Boot (1981)";

  /** Source path (Plex) to the path the Python tool wrote it to (Jellyfin), per its README. */
  private static Map<String, String> pythonToolMirror() {
    Map<String, String> m = new TreeMap<>();
    String bridgeP = BRIDGE + " {imdb-tt0075784}";
    String bridgeJ = BRIDGE + " [imdbid-tt0075784]";
    m.put(bridgeP + "/" + bridgeP + ".mkv", bridgeJ + "/" + bridgeJ + ".mkv");
    m.put(bridgeP + "/trailers/A Bridge Too Far.mkv", bridgeJ + "/trailers/A Bridge Too Far.mkv");
    m.put(bridgeP + "/poster.jpg", bridgeJ + "/poster.jpg");
    m.put(bridgeP + "/movie.nfo", bridgeJ + "/movie.nfo");
    String bootP = BOOT + " {imdb-tt0082096}";
    String bootJ = BOOT + " [imdbid-tt0082096]";
    m.put(
        bootP + "/" + bootP + " {edition-Director's Cut}.mkv",
        bootJ + "/" + bootJ + " - Director's Cut.mkv");
    m.put(
        bootP + "/" + bootP + " {edition-Theatrical Cut}.mkv",
        bootJ + "/" + bootJ + " - Theatrical Cut.mkv");
    m.put(bootP + "/other/Production Photos.mkv", bootJ + "/other/Production Photos.mkv");
    m.put(bootP + "/other/Making of.mkv", bootJ + "/other/Making of.mkv");
    return m;
  }

  @Test
  void aMirrorMadeByThePythonToolFromAPlainPlexLibraryIsAlreadyInSync(@TempDir Path tmp)
      throws IOException {
    Path src = tmp.resolve("plex");
    Path tgt = tmp.resolve("jellyfin");
    Map<String, String> mirror = pythonToolMirror();
    for (Map.Entry<String, String> e : mirror.entrySet()) {
      Path s = write(src, e.getKey(), "bytes of " + e.getKey());
      Path t = Scanner.resolve(tgt, e.getValue());
      Files.createDirectories(t.getParent());
      Files.createLink(t, s); // the Python tool's default: hardlinks
    }
    Set<String> before = tree(tgt);

    SyncReport dry = JellyPlex.sync(src, tgt, P2J.withDryRun(true));

    List<String> changes = new ArrayList<>();
    for (Event e : dry.events()) {
      if (e.action() != Action.SKIP) {
        changes.add(e.action() + " " + e.target());
      }
    }
    assertEquals(List.of(), changes, "a dry run plans no change");
    assertEquals(List.of(), dry.strays());
    assertEquals(0, dry.filesUpdated());
    assertEquals(mirror.size(), dry.events().size(), "every mirrored file is seen and skipped");
    assertTrue(dry.successful(), dry.errors().toString());
    assertEquals(before, tree(tgt));
    DiffReport diff = JellyPlex.diff(src, tgt, P2J);
    assertTrue(diff.inSync(), diff.toString());
  }
}

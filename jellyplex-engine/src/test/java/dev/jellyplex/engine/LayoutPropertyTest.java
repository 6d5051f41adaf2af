package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the library layouts (naming contract 6 and 8) through the engine, on Jimfs. */
class LayoutPropertyTest {
  static final SyncOptions J2P =
      SyncOptions.builder().sourceFormat(FormatId.JELLYFIN).targetFormat(FormatId.PLEX).build();

  static final List<String> WORDS =
      List.of("Alien", "Heat", "Up", "Das Boot", "Night", "Red", "L'Été", "Ünder", "Return", "2");
  static final List<String> COLLECTIONS =
      List.of("Action", "Kids & Family", "Action/Crime", "Owner's picks/Sci-Fi/Classics");
  static final List<String> EDITIONS =
      List.of("Director's Cut", "Extended", "Theatrical Cut", "Final Cut", "Special Edition");

  /** A Plex movie folder name: title of 1-2 pool words, a year, maybe an IMDb id. */
  static Gen<String> plexFolders() {
    return lists()
        .of(integers().between(0, WORDS.size() - 1))
        .ofSizeBetween(1, 2)
        .zip(
            integers().between(1950, 2024),
            integers().between(0, 3),
            (words, year, id) -> {
              StringBuilder b = new StringBuilder();
              words.forEach(w -> b.append(b.length() == 0 ? "" : " ").append(WORDS.get(w)));
              b.append(" (").append(year).append(')');
              if (id > 0) {
                b.append(" {imdb-tt00").append(id * 11111).append('}');
              }
              return b.toString();
            });
  }

  @Test
  void aCollectionsMoviesRoundTripPlexJellyfinPlexWithTheSameCollectionPath() {
    qt().withExamples(60)
        .forAll(
            integers().between(0, COLLECTIONS.size() - 1),
            lists().of(plexFolders()).ofSizeBetween(1, 4),
            booleans().all())
        .checkAssert(
            (c, folders, extras) -> {
              String collection = COLLECTIONS.get(c);
              Set<String> original = new TreeSet<>();
              Set<String> distinct = new TreeSet<>();
              for (String f : folders) {
                if (!distinct.add(f.replaceAll(" \\{.*", ""))) {
                  return; // one Title (Year) twice: a folder clash, not this property
                }
                original.add(collection + "/" + f + "/" + f + ".mkv");
                if (extras) {
                  original.add(collection + "/" + f + "/Trailers/Teaser.mkv");
                  original.add(collection + "/" + f + "/" + f + ".en.srt");
                }
              }
              roundTrip(collection, original);
            });
  }

  private static void roundTrip(String collection, Set<String> original) {
    try (FileSystem fs = Lib.jimfs()) {
      Path plex = fs.getPath("/plex");
      original.forEach(p -> write(plex, p, p));
      write(plex, collection + "/folder.jpg", "art");
      Path jellyfin = fs.getPath("/jellyfin");
      Path back = fs.getPath("/plex-again");
      SyncReport there = JellyPlex.sync(plex, jellyfin, P2J.withCreate(true));
      assertTrue(there.successful(), there.errors() + " " + there.plan());
      for (PlannedMovie m : there.plan().movies()) {
        assertEquals(collection, Scanner.parent(m.targetFolder()), m.toString());
      }
      SyncReport again = JellyPlex.sync(jellyfin, back, J2P.withCreate(true));
      assertTrue(again.successful(), again.errors() + " " + again.plan());
      Set<String> expected = new TreeSet<>(original);
      expected.add(collection + "/folder.jpg");
      assertEquals(expected, tree(back));
      assertTrue(JellyPlex.diff(plex, jellyfin, P2J).inSync());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void mergedEditionFoldersKeepEveryVideo() {
    qt().withExamples(60)
        .forAll(
            lists().of(integers().between(0, EDITIONS.size() - 1)).ofSizeBetween(1, 4),
            booleans().all(),
            booleans().all(),
            booleans().all())
        .checkAssert(this::mergeKeepsEveryVideo);
  }

  private void mergeKeepsEveryVideo(
      List<Integer> editions, Boolean plain, Boolean versions, Boolean inCollection) {
    String movie = "Alien (1979) {imdb-tt0078748}";
    String parent = inCollection ? "Sci-Fi/" : "";
    List<String> folders = new ArrayList<>();
    if (plain) {
      folders.add(movie);
    }
    editions.stream()
        .distinct()
        .forEach(e -> folders.add(movie + " {edition-" + EDITIONS.get(e) + "}"));
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      List<Path> videos = new ArrayList<>();
      for (String f : folders) {
        videos.add(write(src, parent + f + "/" + f + ".mkv", f));
        if (versions) {
          videos.add(write(src, parent + f + "/" + f + " [1080p].mkv", f + " 1080p"));
        }
        write(src, parent + f + "/poster.jpg", f);
      }
      Path tgt = fs.getPath("/jellyfin");

      SyncReport r = JellyPlex.sync(src, tgt, P2J.withCreate(true));

      assertTrue(r.successful(), r.errors() + " " + r.plan());
      assertTrue(r.plan().folderClashes().isEmpty(), r.plan().folderClashes().toString());
      assertEquals(1, r.plan().movies().size(), r.plan().movies().toString());
      Set<Object> sourceInodes = new java.util.HashSet<>();
      for (Path v : videos) {
        sourceInodes.add(Lib.inode(v));
      }
      Set<Object> targetInodes = new java.util.HashSet<>();
      List<String> targetVideos = new ArrayList<>();
      try (Stream<Path> s = Files.walk(tgt)) {
        for (Path p : (Iterable<Path>) s::iterator) {
          if (p.toString().endsWith(".mkv")) {
            targetVideos.add(p.toString());
            targetInodes.add(Lib.inode(p));
          }
        }
      }
      assertEquals(videos.size(), targetVideos.size(), targetVideos.toString());
      assertEquals(sourceInodes, targetInodes);
      assertTrue(tree(tgt).contains(parent + "Alien (1979) [imdbid-tt0078748]/poster.jpg"));
      // in sync; the posters of the other edition folders are reported as not mirrored
      DiffReport d = JellyPlex.diff(src, tgt, P2J);
      assertTrue(
          d.moviesOnlyInSource().isEmpty()
              && d.moviesOnlyInTarget().isEmpty()
              && d.differingMovies().isEmpty(),
          d.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events are values, whichever implementation holds them: a sync records events that name their
 * files relative to the movie folders, and they must resolve, compare, hash and print exactly like
 * events built with {@link Event#builder()} from absolute paths.
 */
class EventTest {
  static final String HEAT = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_J = "Heat (1995) [imdbid-tt0113277]";

  @TempDir Path tmp;

  /** The same checks on a filesystem's paths: Jimfs and the real one differ in their Paths. */
  private static void resolvesLikeAbsolutePaths(Path targetRoot, Path sourceRoot) {
    MovieDirs dirs = new MovieDirs(targetRoot, HEAT_J, sourceRoot, HEAT);
    Event e =
        new EventValue.InMovie(
            Action.RENAME, dirs, "trailers/Teaser.mkv", "Trailers/Teaser.mkv", null, "old.mkv");
    Path target = targetRoot.resolve(HEAT_J).resolve("trailers").resolve("Teaser.mkv");
    Path source = sourceRoot.resolve(HEAT).resolve("Trailers").resolve("Teaser.mkv");
    Path previous = targetRoot.resolve(HEAT_J).resolve("old.mkv");
    assertEquals(target, e.target());
    assertEquals(Optional.of(source), e.source());
    assertEquals(Optional.of(previous), e.previous());
    assertEquals(Optional.empty(), e.context());

    Event built =
        Event.builder()
            .action(Action.RENAME)
            .target(target)
            .source(source)
            .previous(previous)
            .build();
    assertEquals(built, e);
    assertEquals(e, built);
    assertEquals(built.hashCode(), e.hashCode());
    assertEquals(built.toString(), e.toString());
    assertEquals(e, Event.builder().from(e).build());

    // "" is the movie folder itself (a stray file where the folder belongs)
    Event folder =
        new EventValue.InMovie(Action.REMOVE, dirs, "", null, StrayLevel.LIBRARY_STRAY, null);
    assertEquals(targetRoot.resolve(HEAT_J), folder.target());
    assertEquals(
        Event.builder()
            .action(Action.REMOVE)
            .target(targetRoot.resolve(HEAT_J))
            .context(StrayLevel.LIBRARY_STRAY)
            .build(),
        folder);
    assertEquals(Optional.empty(), folder.source());

    // every attribute takes part in equality
    assertNotEquals(built, Event.builder().from(built).action(Action.LINK).build());
    assertNotEquals(built, Event.builder().from(built).target(source).build());
    assertNotEquals(built, Event.builder().from(built).source(target).build());
    assertNotEquals(built, Event.builder().from(built).source(Optional.empty()).build());
    assertNotEquals(built, Event.builder().from(built).previous(Optional.empty()).build());
    assertNotEquals(built, Event.builder().from(built).context(StrayLevel.MOVIE_STRAY).build());
    assertNotEquals(
        e,
        new EventValue.InMovie(
            Action.RENAME, dirs, "trailers/Teaser.mkv", "Trailers/Teaser.mkv", null, "old2.mkv"));
  }

  @Test
  void movieEventsResolveLikeAbsolutePathsOnJimfs() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      resolvesLikeAbsolutePaths(fs.getPath("/media/jellyfin"), fs.getPath("/media/plex"));
    }
  }

  @Test
  void movieEventsResolveLikeAbsolutePathsOnTheRealFilesystem() {
    resolvesLikeAbsolutePaths(tmp.resolve("jellyfin"), tmp.resolve("plex"));
  }

  @Test
  void builderChecksAndPrints() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> Event.builder().build());
    assertEquals(
        "Cannot build Event, some of required attributes are not set [action, target]",
        missing.getMessage());
    assertThrows(IllegalStateException.class, () -> Event.builder().action(Action.SKIP).build());
    Path t = Path.of("/t/a");
    Event e =
        Event.builder().action(Action.REMOVE).target(t).context(StrayLevel.ASSET_STRAY).build();
    assertEquals("Event{action=REMOVE, target=/t/a, context=ASSET_STRAY}", e.toString());
    // from() keeps a present optional value when the copied event has none
    Event merged = Event.builder().source(Path.of("/s")).from(e).build();
    assertEquals(Optional.of(Path.of("/s")), merged.source());
  }

  /** Every event of real syncs equals its copy built from absolute paths, and hashes alike. */
  @Test
  void syncEventsEqualBuiltEvents() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/media/plex");
      Path tgt = fs.getPath("/media/jellyfin");
      Files.createDirectories(tgt);
      write(src, HEAT + "/" + HEAT + " [1080p].mkv", "heat video");
      write(src, HEAT + "/poster.jpg", "poster");
      write(src, HEAT + "/Trailers/Teaser.mkv", "teaser");
      write(tgt, HEAT_J + "/stray.nfo", "stray");
      write(tgt, "Gone (2000)/Gone (2000).mkv", "gone");

      SyncReport fresh = JellyPlex.sync(src, tgt, P2J.withDelete(true));
      SyncReport again = JellyPlex.sync(src, tgt, P2J);
      Set<Event> seen = new HashSet<>();
      for (SyncReport r : List.of(fresh, again)) {
        for (Event e : r.events()) {
          Event copy = Event.builder().from(e).build();
          assertEquals(copy, e);
          assertEquals(e, copy);
          assertEquals(copy.hashCode(), e.hashCode());
          assertEquals(copy.toString(), e.toString());
          assertTrue(e.target().isAbsolute());
          assertTrue(e.target().startsWith(tgt), e.toString());
          e.source().ifPresent(s -> assertTrue(s.startsWith(src), e.toString()));
          assertTrue(seen.add(copy), "distinct events: " + e);
        }
      }
      assertEquals(
          List.of(
              Event.builder()
                  .action(Action.LINK)
                  .target(tgt.resolve(HEAT_J).resolve(HEAT_J + " - BD.mkv"))
                  .source(src.resolve(HEAT).resolve(HEAT + " [1080p].mkv"))
                  .build(),
              Event.builder()
                  .action(Action.LINK)
                  .target(tgt.resolve(HEAT_J).resolve("poster.jpg"))
                  .source(src.resolve(HEAT).resolve("poster.jpg"))
                  .build(),
              Event.builder()
                  .action(Action.LINK)
                  .target(tgt.resolve(HEAT_J).resolve("trailers").resolve("Teaser.mkv"))
                  .source(src.resolve(HEAT).resolve("Trailers").resolve("Teaser.mkv"))
                  .build(),
              Event.builder()
                  .action(Action.REMOVE)
                  .target(tgt.resolve(HEAT_J).resolve("stray.nfo"))
                  .context(StrayLevel.MOVIE_STRAY)
                  .build(),
              Event.builder()
                  .action(Action.REMOVE)
                  .target(tgt.resolve("Gone (2000)"))
                  .context(StrayLevel.LIBRARY_STRAY)
                  .build()),
          fresh.events());
      assertTrue(again.events().stream().allMatch(e -> e.action() == Action.SKIP));
      assertEquals(3, again.events().size());
    }
  }
}

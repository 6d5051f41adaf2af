package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.Movie;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Collection folders, folders of several movies and system folders (naming contract 8). */
class LibraryLayoutTest {
  private static final LibraryTranslator P2J = Codecs.translator(Codecs.PLEX, Codecs.JELLYFIN);

  /** Every target path ({@code folder/file}) of the translations of a tree. */
  private static Set<String> targets(List<MovieTranslation> ts) {
    Set<String> out = new TreeSet<>();
    for (MovieTranslation t : ts) {
      t.files().forEach(f -> out.add(t.targetFolder().orElseThrow() + "/" + f.target()));
    }
    return out;
  }

  @Test
  void aCollectionFolderIsMirroredUnderItsOwnName() {
    List<MovieTranslation> ts =
        P2J.translateTree(
            "Action",
            List.of(
                "Heat (1995) {imdb-tt0113277}/Heat (1995) {imdb-tt0113277}.mkv",
                "Crime/Ronin (1998)/Ronin (1998).mkv",
                "folder.jpg"));
    assertEquals(
        Set.of(
            "Action/folder.jpg",
            "Action/Heat (1995) [imdbid-tt0113277]/Heat (1995) [imdbid-tt0113277].mkv",
            "Action/Crime/Ronin (1998)/Ronin (1998).mkv"),
        targets(ts));
    assertEquals(
        List.of(
            "Action",
            "Action/Crime",
            "Action/Crime/Ronin (1998)",
            "Action/Heat (1995) {imdb-tt0113277}"),
        ts.stream().map(MovieTranslation::sourceFolder).toList());
  }

  @Test
  void aFolderOfSeveralMoviesGivesEachItsOwnFolder() {
    List<MovieTranslation> ts =
        P2J.translateTree(
            "Alien Anthology",
            List.of(
                "Alien (1979).mkv",
                "Alien (1979).en.srt",
                "Aliens (1986).mkv",
                "Aliens (1986)-trailer.mkv",
                "Bonus Disc.mkv",
                "poster.jpg"));
    assertEquals(
        Set.of(
            "Alien Anthology/Alien (1979)/Alien (1979).mkv",
            "Alien Anthology/Alien (1979)/Alien (1979).en.srt",
            "Alien Anthology/Aliens (1986)/Aliens (1986).mkv",
            "Alien Anthology/Aliens (1986)/Aliens (1986)-trailer.mkv",
            "Alien Anthology/poster.jpg"),
        targets(ts));
    assertEquals(
        List.of(
            IgnoredEntry.of(
                "Alien Anthology/Bonus Disc.mkv", "a video without a year among several movies")),
        ts.get(0).ignored());
  }

  @Test
  void systemFoldersAreNeitherMirroredNorReported() {
    for (String name : List.of("#recycle", "@eaDir", ".snapshot", "$RECYCLE.BIN", "lost+found")) {
      assertEquals(List.of(), P2J.translateTree(name, List.of("Heat (1995)/Heat (1995).mkv")));
    }
    assertEquals(
        List.of(), P2J.translateTree("Heat (1995)", List.of("Heat (1995).mkv", ".ignore")));
  }

  @Test
  void aMovieFolderIsTranslatedAsBeforeWhateverItsExtrasHold() {
    List<MovieTranslation> ts =
        P2J.translateTree(
            "Heat (1995)", List.of("Heat (1995).mkv", "Trailers/Heat (1995) Teaser (1994).mkv"));
    assertEquals(1, ts.size());
    assertEquals(
        P2J.translate("Heat (1995)", ts.get(0).files().stream().map(FileMapping::source).toList()),
        ts.get(0));
  }

  @Test
  void aCollectionsMoviesRoundTripWithTheSameCollectionPath() {
    qt().withExamples(200)
        .forAll(withYear(Generators.movies()), withYear(Generators.movies()))
        .checkAssert(
            (a, b) -> {
              String collection = "Kids & Family";
              List<String> files = new ArrayList<>();
              for (Movie m : List.of(a, b)) {
                String folder = Codecs.PLEX.writeFolder(m).name();
                files.add(folder + "/" + folder + ".mkv");
              }
              List<MovieTranslation> toJellyfin = P2J.translateTree(collection, files);
              List<String> jellyfinFiles = new ArrayList<>();
              for (MovieTranslation t : toJellyfin) {
                t.targetFolder()
                    .filter(f -> !f.equals(collection))
                    .ifPresent(
                        f ->
                            t.files()
                                .forEach(
                                    m ->
                                        jellyfinFiles.add(
                                            f.substring(collection.length() + 1)
                                                + "/"
                                                + m.target())));
              }
              List<MovieTranslation> back =
                  Codecs.translator(Codecs.JELLYFIN, Codecs.PLEX)
                      .translateTree(collection, jellyfinFiles);
              Set<String> original = new TreeSet<>();
              files.forEach(f -> original.add(collection + "/" + f));
              if (Codecs.PLEX.writeFolder(a).name().equals(Codecs.PLEX.writeFolder(b).name())) {
                return; // one folder: a clash, not this property
              }
              assertEquals(original, targets(back));
              assertTrue(
                  back.stream()
                      .allMatch(
                          t -> t.targetFolder().map(f -> f.startsWith(collection)).orElse(false)));
            });
  }

  private static org.quicktheories.core.Gen<Movie> withYear(org.quicktheories.core.Gen<Movie> g) {
    return g.map(m -> m.year().isPresent() ? m : m.withYear(2000));
  }

  @Test
  void theRootMovieIsALooseVideo() {
    MovieTranslation t = P2J.translateLoose("Up (2009) {imdb-tt1049413}.mkv");
    assertEquals(Optional.of("Up (2009) [imdbid-tt1049413]"), t.targetFolder());
    assertEquals("Up (2009) [imdbid-tt1049413].mkv", t.files().get(0).target());
  }
}

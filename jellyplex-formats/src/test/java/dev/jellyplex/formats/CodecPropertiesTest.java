package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.jellyplex.formats.Generators.MovieVideo;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;

/** Properties of the name codecs over generated movies, videos and nasty strings. */
class CodecPropertiesTest {
  private static final NamingFormat PLEX = Codecs.PLEX;
  private static final NamingFormat JELLYFIN = Codecs.JELLYFIN;

  /** {@code JELLYPLEX_EXAMPLES=10} in the environment runs ten times as many examples. */
  private static final int FACTOR = examplesFactor();

  private static int examplesFactor() {
    String value = System.getenv("JELLYPLEX_EXAMPLES");
    try {
      return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static QuickTheory theory(int examples) {
    return qt().withExamples(examples * FACTOR).withShrinkCycles(200);
  }

  /** A single-video library folder written by {@code format}. */
  record Written(String folder, String video) {}

  static Written write(NamingFormat format, MovieVideo c) {
    String folder = format.writeFolder(c.movie()).name();
    return new Written(folder, format.writeVideo(folder, c.video()).name());
  }

  static MovieTranslation translate(NamingFormat from, NamingFormat to, Written w, String... more) {
    List<String> files = new ArrayList<>(List.of(w.video()));
    files.addAll(List.of(more));
    return Codecs.translator(from, to).translate(w.folder(), files);
  }

  static Written single(MovieTranslation t) {
    assertTrue(t.error().isEmpty(), () -> "error " + t.error());
    String video =
        t.files().stream()
            .filter(f -> f.role() == FileRole.VIDEO)
            .map(FileMapping::target)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no video in " + t));
    return new Written(t.targetFolder().orElseThrow(), video);
  }

  static Video readBack(NamingFormat format, Written w) {
    Movie movie = format.readFolder(w.folder()).movie().orElseThrow();
    return format.readVideo(w.folder(), movie, w.video()).video().orElseThrow();
  }

  @Test
  void jellyfinWriteThenReadGivesTheModel() {
    theory(300)
        .forAll(Generators.jellyfinCases())
        .checkAssert(
            c -> {
              Written w = write(JELLYFIN, c);
              assertEquals(Optional.of(c.movie()), JELLYFIN.readFolder(w.folder()).movie());
              assertEquals(c.video(), readBack(JELLYFIN, w), w.video());
            });
  }

  @Test
  void plexWriteThenReadGivesTheModel() {
    theory(300)
        .forAll(Generators.plexCases())
        .checkAssert(
            c -> {
              Written w = write(PLEX, c);
              assertEquals(Optional.of(c.movie()), PLEX.readFolder(w.folder()).movie());
              assertEquals(c.video(), readBack(PLEX, w), w.video());
            });
  }

  @Test
  void jellyfinToPlexToJellyfinIsTheIdentity() {
    theory(300)
        .forAll(Generators.jellyfinCases())
        .checkAssert(
            c -> {
              Written j = write(JELLYFIN, c);
              String sidecar = FileNames.stem(j.video()) + ".en.forced.srt";
              MovieTranslation toPlex = translate(JELLYFIN, PLEX, j, sidecar);
              Written p = single(toPlex);
              String plexSidecar = FileNames.stem(p.video()) + ".en.forced.srt";
              assertTrue(
                  toPlex.files().stream().anyMatch(f -> f.target().equals(plexSidecar)),
                  () -> "sidecar did not follow: " + toPlex.files());
              // an edition over Plex's 32 characters is written, and reported
              List<String> expected =
                  c.video()
                      .edition()
                      .filter(e -> e.codePointCount(0, e.length()) > 32)
                      .map(List::of)
                      .orElse(List.of());
              assertEquals(expected, toPlex.losses().stream().map(l -> l.value()).toList());
              MovieTranslation back = translate(PLEX, JELLYFIN, p, plexSidecar);
              assertEquals(j, single(back));
              assertTrue(back.files().stream().anyMatch(f -> f.target().equals(sidecar)));
            });
  }

  @Test
  void plexToJellyfinToPlexIsTheIdentityForResolutionsJellyfinKeepsApart() {
    theory(300)
        .forAll(Generators.plainPlexCases())
        .checkAssert(
            c -> {
              Written p = write(PLEX, c);
              MovieTranslation toJellyfin = translate(PLEX, JELLYFIN, p);
              assertEquals(List.of(), toJellyfin.losses(), p.video());
              assertEquals(p, single(translate(JELLYFIN, PLEX, single(toJellyfin))));
            });
  }

  @Test
  void plexToJellyfinToPlexLosesExactlyWhatWasReported() {
    theory(300)
        .forAll(Generators.plexCases())
        .checkAssert(
            c -> {
              Written p = write(PLEX, c);
              MovieTranslation toJellyfin = translate(PLEX, JELLYFIN, p);
              Video back = readBack(PLEX, single(translate(JELLYFIN, PLEX, single(toJellyfin))));
              Video v = c.video();
              Set<String> lost =
                  toJellyfin.losses().stream()
                      .map(l -> l.kind().jsonName() + ":" + l.value())
                      .collect(Collectors.toSet());
              // what changed was reported ...
              for (String label : v.labels()) {
                assertTrue(lost.contains("label:" + label), () -> label + " lost silently");
              }
              v.attributes()
                  .forEach(a -> assertTrue(lost.contains("attribute:" + a.value()), a::toString));
              v.versionText().ifPresent(t -> assertTrue(lost.contains("version_text:" + t), t));
              if (!back.resolution().equals(v.resolution())) {
                assertTrue(lost.contains("label:" + v.resolution().orElseThrow().value()));
              }
              // ... and nothing else changed
              Optional<String> edition =
                  v.versionText().isEmpty()
                      ? v.edition()
                      : Optional.of(
                          (v.edition().map(e -> e + " ").orElse("") + v.versionText().get()));
              assertEquals(edition, back.edition());
              assertEquals(v.part(), back.part());
              assertEquals(v.disambiguation(), back.disambiguation());
              assertEquals(v.extension(), back.extension());
              assertEquals(List.of(), back.labels());
              // ... and nothing was reported that did not change
              for (TranslationLoss l : toJellyfin.losses()) {
                boolean real =
                    (l.kind() == LossKind.LABEL
                            && (v.labels().contains(l.value())
                                || v.resolution()
                                    .map(r -> r.value().equals(l.value()))
                                    .orElse(false)))
                        || (l.kind() == LossKind.ATTRIBUTE
                            && v.attributes().stream().anyMatch(a -> a.value().equals(l.value())))
                        || (l.kind() == LossKind.VERSION_TEXT
                            && v.versionText().equals(Optional.of(l.value())));
                assertTrue(real, () -> "spurious loss " + l);
              }
            });
  }

  @Test
  void aFolderOfClashingVersionsComesBackWithTheSameNamesAfterARoundTrip() {
    theory(150)
        .forAll(Generators.movies(), Generators.plexVideoLists())
        .checkAssert(
            (movie, videos) -> {
              String folder = PLEX.writeFolder(movie).name();
              List<String> names =
                  videos.stream().map(v -> PLEX.writeVideo(folder, v).name()).distinct().toList();
              MovieTranslation j1 = Codecs.translator(PLEX, JELLYFIN).translate(folder, names);
              if (!j1.clashes().isEmpty()) {
                return;
              }
              MovieTranslation p2 = translateAll(JELLYFIN, PLEX, j1);
              MovieTranslation j2 = translateAll(PLEX, JELLYFIN, p2);
              assertEquals(j1.targetFolder(), j2.targetFolder());
              assertEquals(targetsOf(j1), targetsOf(j2));
              assertEquals(targetsOf(p2), targetsOf(translateAll(JELLYFIN, PLEX, j2)));
            });
  }

  private static MovieTranslation translateAll(
      NamingFormat from, NamingFormat to, MovieTranslation previous) {
    return Codecs.translator(from, to)
        .translate(previous.targetFolder().orElseThrow(), targetsOf(previous));
  }

  private static List<String> targetsOf(MovieTranslation t) {
    return t.files().stream().map(FileMapping::target).toList();
  }

  @Test
  void detectionPullsNoMoreNamesThanNeededAndFindsTheWriter() {
    theory(200)
        .forAll(Generators.plainPlexCases(), Generators.booleans(), Generate.range(0, 20))
        .checkAssert(
            (c, plex, plain) -> {
              Movie withId = c.movie().withIds(Map.of("tmdb", "680"));
              NamingFormat f = plex ? PLEX : JELLYFIN;
              List<String> names = new ArrayList<>();
              for (int i = 0; i < plain; i++) {
                names.add("Movie " + i + ".mkv"); // says nothing
              }
              String folder = f.writeFolder(withId).name();
              names.add(f.writeVideo(folder, c.video()).name());
              names.add("never looked at.mkv");
              Iterator<String> it = names.iterator();
              Detection d = Formats.detect(it);
              assertEquals(Optional.of(f.id()), d.format(), names::toString);
              assertEquals(plain + 1, d.sampled());
              assertTrue(it.hasNext());
            });
  }

  @Test
  void writersAreIdempotentInLintMode() {
    theory(300)
        .forAll(Generators.plexCases(), Generators.jellyfinCases())
        .checkAssert(
            (pc, jc) -> {
              Written p = write(PLEX, pc);
              assertEquals(p, single(translate(PLEX, PLEX, p)));
              Written j = write(JELLYFIN, jc);
              assertEquals(j, single(translate(JELLYFIN, JELLYFIN, j)));
            });
  }

  @Test
  void lintingTwiceChangesNothingMoreThanLintingOnce() {
    theory(400)
        .forAll(Generators.nastyStrings(), Generators.nastyStrings(), Generators.booleans())
        .checkAssert(CodecPropertiesTest::checkLintIsStable);
  }

  /** Linting a folder's output again changes nothing (unless the change was reported). */
  static void checkLintIsStable(String folder, String file, boolean plex) {
    NamingFormat f = plex ? PLEX : JELLYFIN;
    String video = file.replace('/', '_') + ".mkv";
    MovieTranslation once = Codecs.translator(f, f).translate(folder, List.of(video));
    if (once.targetFolder().isEmpty()
        || once.files().stream().noneMatch(m -> m.role() == FileRole.VIDEO)) {
      return;
    }
    Written w = single(once);
    if (InlineExtras.match(FileNames.stem(w.video())).isPresent()
        && !FileNames.stem(w.video()).equalsIgnoreCase(w.folder())) {
      // written like an extra's name: must be reported, and is then read as an extra
      assertTrue(once.losses().stream().anyMatch(l -> l.value().equals(w.video())), once::toString);
      return;
    }
    assertEquals(w, single(translate(f, f, w)), () -> "from " + folder + " / " + video);
  }

  @Test
  void translationsKeepTheirPromisesOnAnyNames() {
    theory(500)
        .forAll(
            Generators.nastyStrings(),
            Generators.nastyStrings(),
            Generators.nastyStrings(),
            Generators.booleans())
        .checkAssert(CodecPropertiesTest::checkPromises);
  }

  /** No unusable names, Jellyfin videos start with the folder, sidecars with their video. */
  static void checkPromises(String folder, String a, String b, boolean plexSource) {
    NamingFormat from = plexSource ? PLEX : JELLYFIN;
    NamingFormat to = plexSource ? JELLYFIN : PLEX;
    List<String> files =
        List.of(a + ".mkv", a + ".en.srt", b, b + ".mp4", "Trailers/" + b, "subs/" + a + ".srt", a);
    MovieTranslation t = Codecs.translator(from, to).translate(folder, files);
    assertFalse(t.error().map(e -> e.startsWith("internal")).orElse(false), t::toString);
    t.targetFolder()
        .ifPresent(
            target -> {
              assertUsable(target);
              for (FileMapping m : t.files()) {
                for (String segment : m.target().split("/", -1)) {
                  assertUsable(segment);
                }
                if (m.role() == FileRole.VIDEO && to == JELLYFIN) {
                  assertTrue(m.target().startsWith(target), m::toString);
                }
                if (m.role() == FileRole.VIDEO_SIDECAR) {
                  boolean follows =
                      t.files().stream()
                          .filter(
                              v -> v.role() == FileRole.VIDEO || v.role() == FileRole.INLINE_EXTRA)
                          .anyMatch(v -> m.target().startsWith(FileNames.stem(v.target())));
                  assertTrue(follows, () -> m + " follows no video");
                }
              }
            });
    // deterministic, whatever the order of the files
    List<String> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    assertEquals(t, Codecs.translator(from, to).translate(folder, reversed));
  }

  private static void assertUsable(String segment) {
    assertFalse(segment.isEmpty(), "empty name");
    assertFalse(segment.contains("/"), segment);
    assertFalse(segment.contains("\0"), segment);
  }

  @Test
  void readersNeverThrow() {
    theory(1000)
        .forAll(Generators.nastyStrings(), Generators.nastyStrings())
        .checkAssert(CodecPropertiesTest::checkReadersNeverThrow);
  }

  /** Every reader and translator accepts any strings. */
  static void checkReadersNeverThrow(String folder, String file) {
    for (NamingFormat f : Codecs.ALL) {
      f.detectionScore(file);
      FolderReading r = f.readFolder(folder);
      Movie movie = r.movie().orElse(Movie.of("Heat", 1995));
      f.readVideo(folder, movie, file);
      f.readVideo(folder, movie, file + ".mkv");
      for (NamingFormat g : Codecs.ALL) {
        MovieTranslation loose = Codecs.translator(f, g).translateLoose(file + ".mkv");
        assertFalse(loose.error().map(e -> e.startsWith("internal")).orElse(false));
        Codecs.translator(f, g).translateLoose(file);
        MovieTranslation t =
            Codecs.translator(f, g).translate(folder, List.of(file, file + ".mkv"));
        assertFalse(t.error().map(e -> e.startsWith("internal")).orElse(false), t::toString);
      }
    }
    Formats.detect(List.of(folder, file).iterator());
    Formats.isVideoFileName(file);
  }
}

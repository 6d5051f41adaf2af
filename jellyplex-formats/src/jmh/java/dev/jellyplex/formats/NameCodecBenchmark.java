package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.Movie;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Names read and written per second by the codecs, and movie folders translated per second.
 *
 * <p>Run with {@code ./mvnw -q -Pjmh -pl jellyplex-formats -am test-compile exec:exec}; see {@code
 * docs/performance.md}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class NameCodecBenchmark {
  private static final String FOLDER = "Das Boot (1981) {imdb-tt0082096}";
  private static final List<String> PLEX_NAMES =
      List.of(
          FOLDER + ".mkv",
          FOLDER + " {edition-Director's Cut}.mkv",
          FOLDER + " {edition-Theatrical Cut} [1080p].mkv",
          FOLDER + " {edition-Theatrical Cut} [2160p][remux].mkv",
          FOLDER
              + " - {edition-Ultimate Extended Edition} [CF][Bluray-2160p Proper][DV HDR10]"
              + "[x265]-RlsGrp.mkv",
          FOLDER + " [DVD] - pt1.avi",
          FOLDER + " - 1080p.m4v",
          FOLDER + " {edition-Theatrical Cut} [1080p] [93326a2a].mkv");

  private Movie movie = Movie.of("Das Boot", 1981);
  private final List<Video> videos = new ArrayList<>();
  private final LibraryTranslator toJellyfin = Formats.translator(FormatId.PLEX, FormatId.JELLYFIN);
  private List<String> files = List.of();
  private int next;

  @Setup
  public void setUp() {
    movie = PlexNaming.INSTANCE.readFolder(FOLDER).movie().orElseThrow();
    for (String name : PLEX_NAMES) {
      videos.add(PlexNaming.INSTANCE.readVideo(FOLDER, movie, name).video().orElseThrow());
    }
    List<String> files = new ArrayList<>(PLEX_NAMES);
    files.add(FOLDER + " {edition-Theatrical Cut} [1080p].en.srt");
    files.add(FOLDER + " {edition-Theatrical Cut} [1080p]-fanart.jpg");
    files.add("poster.jpg");
    files.add("Trailers/Teaser.mkv");
    files.add("Behind The Scenes/U-96.mkv");
    this.files = files;
  }

  private int index() {
    next = (next + 1) & 7;
    return next;
  }

  /** One Plex video name read into the model. */
  @Benchmark
  public Object readPlexVideoName() {
    return PlexNaming.INSTANCE.readVideo(FOLDER, movie, PLEX_NAMES.get(index()));
  }

  /** One video written as a Jellyfin name. */
  @Benchmark
  public Object writeJellyfinVideoName() {
    return JellyfinNaming.INSTANCE.writeVideo(
        "Das Boot (1981) [imdbid-tt0082096]", videos.get(index()));
  }

  /** One Plex folder name read into the model. */
  @Benchmark
  public Object readPlexFolderName() {
    return PlexNaming.INSTANCE.readFolder(FOLDER);
  }

  /** A whole folder (8 videos, 3 sidecars, 2 extras) translated from Plex to Jellyfin. */
  @Benchmark
  public Object translateFolder() {
    return toJellyfin.translate(FOLDER, files);
  }
}

package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.formats.FileRole;
import dev.jellyplex.model.FolderClash;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import java.nio.file.Path;

/**
 * Hand-built report values for the CLI's renderer tests. Result values have no public builders (a
 * caller cannot hand a made-up plan to the engine); this fixture lives in the engine's package in
 * the test tree to reach the package-private ones.
 */
public final class ReportFixtures {
  public static final Path SOURCE = Path.of("/media/plex");
  public static final Path TARGET = Path.of("/media/jellyfin");
  public static final String HEAT_PLEX = "Heat (1995) {imdb-tt0113277}";
  public static final String HEAT_JF = "Heat (1995) [imdbid-tt0113277]";

  private ReportFixtures() {}

  public static PlannedMovie heat() {
    return ImmutablePlannedMovie.builder()
        .sourceFolder(HEAT_PLEX)
        .targetFolder(HEAT_JF)
        .movie(Movie.of("Heat", 1995))
        .addFiles(
            FileMapping.builder()
                .source(HEAT_PLEX + " [1080p].mkv")
                .target(HEAT_JF + " - 1080p.mkv")
                .role(FileRole.VIDEO)
                .disambiguation("0a1b2c3d")
                .build(),
            FileMapping.of(
                HEAT_PLEX + " [1080p].en.srt", HEAT_JF + " - 1080p.en.srt", FileRole.VIDEO_SIDECAR),
            FileMapping.of("poster.jpg", "poster.jpg", FileRole.SIDECAR),
            FileMapping.of("trailers/Teaser.mkv", "trailers/Teaser.mkv", FileRole.EXTRA))
        .build();
  }

  public static Plan plan(int losses) {
    ImmutablePlan.Builder b =
        ImmutablePlan.builder()
            .source(SOURCE)
            .target(TARGET)
            .sourceFormat(FormatId.PLEX)
            .targetFormat(FormatId.JELLYFIN)
            .addMovies(heat())
            .addFolderClashes(
                FolderClash.of(
                    "Alien (1979)", java.util.List.of("Alien (1979)", "Alien (1979) {edition-x}")))
            .addMovieClashes(
                VideoClash.of(HEAT_JF, HEAT_JF + ".mkv", java.util.List.of("a.mkv", "b.mkv")))
            .addIgnored(IgnoredEntry.of("notes.txt", "file at the library root"))
            .addErrors(FileError.of(TARGET.resolve("Long"), "name too long"));
    for (int i = 0; i < losses; i++) {
      b.addLosses(TranslationLoss.of(LossKind.LABEL, "", "remux" + i, "Jellyfin has no labels"));
    }
    return b.build();
  }

  public static SyncReport sync(boolean dryRun, int losses) {
    Plan plan = plan(losses);
    return SyncReportFixture.builder()
        .plan(plan)
        .dryRun(dryRun)
        .moviesProcessed(1)
        .filesUpdated(3)
        .filesRemoved(1)
        .addEvents(
            Event.builder()
                .action(Action.LINK)
                .target(TARGET.resolve(HEAT_JF).resolve(HEAT_JF + " - 1080p.mkv"))
                .source(SOURCE.resolve(HEAT_PLEX).resolve(HEAT_PLEX + " [1080p].mkv"))
                .build(),
            Event.builder()
                .action(Action.REPLACE)
                .target(TARGET.resolve(HEAT_JF).resolve("poster.jpg"))
                .source(SOURCE.resolve(HEAT_PLEX).resolve("poster.jpg"))
                .build(),
            Event.builder()
                .action(Action.SKIP)
                .target(TARGET.resolve(HEAT_JF).resolve("trailers/Teaser.mkv"))
                .source(SOURCE.resolve(HEAT_PLEX).resolve("trailers/Teaser.mkv"))
                .build(),
            Event.builder()
                .action(Action.REMOVE)
                .target(TARGET.resolve(HEAT_JF).resolve("old.nfo"))
                .context(StrayLevel.MOVIE_STRAY)
                .build(),
            Event.builder()
                .action(Action.RENAME)
                .target(TARGET.resolve(HEAT_JF).resolve(HEAT_JF + ".en.srt"))
                .source(SOURCE.resolve(HEAT_PLEX).resolve(HEAT_PLEX + ".en.srt"))
                .previous(TARGET.resolve(HEAT_JF).resolve("Heat.en.srt"))
                .build())
        .addStrays(HEAT_JF + "/old.nfo", "Gone (2000)")
        .addErrors(FileError.of(TARGET.resolve(HEAT_JF).resolve("x.mkv"), "permission denied"))
        .build();
  }

  public static DiffReport diff() {
    PlannedMovie ran =
        ImmutablePlannedMovie.builder()
            .sourceFolder("Ran (1985)")
            .targetFolder("Ran (1985) [tmdbid-11645]")
            .movie(Movie.of("Ran", 1985))
            .build();
    return ImmutableDiffReport.builder()
        .plan(ImmutablePlan.builder().from(plan(1)).addMovies(ran).build())
        .addMoviesOnlyInSource(ran)
        .addMoviesOnlyInTarget("Gone (2000)")
        .addDifferingMovies(
            ImmutableMovieDifference.builder()
                .targetMovieName(HEAT_JF)
                .addOnlyInSource("a.mkv")
                .addOnlyInTarget("b.nfo")
                .addNotSameFile("c.mkv")
                .build())
        .build();
  }

  public static SyncReport importing() {
    return SyncReportFixture.builder()
        .plan(
            ImmutablePlan.builder()
                .source(Path.of("/staging"))
                .target(SOURCE)
                .sourceFormat(FormatId.PLEX)
                .targetFormat(FormatId.PLEX)
                .addIgnored(IgnoredEntry.of("sub/readme.txt", "not a video"))
                .build())
        .dryRun(false)
        .moviesProcessed(1)
        .filesUpdated(1)
        .filesRemoved(0)
        .addEvents(
            Event.builder()
                .action(Action.RENAME)
                .target(SOURCE.resolve(HEAT_PLEX).resolve(HEAT_PLEX + ".mkv"))
                .source(Path.of("/staging/sub/" + HEAT_PLEX + ".mkv"))
                .build())
        .build();
  }
}

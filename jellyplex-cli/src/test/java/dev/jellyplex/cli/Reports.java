package dev.jellyplex.cli;

import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.DiffReport;
import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.FileError;
import dev.jellyplex.engine.ImportReport;
import dev.jellyplex.engine.MissingMovie;
import dev.jellyplex.engine.MovieDifference;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.engine.PlannedMovie;
import dev.jellyplex.engine.StrayLevel;
import dev.jellyplex.engine.SyncReport;
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
 * Hand-built report values: real inputs to the renderers, built through the engine's public
 * builders, independent of the engine's implementation.
 */
final class Reports {
  static final Path SOURCE = Path.of("/media/plex");
  static final Path TARGET = Path.of("/media/jellyfin");
  static final String HEAT_PLEX = "Heat (1995) {imdb-tt0113277}";
  static final String HEAT_JF = "Heat (1995) [imdbid-tt0113277]";

  private Reports() {}

  static PlannedMovie heat() {
    return PlannedMovie.builder()
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

  static Plan plan(int losses) {
    Plan.Builder b =
        Plan.builder()
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

  static SyncReport sync(boolean dryRun, int losses) {
    Plan plan = plan(losses);
    return SyncReport.builder()
        .plan(plan)
        .dryRun(dryRun)
        .moviesProcessed(1)
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

  static DiffReport diff() {
    return DiffReport.builder()
        .plan(
            Plan.builder()
                .from(plan(1))
                .addMovies(
                    PlannedMovie.builder()
                        .sourceFolder("Ran (1985)")
                        .targetFolder("Ran (1985) [tmdbid-11645]")
                        .movie(Movie.of("Ran", 1985))
                        .build())
                .build())
        .addMoviesOnlyInSource(MissingMovie.of("Ran (1985)", "Ran (1985) [tmdbid-11645]"))
        .addMoviesOnlyInTarget("Gone (2000)")
        .addDifferingMovies(
            MovieDifference.builder()
                .targetMovieName(HEAT_JF)
                .addOnlyInSource("a.mkv")
                .addOnlyInTarget("b.nfo")
                .addNotSameFile("c.mkv")
                .build())
        .build();
  }

  static ImportReport importing() {
    return ImportReport.builder()
        .source(Path.of("/staging"))
        .target(SOURCE)
        .sourceFormat(FormatId.PLEX)
        .targetFormat(FormatId.PLEX)
        .dryRun(false)
        .movies(1)
        .addEvents(
            Event.builder()
                .action(Action.RENAME)
                .target(SOURCE.resolve(HEAT_PLEX).resolve(HEAT_PLEX + ".mkv"))
                .source(Path.of("/staging/sub/" + HEAT_PLEX + ".mkv"))
                .build())
        .addIgnored(IgnoredEntry.of("sub/readme.txt", "not a video"))
        .build();
  }
}

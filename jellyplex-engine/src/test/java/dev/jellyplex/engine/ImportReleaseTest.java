package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.set;
import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} of a release folder as a download client leaves it (naming contract 8.1), on the
 * real filesystem: the video under its scene name, a sidecar sharing its stem, {@code Subs/},
 * {@code Sample/} and release notes.
 */
class ImportReleaseTest {
  static final String RELEASE = "The.Matrix.1999.1080p.BluRay.x264-GRP";

  @TempDir Path tmp;
  Path staging;
  Path library;

  @BeforeEach
  void setUp() throws IOException {
    staging = tmp.resolve("downloads");
    library = Files.createDirectories(tmp.resolve("movies"));
    write(staging, RELEASE + "/" + RELEASE + ".mkv", "the matrix");
    write(staging, RELEASE + "/" + RELEASE + ".en.srt", "english, next to the video");
    write(staging, RELEASE + "/Subs/English.srt", "english");
    write(staging, RELEASE + "/Subs/2_Spanish.srt", "spanish");
    write(staging, RELEASE + "/Sample/sample.mkv", "a sample");
    write(staging, RELEASE + "/" + RELEASE + ".nfo", "release notes");
    write(staging, RELEASE + "/" + RELEASE + "-sample.mkv", "another sample");
  }

  static final String PLEX_FOLDER = "The Matrix (1999)";
  static final String PLEX_STEM = "The Matrix (1999) [1080p] [BluRay] [x264] [GRP]";

  /** What stays in staging whatever the materializer: samples and release notes. */
  static final Set<String> NOT_IMPORTED =
      set(
          RELEASE + "/Sample/sample.mkv",
          RELEASE + "/" + RELEASE + ".nfo",
          RELEASE + "/" + RELEASE + "-sample.mkv");

  private static List<String> ignored(SyncReport r) {
    return r.plan().ignored().stream().map(e -> e.relativePath() + ": " + e.reason()).toList();
  }

  @Test
  void moveFilesTheReleaseWithItsSubtitlesAndLeavesSamplesAndNotes() throws IOException {
    Object video = Lib.inode(staging.resolve(RELEASE + "/" + RELEASE + ".mkv"));

    SyncReport r =
        JellyPlex.importFiles(
            staging,
            library,
            ImportOptions.builder().targetFormat(FormatId.PLEX).build(),
            SyncListener.NONE);

    assertEquals(
        set(
            PLEX_FOLDER + "/" + PLEX_STEM + ".mkv",
            PLEX_FOLDER + "/" + PLEX_STEM + ".en.srt",
            PLEX_FOLDER + "/Subs/English.srt",
            PLEX_FOLDER + "/Subs/2_Spanish.srt"),
        tree(library),
        ignored(r).toString());
    assertEquals(NOT_IMPORTED, tree(staging));
    assertEquals(video, Lib.inode(library.resolve(PLEX_FOLDER + "/" + PLEX_STEM + ".mkv")));
    assertEquals(
        List.of(
            RELEASE + "/Sample: " + ReleaseFiles.SAMPLE_FOLDER,
            RELEASE + "/" + RELEASE + "-sample.mkv: an extra (trailer, sample, ...), not a movie",
            RELEASE + "/" + RELEASE + ".nfo: " + ReleaseFiles.RELEASE_NOTES),
        ignored(r));
    assertTrue(r.successful(), r.errors().toString());
    assertEquals(1, r.moviesProcessed());
  }

  @Test
  void copyIntoJellyfinPutsSubsNextToTheVideoAndLeavesStagingAsItWas() throws IOException {
    Set<String> before = tree(staging);

    SyncReport r =
        JellyPlex.importFiles(
            staging,
            library,
            ImportOptions.builder()
                .targetFormat(FormatId.JELLYFIN)
                .materializer(Materializer.COPY)
                .build(),
            SyncListener.NONE);

    String stem = "The Matrix (1999) - BD";
    assertEquals(
        set(
            PLEX_FOLDER + "/" + stem + ".mkv",
            PLEX_FOLDER + "/" + stem + ".en.srt",
            PLEX_FOLDER + "/" + stem + ".English.srt",
            PLEX_FOLDER + "/" + stem + ".2_Spanish.srt"),
        tree(library),
        ignored(r).toString());
    assertEquals(before, tree(staging));
    assertEquals(
        "english", Files.readString(library.resolve(PLEX_FOLDER + "/" + stem + ".English.srt")));
    assertTrue(r.successful(), r.errors().toString());
    assertTrue(
        r.plan().ignored().stream()
            .map(IgnoredEntry::relativePath)
            .noneMatch(p -> p.contains("Subs")));
  }

  @Test
  void subtitlesOfAFolderOfSeveralVideosGoOnlyWithTheVideoTheyAreNamedAfter() throws IOException {
    write(staging, "pack/Heat (1995).mkv", "heat");
    write(staging, "pack/Alien (1979).mkv", "alien");
    write(staging, "pack/Subs/Heat (1995).en.srt", "heat subs");
    write(staging, "pack/Subs/English.srt", "whose?");

    SyncReport r =
        JellyPlex.importFiles(
            staging,
            library,
            ImportOptions.builder().targetFormat(FormatId.PLEX).build(),
            SyncListener.NONE);

    assertTrue(
        tree(library).contains("Heat (1995)/Subs/Heat (1995).en.srt"), tree(library)::toString);
    assertTrue(ignored(r).stream().anyMatch(i -> i.startsWith("pack/Subs/English.srt: ")));
    assertTrue(Files.exists(staging.resolve("pack/Subs/English.srt")));
  }
}

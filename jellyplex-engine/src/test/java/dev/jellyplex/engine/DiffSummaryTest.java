package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jellyplex.model.FolderClash;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What diff's answer is made of when the plan itself says something is missing or unread. */
class DiffSummaryTest {
  @Test
  void unreadableEntriesAreErrorsAndSkippedOrLooseOnesAreNotMirrored() throws IOException {
    try (FileSystem fs = Lib.jimfs()) {
      Path src = fs.getPath("/plex");
      Path tgt = fs.getPath("/jellyfin");
      FileError unreadable =
          FileError.of(
              FileError.Kind.UNREADABLE, src.resolve("Locked (2000)"), "permission denied");
      FileError tooLong =
          FileError.of(FileError.Kind.SKIPPED, src.resolve("Long (2001)"), "name too long");
      Plan plan =
          ImmutablePlan.builder()
              .source(src)
              .target(tgt)
              .sourceFormat(FormatId.PLEX)
              .targetFormat(FormatId.JELLYFIN)
              .addErrors(unreadable, tooLong)
              .addFolderClashes(
                  FolderClash.of("Heat (1995)", List.of("Heat (1995)", "Heat (1995) x")))
              .addIgnored(
                  IgnoredEntry.of("notes.txt", "file at the library root"),
                  IgnoredEntry.of(".DS_Store", "hidden file"),
                  IgnoredEntry.of("Empty (2002)", Planner.NOTHING_TO_SYNC))
              .build();
      FolderWork library = new FolderWork.Builder(null, null, tgt).build();
      DiffReport d =
          DiffSummary.of(
              new Reconciliation(plan, Materializer.HARDLINK, false, List.of(), library, 0, 0));

      assertEquals(List.of(unreadable), d.errors());
      assertEquals(
          List.of("Long (2001)", "Heat (1995)", "Heat (1995) x", "notes.txt"),
          d.notMirrored().stream().map(IgnoredEntry::relativePath).toList());
      assertFalse(d.inSync());
    }
  }
}

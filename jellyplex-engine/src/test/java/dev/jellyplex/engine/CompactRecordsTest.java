package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.formats.FileRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compact forms a run keeps per file: {@link OperationList} (a planned file's skip or link as a
 * reference to its mapping) and {@link EventLog} (events made from operations when read). Each must
 * read exactly as the plain list of objects it replaces.
 */
class CompactRecordsTest {
  private static final Path TARGET = Path.of("/t");
  private static final Path SOURCE = Path.of("/s");
  private static final FileMapping VIDEO =
      FileMapping.of("Heat (1995).mkv", "Heat (1995) [imdbid-tt0113277].mkv", FileRole.VIDEO);
  private static final FileMapping POSTER =
      FileMapping.of("poster.jpg", "poster.jpg", FileRole.OTHER);
  private static final Entry ENTRY =
      Entry.of(Entry.Kind.FILE, 7, java.nio.file.attribute.FileTime.fromMillis(1000), "k");

  @Test
  void compactOperationsReadAsTheOperationsTheyStandFor() {
    OperationList ops = new OperationList(1); // grows past its first guess
    ops.append(Operation.Kind.SKIP, VIDEO);
    ops.append(Operation.remove("old.nfo", StrayLevel.MOVIE_STRAY, 1));
    ops.append(Operation.Kind.LINK, POSTER);
    ops.append(Operation.write(Operation.Kind.COPY, "a.srt", "a.srt", ENTRY));
    ops.append(Operation.Kind.REPLACE, POSTER);

    List<Operation> plain =
        List.of(
            Operation.skip(VIDEO.target(), VIDEO.source()),
            Operation.remove("old.nfo", StrayLevel.MOVIE_STRAY, 1),
            new Operation(Operation.Kind.LINK, "poster.jpg", "poster.jpg", null, null, null, 0),
            Operation.write(Operation.Kind.COPY, "a.srt", "a.srt", ENTRY),
            new Operation(Operation.Kind.REPLACE, "poster.jpg", "poster.jpg", null, null, null, 0));
    assertEquals(plain, ops);
    assertEquals(plain, new ArrayList<>(ops));
    for (int i = 0; i < plain.size(); i++) {
      assertEquals(plain.get(i).kind(), ops.kind(i), "kind " + i);
    }
    assertNull(ops.get(0).sourceEntry(), "a skip keeps no attribute of its source");
    assertEquals(ENTRY, ops.get(3).sourceEntry(), "a copy keeps its source's size and time");

    OperationList both = new OperationList(0);
    both.append(Operation.renameFolder("Heat"));
    both.appendAll(ops);
    assertEquals(6, both.size());
    assertEquals(Operation.Kind.RENAME_FOLDER, both.kind(0));
    assertEquals(plain, both.subList(1, 6));

    assertThrows(IndexOutOfBoundsException.class, () -> ops.get(5));
    assertThrows(IndexOutOfBoundsException.class, () -> ops.kind(-1));
    assertThrows(UnsupportedOperationException.class, () -> ops.add(plain.get(0)));
  }

  @Test
  void whatAPlannedFileNeedsIsALinkOrCopyASkipOrAReplacement() {
    Entry same = ENTRY; // the same file (same key): right for a link and for a copy
    Entry other =
        Entry.of(Entry.Kind.FILE, 9, java.nio.file.attribute.FileTime.fromMillis(5000), "other");
    for (Materializer m : List.of(Materializer.HARDLINK, Materializer.COPY)) {
      OperationList ops = new OperationList(3);
      ops.appendFor(POSTER, ENTRY, null, m);
      ops.appendFor(POSTER, ENTRY, same, m);
      ops.appendFor(POSTER, ENTRY, other, m);
      boolean link = m == Materializer.HARDLINK;
      assertEquals(
          List.of(
              link
                  ? new Operation(
                      Operation.Kind.LINK, "poster.jpg", "poster.jpg", null, null, null, 0)
                  : Operation.write(Operation.Kind.COPY, "poster.jpg", "poster.jpg", ENTRY),
              Operation.skip("poster.jpg", "poster.jpg"),
              link
                  ? new Operation(
                      Operation.Kind.REPLACE, "poster.jpg", "poster.jpg", null, null, null, 0)
                  : Operation.write(Operation.Kind.REPLACE, "poster.jpg", "poster.jpg", ENTRY)),
          ops,
          m.toString());
    }
  }

  @Test
  void eventLogReadsAsTheEventsOfEachWorkInOrderLeavingOutFailedOperations() {
    PlannedMovie heat =
        ImmutablePlannedMovie.builder()
            .sourceFolder("Heat (1995)")
            .targetFolder("Heat (1995) [imdbid-tt0113277]")
            .movie(dev.jellyplex.model.Movie.of("Heat", 1995))
            .addFiles(VIDEO, POSTER)
            .build();
    MovieDirs dirs = new MovieDirs(TARGET, heat.targetFolder(), SOURCE, heat.sourceFolder());
    FolderWork.Builder b = new FolderWork.Builder(heat, dirs, TARGET);
    OperationList ops = new OperationList(3);
    ops.append(Operation.renameFolder("Heat"));
    ops.append(Operation.Kind.LINK, VIDEO);
    ops.append(Operation.Kind.SKIP, POSTER);
    b.operations(ops);
    FolderWork movie = b.build();

    FolderWork.Builder lb = new FolderWork.Builder(null, null, TARGET);
    lb.operation(Operation.remove("Gone (2000)", StrayLevel.LIBRARY_STRAY, 3));
    FolderWork library = lb.build();
    FolderWork empty = new FolderWork.Builder(null, null, TARGET).build();

    EventLog log = new EventLog(TARGET);
    log.add(movie, new int[] {0, 2}); // the link failed
    log.add(empty, null); // no operation, no event
    log.add(library, null);
    log.add(movie, null);

    Path folder = TARGET.resolve(heat.targetFolder());
    Event renamed =
        Event.builder()
            .action(Action.RENAME)
            .target(folder)
            .source(SOURCE.resolve("Heat (1995)"))
            .previous(TARGET.resolve("Heat"))
            .build();
    Event skipped =
        Event.builder()
            .action(Action.SKIP)
            .target(folder.resolve("poster.jpg"))
            .source(SOURCE.resolve("Heat (1995)").resolve("poster.jpg"))
            .build();
    Event linked =
        Event.builder()
            .action(Action.LINK)
            .target(folder.resolve(VIDEO.target()))
            .source(SOURCE.resolve("Heat (1995)").resolve(VIDEO.source()))
            .build();
    Event removed =
        Event.builder()
            .action(Action.REMOVE)
            .target(TARGET.resolve("Gone (2000)"))
            .context(StrayLevel.LIBRARY_STRAY)
            .build();
    assertEquals(List.of(renamed, skipped, removed, renamed, linked, skipped), log);
    assertEquals(6, log.size());
    assertThrows(IndexOutOfBoundsException.class, () -> log.get(6));
  }
}

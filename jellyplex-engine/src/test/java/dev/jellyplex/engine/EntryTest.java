package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An entry keeps its modification time as a number and gives back the same time. */
class EntryTest {
  static final List<FileTime> TIMES =
      List.of(
          FileTime.fromMillis(0),
          FileTime.fromMillis(1_600_000_000_123L),
          FileTime.from(1_600_000_000_123_456_789L, TimeUnit.NANOSECONDS),
          FileTime.from(1_600_000_000L, TimeUnit.SECONDS),
          FileTime.from(Instant.parse("2001-09-09T01:46:40.5Z")),
          FileTime.from(-1_500, TimeUnit.MILLISECONDS),
          FileTime.from(Instant.parse("1969-12-31T23:59:58.5Z")),
          FileTime.from(Instant.parse("1601-01-01T00:00:00Z")),
          FileTime.from(Instant.parse("2300-01-01T00:00:00.25Z")),
          FileTime.from(Long.MAX_VALUE, TimeUnit.DAYS),
          FileTime.from(Long.MIN_VALUE, TimeUnit.DAYS));

  private static Entry file(long size, FileTime mtime) {
    return Entry.of(Entry.Kind.FILE, size, mtime, null);
  }

  @Test
  void keepsTheModificationTime() {
    for (FileTime t : TIMES) {
      Entry e = file(7, t);
      assertEquals(t, e.mtime(), t.toString());
      assertEquals(t.to(TimeUnit.SECONDS), e.mtimeSeconds(), t.toString());
      assertEquals(e, file(7, t));
    }
  }

  @Test
  void comparesSizeAndTimeToTheSecondAsFileTimeDoes() {
    for (FileTime a : TIMES) {
      for (FileTime b : TIMES) {
        boolean expected = a.to(TimeUnit.SECONDS) == b.to(TimeUnit.SECONDS);
        assertEquals(expected, file(7, a).sameSizeAndTime(file(7, b)), a + " " + b);
        assertFalse(file(7, a).sameSizeAndTime(file(8, b)));
      }
    }
    FileTime t = FileTime.from(1_600_000_000L, TimeUnit.SECONDS);
    assertTrue(file(7, t).sameSizeAndTime(file(7, FileTime.fromMillis(1_600_000_000_999L))));
  }
}

package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.Event;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private static Event link() {
    return Event.builder().action(Action.LINK).target(Path.of("/t/a")).build();
  }

  @Test
  void countsFilesAndBytesAndRedrawsAtMostTenTimesASecond() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    ProgressBar bar = new ProgressBar(new PrintWriter(err), now::get);
    bar.started(4, 2048);
    bar.event(link(), 1024);
    int afterFirst = err.toString().length();
    assertTrue(afterFirst > 0, "first event draws");
    bar.event(link(), 0);
    assertEquals(afterFirst, err.toString().length(), "no redraw within 100 ms");
    now.addAndGet(200_000_000L);
    bar.event(link(), 0);
    assertTrue(err.toString().length() > afterFirst);
    assertEquals("[###############...............] 3/4 files  1.0 KiB of 2.0 KiB", bar.line());
    bar.event(link(), 1024);
    assertTrue(bar.line().startsWith("[##############################] 4/4 files"));
    bar.finish();
    assertTrue(err.toString().endsWith("\r\u001b[K"), "finish clears the line");
  }

  @Test
  void removalsAreNotCountedAsPlannedFiles() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), () -> 0L);
    bar.started(1, 0);
    bar.event(Event.builder().action(Action.REMOVE).target(Path.of("/t/x")).build(), 0);
    bar.event(link(), 0);
    assertTrue(bar.line().endsWith(" 1/1 files"), bar.line());
  }

  @Test
  void withoutBytesOnlyFilesAreShown() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), () -> 0L);
    bar.started(2, 0);
    bar.event(link(), 0);
    assertFalse(bar.line().contains("B"));
    assertTrue(bar.line().endsWith("1/2 files"));
  }

  @Test
  void sizes() {
    assertEquals("512 B", ProgressBar.size(512));
    assertEquals("1.5 GiB", ProgressBar.size(1536L * 1024 * 1024));
  }
}

package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bounded pool keeps input order, uses several threads and passes failures on. */
class ParallelTest {
  @Test
  void resultsKeepTheInputOrderAndItemsRunAtOnce() throws IOException {
    List<Integer> items = IntStream.range(0, 2000).boxed().toList();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    // the first two items each wait for the other: this only finishes if they run at once
    CountDownLatch both = new CountDownLatch(2);
    List<Integer> out =
        Parallel.map(
            items,
            4,
            i -> {
              threads.add(Thread.currentThread().getName());
              if (i < 2) {
                both.countDown();
                try {
                  if (!both.await(10, TimeUnit.SECONDS)) {
                    return -1;
                  }
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }
              return i * 2;
            });
    assertEquals(items.stream().map(i -> i * 2).toList(), out);
    assertTrue(threads.size() >= 2 && threads.size() <= 4, threads.toString());
  }

  @Test
  void aFailureIsRethrownAsItself() {
    IOException boom = new IOException("boom");
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                Parallel.map(
                    IntStream.range(0, 100).boxed().toList(),
                    3,
                    i -> {
                      if (i == 57) {
                        throw boom;
                      }
                      return i;
                    }));
    assertSame(boom, thrown);
    IllegalStateException unchecked = new IllegalStateException("bad");
    assertSame(
        unchecked,
        assertThrows(
            IllegalStateException.class,
            () ->
                Parallel.map(
                    List.of(1, 2, 3),
                    2,
                    i -> {
                      throw unchecked;
                    })));
  }

  @Test
  void oneItemOrOneThreadRunsOnTheCaller() throws IOException {
    String caller = Thread.currentThread().getName();
    assertEquals(
        List.of(caller, caller),
        Parallel.map(List.of(1, 2), 1, i -> Thread.currentThread().getName()));
    assertEquals(
        List.of(caller), Parallel.map(List.of(1), 4, i -> Thread.currentThread().getName()));
  }
}

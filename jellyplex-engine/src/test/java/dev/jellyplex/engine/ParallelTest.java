package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void forEachOrderedDeliversInInputOrderOnTheCaller() throws IOException {
    List<Integer> items = IntStream.range(0, 500).boxed().toList();
    String caller = Thread.currentThread().getName();
    List<Integer> seen = new ArrayList<>();
    Parallel.forEachOrdered(
        items,
        4,
        i -> i * 3,
        r -> {
          assertEquals(caller, Thread.currentThread().getName());
          seen.add(r);
        });
    assertEquals(items.stream().map(i -> i * 3).toList(), seen);
  }

  @Test
  void forEachOrderedStopsOnAFailureAndWaitsForTheWorkers() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    IOException boom = new IOException("boom");
    List<Integer> seen = new ArrayList<>();
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                Parallel.forEachOrdered(
                    IntStream.range(0, 10_000).boxed().toList(),
                    4,
                    i -> {
                      running.incrementAndGet();
                      started.incrementAndGet();
                      try {
                        if (i == 20) {
                          throw boom;
                        }
                        return i;
                      } finally {
                        running.decrementAndGet();
                      }
                    },
                    seen::add));
    assertSame(boom, thrown);
    assertEquals(0, running.get(), "a worker was still running after the failure was thrown");
    assertEquals(IntStream.range(0, 20).boxed().toList(), seen);
    assertTrue(started.get() < 10_000, "work went on after the failure: " + started.get());
  }
}

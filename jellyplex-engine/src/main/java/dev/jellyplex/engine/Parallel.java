package dev.jellyplex.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs per-folder work on a small bounded set of threads: a NAS over NFS or SMB is latency-bound,
 * so a few reads in flight hide most of the round trips without flooding it, and on a local disk
 * the same threads keep every core busy with name translation and planning. The calling thread
 * works too; items are handed out one at a time, so one slow folder does not hold up the others.
 * Results keep the input order.
 */
final class Parallel {
  /**
   * Reads in flight at most (the calling thread included): 4, or the system property {@code
   * jellyplex.threads} (1 to 64), a tuning knob for slow network shares and for measurements.
   */
  static final int THREADS = Math.max(1, Math.min(64, Integer.getInteger("jellyplex.threads", 4)));

  /** Whether {@code jellyplex.threads} was given. */
  static final boolean EXPLICIT = Integer.getInteger("jellyplex.threads") != null;

  /** A function that may fail with an {@link IOException}. */
  interface IoFunction<T, R> {
    R apply(T t) throws IOException;
  }

  private Parallel() {}

  /** Threads for CPU-bound work: one per core, at most {@link #THREADS} (and at least 2). */
  static int cpuThreads() {
    return Math.max(
        Math.min(2, THREADS), Math.min(THREADS, Runtime.getRuntime().availableProcessors()));
  }

  /** Applies {@code f} to every item on up to {@link #THREADS} threads, results in input order. */
  static <T, R> List<R> map(List<T> items, IoFunction<T, R> f) throws IOException {
    return map(items, THREADS, f);
  }

  /**
   * Applies {@code f} to every item on up to {@code threads} threads (the caller's included) and
   * returns the results in input order. The first failure stops the handing out of further items
   * and is rethrown once every thread has stopped.
   */
  static <T, R> List<R> map(List<T> items, int threads, IoFunction<T, R> f) throws IOException {
    int n = items.size();
    int workers = Math.min(threads, n);
    if (workers < 2) {
      List<R> out = new ArrayList<>(n);
      for (T t : items) {
        out.add(f.apply(t));
      }
      return out;
    }
    Object[] out = new Object[n];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Runnable work =
        () -> {
          try {
            for (int i = next.getAndIncrement();
                i < n && failure.get() == null;
                i = next.getAndIncrement()) {
              out[i] = f.apply(items.get(i));
            }
          } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
          }
        };
    CountDownLatch done = new CountDownLatch(workers - 1);
    for (int w = 1; w < workers; w++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  work.run();
                } finally {
                  done.countDown();
                }
              },
              "jellyplex-worker-" + w);
      t.setDaemon(true);
      t.start();
    }
    work.run();
    try {
      done.await();
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      Thread.currentThread().interrupt();
    }
    Throwable cause = failure.get();
    if (cause != null) {
      if (cause instanceof InterruptedException) {
        throw new InterruptedIOException("interrupted while working on folders");
      }
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw Errors.rethrown(cause);
    }
    @SuppressWarnings("unchecked")
    List<R> result = (List<R>) Arrays.asList(out);
    return result;
  }

  /** Receives results in input order. */
  interface IoConsumer<R> {
    void accept(R r) throws IOException;
  }

  /**
   * Applies {@code f} to every item on up to {@code threads} worker threads and hands each result
   * to {@code consumer} on the calling thread, in input order, as soon as it and all before it are
   * done (so progress is reported while the work goes on). A result is dropped once consumed, so a
   * large library's results are not all kept until the end. A failure of {@code f} or of {@code
   * consumer} stops the handing out of further items; it is rethrown after every worker has
   * finished the item it was working on, so nothing is still running when this returns.
   */
  static <T, R> void forEachOrdered(
      List<T> items, int threads, IoFunction<T, R> f, IoConsumer<R> consumer) throws IOException {
    int n = items.size();
    int workers = Math.min(threads, n);
    if (workers < 2) {
      for (T t : items) {
        consumer.accept(f.apply(t));
      }
      return;
    }
    Slots slots = new Slots(n);
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(workers);
    for (int w = 0; w < workers; w++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  for (int i = next.getAndIncrement();
                      i < n && !stop.get();
                      i = next.getAndIncrement()) {
                    Object result;
                    try {
                      result = f.apply(items.get(i));
                    } catch (IOException | RuntimeException | Error e) {
                      result = new Failure(e);
                      stop.set(true);
                    }
                    slots.put(i, result);
                  }
                } finally {
                  done.countDown();
                }
              },
              "jellyplex-writer-" + (w + 1));
      t.setDaemon(true);
      t.start();
    }
    try {
      for (int i = 0; i < n; i++) {
        Object result = slots.take(i);
        if (result instanceof Failure failed) {
          throw failed.cause();
        }
        @SuppressWarnings("unchecked")
        R r = (R) result;
        consumer.accept(r);
      }
    } catch (Throwable e) {
      stop.set(true);
      awaitQuietly(done);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while writing");
      }
      throw Errors.rethrown(e);
    }
  }

  /** What a worker leaves in a slot when its item failed. */
  private record Failure(Throwable cause) {}

  /**
   * One slot per item, written once by a worker and taken once, in order, by the calling thread,
   * which waits only for the slot it needs next (no future per item).
   */
  private static final class Slots {
    private final @Nullable Object[] results;
    private int waitingFor = -1;

    Slots(int n) {
      results = new Object[n];
    }

    synchronized void put(int i, Object result) {
      results[i] = result;
      if (i == waitingFor) {
        notifyAll();
      }
    }

    synchronized Object take(int i) throws InterruptedException {
      @Nullable Object result;
      while ((result = results[i]) == null) {
        waitingFor = i;
        wait();
      }
      waitingFor = -1;
      results[i] = TAKEN;
      return result;
    }

    /** A slot whose result was taken (kept non-null so that nothing can wait on it again). */
    private static final Object TAKEN = new Object();
  }

  private static void awaitQuietly(CountDownLatch done) {
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the workers stop after their current item: wait for them
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

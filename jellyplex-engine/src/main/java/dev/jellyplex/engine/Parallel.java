package dev.jellyplex.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs folder reads on a small bounded pool: a NAS over NFS or SMB is latency-bound, so a few reads
 * in flight hide most of the round trips without flooding it. Results keep the input order.
 */
final class Parallel {
  /** Reads in flight at most. */
  static final int THREADS = 4;

  /** A function that may fail with an {@link IOException}. */
  interface IoFunction<T, R> {
    R apply(T t) throws IOException;
  }

  private Parallel() {}

  /** Applies {@code f} to every item, in parallel, and returns the results in input order. */
  static <T, R> List<R> map(List<T> items, IoFunction<T, R> f) throws IOException {
    if (items.size() < 2) {
      List<R> out = new ArrayList<>();
      for (T t : items) {
        out.add(f.apply(t));
      }
      return out;
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(THREADS, items.size()),
            r -> {
              Thread t = new Thread(r, "jellyplex-read-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Callable<R>> tasks = new ArrayList<>();
      for (T t : items) {
        tasks.add(() -> f.apply(t));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> r : pool.invokeAll(tasks)) {
        out.add(r.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading folders");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}

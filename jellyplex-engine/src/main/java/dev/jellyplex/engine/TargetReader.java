package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * Reads the target for reconciling: the library root once, each planned movie folder once (one
 * directory read per folder, one attribute read per entry), and the one case rule that tells
 * whether a listed name that differs from a planned name only in case is that very entry (SMB
 * shares and APFS ignore case). Reads only.
 */
final class TargetReader {
  private TargetReader() {}

  /** What the target holds for one planned movie. */
  record MovieScan(
      PlannedMovie movie, @Nullable Entry rootEntry, FileTable existing, @Nullable String error) {}

  /** The library root's entries, or none when the root does not exist (yet). */
  static FileTable root(Path target) throws IOException {
    return Files.isDirectory(target) ? Scanner.table(target) : FileTable.EMPTY;
  }

  /**
   * The library root's entries, read once: on a thread of its own from {@link #start} on, while the
   * source is listed and planned (a 50,000-movie root took half a second to read on the calling
   * thread after planning), or on the calling thread when first asked for ({@link #whenAsked}). A
   * failed read fails {@link #get} as {@link #root} would.
   */
  static final class Root {
    private final Path target;
    private final @Nullable FutureTask<FileTable> reading;

    private Root(Path target, @Nullable FutureTask<FileTable> reading) {
      this.target = target;
      this.reading = reading;
    }

    /** Starts reading the root of {@code target} now, on a daemon thread. */
    static Root start(Path target) {
      FutureTask<FileTable> task = new FutureTask<>(new Reading(target));
      Thread t = new Thread(task, "jellyplex-target-root");
      t.setDaemon(true);
      t.start();
      return new Root(target, task);
    }

    /** Reads the root of {@code target} when {@link #get} is called. */
    static Root whenAsked(Path target) {
      return new Root(target, null);
    }

    /** The root's entries. */
    FileTable get() throws IOException {
      FutureTask<FileTable> task = reading;
      if (task == null) {
        return root(target);
      }
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while reading " + target);
      } catch (ExecutionException e) {
        throw Errors.rethrown(e.getCause());
      }
    }

    /** The read itself (a class, not a lambda: each lambda is a class made at start-up). */
    private static final class Reading implements Callable<FileTable> {
      private final Path target;

      Reading(Path target) {
        this.target = target;
      }

      @Override
      public FileTable call() throws IOException {
        return root(target);
      }
    }
  }

  /** Everything below the movie's target folder, when it is a folder; never throws. */
  static MovieScan scan(Path target, PlannedMovie movie, @Nullable Entry rootEntry) {
    return scan(target, movie.targetFolder(), movie, rootEntry);
  }

  /** Everything below the target folder {@code folder}, read for {@code movie}; never throws. */
  static MovieScan scan(Path target, String folder, PlannedMovie movie, @Nullable Entry rootEntry) {
    if (rootEntry == null || !rootEntry.isDirectory()) {
      return new MovieScan(movie, rootEntry, FileTable.EMPTY, null);
    }
    try {
      return new MovieScan(movie, rootEntry, Scanner.walk(Scanner.resolve(target, folder)), null);
    } catch (IOException e) {
      return new MovieScan(
          movie,
          rootEntry,
          FileTable.EMPTY,
          "cannot read the target movie folder: " + Errors.reason(e));
    }
  }

  /** Names grouped by their lower-case form, for the case rule. */
  static Map<String, List<String>> byLowerCase(Collection<String> names) {
    Map<String, List<String>> out = new HashMap<>();
    for (String n : names) {
      out.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n);
    }
    return out;
  }

  /**
   * On a case-insensitive target, the existing entry that the planned path {@code rel} (in the
   * folder {@code dir}) resolves to although its listed name differs in case; null when there is
   * none.
   */
  static @Nullable Entry caseVariant(
      FileTable existing, Map<String, List<String>> existingByLowerCase, String rel, Path dir) {
    List<String> variants = existingByLowerCase.get(rel.toLowerCase(Locale.ROOT));
    if (variants == null) {
      return null;
    }
    Entry resolved;
    try {
      resolved = Entry.read(Scanner.resolve(dir, rel));
    } catch (IOException e) {
      return null; // a case-sensitive target: the planned name does not exist
    }
    for (String v : variants) {
      Entry e = existing.get(v);
      if (e != null && e.key() != null && e.key().equals(resolved.key())) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether {@code rel} (unplanned) is, on a case-insensitive target (SMB, APFS), the very entry a
   * planned name differing only in case resolves to; deleting it would delete the planned file.
   */
  static boolean aliasOfPlanned(
      Path dir, String rel, Map<String, List<String>> plannedByLowerCase) {
    List<String> candidates = plannedByLowerCase.get(rel.toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return false;
    }
    for (String p : candidates) {
      if (p.equals(rel)) {
        continue;
      }
      try {
        Object a = Entry.read(Scanner.resolve(dir, rel)).key();
        Object b = Entry.read(Scanner.resolve(dir, p)).key();
        if (a != null && a.equals(b)) {
          return true;
        }
      } catch (IOException e) {
        // the planned name does not exist: a case-sensitive target, a real stray
      }
    }
    return false;
  }
}

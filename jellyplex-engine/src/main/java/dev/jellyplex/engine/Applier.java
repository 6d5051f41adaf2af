package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Performs the operations of a {@link Reconciliation}: the only code that writes to the target
 * (through {@link AtomicFiles} and {@link #removeTree}), and the only code that knows about dry
 * runs: a dry run walks the same operations and records the same events without touching the disk.
 * Movie folders are written in parallel (each folder's operations in order, on one thread); events
 * and errors reach the listener and the report on the calling thread, in plan order. The library
 * root's removals come last, after every movie folder is done.
 */
final class Applier {
  private final Reconciliation reconciliation;
  private final boolean dryRun;
  private final SyncListener listener;
  private final Path target;
  private final EventLog events;
  private final List<FileError> errors = new ArrayList<>();
  private long filesUpdated;
  private long filesRemoved;

  private Applier(Reconciliation reconciliation, boolean dryRun, SyncListener listener) {
    this.reconciliation = reconciliation;
    this.dryRun = dryRun;
    this.listener = listener;
    this.target = reconciliation.plan().target();
    this.events = new EventLog(target);
  }

  /** Applies {@code r} (or, with {@code dryRun}, describes it) and reports what happened. */
  static SyncReport apply(Reconciliation r, boolean dryRun, SyncListener listener)
      throws IOException {
    return new Applier(r, dryRun, listener).run();
  }

  /** The report of a run that applied nothing (e.g. refused by a clash). */
  static SyncReport nothing(Plan plan, boolean dryRun) {
    return new SyncReportValue(plan, dryRun, List.of(), List.of(), List.of(), List.of(), 0, 0, 0);
  }

  private SyncReport run() throws IOException {
    started();
    int[] processed = {0};
    Parallel.forEachOrdered(
        reconciliation.folders(),
        writeThreads(),
        this::perform,
        done -> {
          if (deliver(done)) {
            processed[0]++;
          }
        });
    deliver(perform(reconciliation.library()));
    return new SyncReportValue(
        reconciliation.plan(),
        dryRun,
        events,
        reconciliation.strays(),
        reconciliation.kept(),
        errors,
        processed[0],
        filesUpdated,
        filesRemoved);
  }

  /** Tells the listener how many files and bytes (of copies) the run will write. */
  private void started() {
    long files = 0;
    long bytes = 0;
    boolean copies = reconciliation.materializer() != Materializer.HARDLINK;
    for (FolderWork w : reconciliation.all()) {
      List<Operation> ops = w.operations();
      for (int i = 0; i < ops.size(); i++) {
        Operation.Kind kind = OperationList.kind(ops, i); // no operation made just for its kind
        if (kind == Operation.Kind.REMOVE) {
          continue;
        }
        files++;
        if (copies && kind.writes()) {
          Entry s = ops.get(i).sourceEntry();
          bytes += s == null ? 0 : s.size();
        }
      }
    }
    listener.started(files, bytes);
  }

  /**
   * Threads that write at once. Links and removals are metadata operations: on a local disk they
   * contend for the kernel's folder locks, so one thread per core is best (measured: more threads
   * only burn system time); on a network share each one waits a round trip, so {@link
   * Parallel#THREADS} go at once. Copies move bytes and a disk (a spinning one above all) is
   * fastest with few streams: two. A dry run writes nothing and stays on the calling thread; so
   * does an import (it files into a few folders). The {@code jellyplex.threads} property, when set,
   * decides for links everywhere.
   */
  private int writeThreads() {
    if (dryRun || reconciliation.importing()) {
      return 1;
    }
    if (reconciliation.materializer() != Materializer.HARDLINK) {
      return Math.min(2, Parallel.THREADS);
    }
    return Parallel.EXPLICIT || onNetworkShare(target) ? Parallel.THREADS : Parallel.cpuThreads();
  }

  /** Whether {@code p} is on a network filesystem (NFS, SMB/CIFS, FUSE, 9p, Ceph, GlusterFS). */
  static boolean onNetworkShare(Path p) {
    try {
      String type = Files.getFileStore(p).type().toLowerCase(java.util.Locale.ROOT);
      return type.startsWith("nfs")
          || type.startsWith("cifs")
          || type.startsWith("smb")
          || type.startsWith("fuse")
          || type.equals("9p")
          || type.startsWith("ceph")
          || type.startsWith("glusterfs");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * What performing one folder's operations gave: per operation index, the bytes written (null when
   * nothing was copied) and the errors (null when every operation succeeded).
   */
  private static final class Performed {
    final FolderWork work;
    final long @Nullable [] bytes;
    final @Nullable Map<Integer, FileError> failed;

    Performed(FolderWork work, long @Nullable [] bytes, @Nullable Map<Integer, FileError> failed) {
      this.work = work;
      this.bytes = bytes;
      this.failed = failed;
    }
  }

  /**
   * Performs one folder's operations on disk (a dry run only describes them); touches nothing but
   * its own folder and may run on any thread.
   */
  private Performed perform(FolderWork w) {
    if (!dryRun) {
      for (Path temp : w.temps()) {
        AtomicFiles.deleteQuietly(temp);
      }
    }
    if (dryRun) {
      return new Performed(w, null, null); // nothing is written, so nothing fails
    }
    Writing at = new Writing(w, target);
    List<Operation> ops = w.operations();
    long[] bytes = null;
    Map<Integer, FileError> failed = null;
    for (int i = 0; i < ops.size(); i++) {
      if (OperationList.kind(ops, i) == Operation.Kind.SKIP) {
        continue; // nothing to do, and no operation made to find that out
      }
      Operation o = ops.get(i);
      try {
        long written = write(at, o);
        if (written != 0) {
          if (bytes == null) {
            bytes = new long[ops.size()];
          }
          bytes[i] = written;
        }
      } catch (IOException ex) {
        if (failed == null) {
          failed = new HashMap<>();
        }
        failed.put(i, FileError.of(at.target(o.target()), Errors.reason(ex)));
      }
    }
    return new Performed(w, bytes, failed);
  }

  /**
   * Reports one performed folder to the listener and the report (on the calling thread, in plan
   * order); returns whether it is a movie whose operations all succeeded.
   */
  private boolean deliver(Performed p) {
    FolderWork w = p.work;
    PlannedMovie movie = w.movie();
    if (movie != null) {
      listener.movieStarted(movie.targetFolder());
    }
    boolean ok = true;
    for (FileError e : w.errors()) {
      error(e);
      ok = false;
    }
    List<Operation> ops = w.operations();
    Map<Integer, FileError> failed = p.failed;
    long[] bytes = p.bytes;
    boolean tell = listener != SyncListener.NONE;
    int[] picked = failed == null ? null : new int[ops.size() - failed.size()];
    int n = 0;
    for (int i = 0; i < ops.size(); i++) {
      FileError error = failed == null ? null : failed.get(i);
      if (error != null) {
        error(error);
        ok = false;
        continue;
      }
      if (picked != null) {
        picked[n++] = i;
      }
      Operation.Kind kind = OperationList.kind(ops, i);
      if (kind == Operation.Kind.REMOVE) {
        filesRemoved += ops.get(i).files();
      } else if (kind.writes()
          || kind == Operation.Kind.RENAME
          || kind == Operation.Kind.RENAME_FOLDER) {
        filesUpdated++;
      }
      if (tell) {
        listener.event(EventLog.event(target, w, ops.get(i)), bytes == null ? 0 : bytes[i]);
      }
    }
    events.add(w, picked);
    return ok && movie != null;
  }

  private void error(FileError e) {
    errors.add(e);
    listener.error(e);
  }

  /**
   * What writing one folder's operations keeps at hand on its one thread: the folder's two paths,
   * resolved once (each operation's paths are resolved against them, not from the library roots
   * again), the folders known to exist, and what new files start with there.
   */
  private static final class Writing {
    final FolderWork work;
    private final @Nullable Path sourceDir;
    private final Path targetDir;
    final Set<Path> knownFolders = new HashSet<>();
    final AtomicFiles.NewFiles newFiles = new AtomicFiles.NewFiles();

    Writing(FolderWork work, Path root) {
      this.work = work;
      MovieDirs dirs = work.dirs();
      this.sourceDir = dirs == null ? null : dirs.sourceDir();
      this.targetDir = dirs == null ? root : dirs.targetDir();
    }

    /** As {@link FolderWork#target}. */
    Path target(String relative) {
      return Scanner.resolve(targetDir, relative);
    }

    /** As {@link FolderWork#source}. */
    Path source(@Nullable String relative) {
      Path dir = sourceDir;
      if (dir == null || relative == null) {
        throw new IllegalStateException("an operation without its source: " + relative);
      }
      return Scanner.resolve(dir, relative);
    }
  }

  /** Performs one operation on disk; returns the bytes written. */
  private long write(Writing at, Operation o) throws IOException {
    if (o.kind() == Operation.Kind.SKIP) {
      return 0; // most operations of a re-run: no path is built for them
    }
    FolderWork w = at.work;
    Path dst = at.target(o.target());
    return switch (o.kind()) {
      case SKIP -> 0;
      case REMOVE -> {
        removeTree(dst, target);
        yield 0;
      }
      case UNSTAGE -> {
        Files.delete(at.source(o.source()));
        yield 0;
      }
      case RENAME_FOLDER -> {
        // into a collection folder that may not exist yet
        createParent(dst, at.source(""), at.knownFolders, false);
        AtomicFiles.rename(Scanner.resolve(target, require(o.from())), dst);
        at.knownFolders.add(dst);
        yield 0;
      }
      case RENAME -> {
        createParent(dst, at.source(o.source()), at.knownFolders, w.freshFolder());
        AtomicFiles.rename(at.target(require(o.from())), dst);
        yield 0;
      }
      case LINK -> {
        Path src = at.source(o.source());
        createParent(dst, src, at.knownFolders, w.freshFolder());
        AtomicFiles.linkNew(src, dst);
        yield 0;
      }
      case MOVE -> {
        Path src = at.source(o.source());
        createParent(dst, src, at.knownFolders, w.freshFolder());
        yield AtomicFiles.move(src, dst);
      }
      case COPY, REPLACE -> {
        Path src = at.source(o.source());
        createParent(dst, src, at.knownFolders, w.freshFolder());
        if (reconciliation.importing()) {
          yield AtomicFiles.copy(src, dst, false); // import never overwrites
        }
        if (o.kind() == Operation.Kind.REPLACE
            && reconciliation.materializer() == Materializer.HARDLINK) {
          AtomicFiles.link(src, dst);
          yield 0;
        }
        Entry s = o.sourceEntry();
        yield AtomicFiles.copy(src, dst, s == null ? null : s.mtime(), at.newFiles);
      }
    };
  }

  /**
   * Deletes the target entry {@code path} and, for a folder, everything in it, never leaving {@code
   * root}: the one place a run removes anything from the target.
   */
  static void removeTree(Path path, Path root) throws IOException {
    AtomicFiles.deleteTree(path, root);
  }

  private static String require(@Nullable String relative) {
    if (relative == null) {
      throw new IllegalStateException("operation without a path");
    }
    return relative;
  }

  /**
   * Makes sure the folder of {@code file} exists: checked (and made) once per folder, so a folder
   * of many files costs one check, not one per file ({@code knownFolders} belongs to one movie
   * folder's operations, which run on one thread). In a movie folder that did not exist when
   * reconciling ({@code freshFolder}) folders are made without looking first: one {@code mkdir}
   * each.
   */
  private void createParent(Path file, Path source, Set<Path> knownFolders, boolean freshFolder)
      throws IOException {
    Path parent = file.getParent();
    if (parent != null && !knownFolders.contains(parent)) {
      if (freshFolder || !Files.isDirectory(parent)) {
        // made like their source folders (mode; owner as root); an existing folder is fine
        Path sourceRoot = reconciliation.plan().source();
        Path sourceParent = source.getParent();
        AtomicFiles.createFolders(
            parent, sourceParent == null ? sourceRoot : sourceParent, target, sourceRoot);
      }
      knownFolders.add(parent);
    }
  }
}

package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What must hold before a run may write, and the run's hold on the target: the guards (folders,
 * nesting, an empty source with deletion, one filesystem for hardlinks, the deletion bound) and,
 * for real runs, the target made with {@code create}, its lock taken and one real hardlink probed.
 * Closing it releases the lock.
 */
final class Preflight implements AutoCloseable {
  private @Nullable TargetLock lock;

  /** Holds nothing: {@link #hold} then takes the target as {@link #open} does. */
  static final Preflight NONE = new Preflight(null);

  private Preflight(@Nullable TargetLock lock) {
    this.lock = lock;
  }

  /**
   * The guards that need nothing but the plan and the options; nothing is touched.
   *
   * @param sourceHasMovies whether the source holds any movie (an unmounted share holds none)
   */
  static void check(Plan plan, SyncOptions options, boolean sourceHasMovies) throws IOException {
    Path source = plan.source();
    Path target = plan.target();
    Guards.requireSourceFolder(source, "source");
    Guards.requireTargetFolder(target, options.create());
    Guards.requireSeparate(source, target, "source", "target");
    Guards.requireWritableTarget(target, options.dryRun());
    if (options.delete() && !sourceHasMovies) {
      throw Guards.noMovieInSource(source);
    }
    if (options.materializer() == Materializer.HARDLINK) {
      Guards.requireOneFilesystem(source, target);
    }
  }

  /**
   * Takes hold of the target of a sync: on a real run, makes a missing target root, takes its lock
   * and probes one hardlink (a failed probe undoes both); a dry run takes nothing.
   */
  static Preflight open(Plan plan, SyncOptions options) throws IOException {
    if (options.dryRun()) {
      return new Preflight(null);
    }
    Path target = plan.target();
    boolean created = false;
    if (!Files.isDirectory(target)) {
      Files.createDirectories(target);
      created = true;
    }
    TargetLock lock = TargetLock.acquire(target);
    if (options.materializer() == Materializer.HARDLINK) {
      try {
        probeHardlink(plan);
      } catch (SetupException e) {
        lock.close();
        if (created) {
          AtomicFiles.deleteQuietly(target);
        }
        throw e;
      }
    }
    return new Preflight(lock);
  }

  /**
   * Takes the lock of a real run into an existing target folder before anything is planned (so that
   * the target's root can be read while the source is listed), after the guards that need no plan;
   * holds nothing for a dry run or a target that is still to be made ({@link #open} then takes the
   * lock as before).
   */
  static Preflight early(Path source, Path target, SyncOptions options) throws IOException {
    if (options.dryRun() || !Files.isDirectory(target)) {
      return new Preflight(null);
    }
    Guards.requireSourceFolder(source, "source");
    Guards.requireSeparate(source, target, "source", "target");
    Guards.requireWritableTarget(target, false);
    return new Preflight(TargetLock.acquire(target));
  }

  /**
   * Takes hold of the target of a sync: this hold when it has the lock already ({@link #early}),
   * after the hardlink probe; else as {@link #open}.
   */
  Preflight hold(Plan plan, SyncOptions options) throws IOException {
    if (lock == null) {
      return open(plan, options);
    }
    if (options.materializer() == Materializer.HARDLINK) {
      try {
        probeHardlink(plan);
      } catch (SetupException e) {
        close();
        throw e;
      }
    }
    return this;
  }

  /** Takes the lock of an existing or (with {@code create}) new target root for an import. */
  static Preflight openForImport(Path target, boolean dryRun) throws IOException {
    if (dryRun) {
      return new Preflight(null);
    }
    if (!Files.isDirectory(target)) {
      Files.createDirectories(target);
    }
    return new Preflight(TargetLock.acquire(target));
  }

  /** Refuses, before anything changes, a run that would remove more than its bound allows. */
  static void checkDeletions(Reconciliation r, SyncOptions options) throws RefusedException {
    long removes = r.filesToRemove();
    if (removes == 0 || options.maxDeleteAll()) {
      return;
    }
    Path target = r.plan().target();
    if (options.maxDelete().isPresent()) {
      if (removes > options.maxDelete().getAsInt()) {
        throw new RefusedException(
            "refusing to remove "
                + removes
                + " files from "
                + target
                + ": more than withMaxDelete("
                + options.maxDelete().getAsInt()
                + "); nothing was changed");
      }
      return;
    }
    if (options.maxDeletePercent().isPresent()) {
      int percent = options.maxDeletePercent().getAsInt();
      long total = Math.max(1, r.targetFiles());
      if (removes * 100 > percent * total) {
        throw new RefusedException(
            "refusing to remove "
                + removes
                + " of the "
                + total
                + " files in "
                + target
                + ": more than withMaxDeletePercent("
                + percent
                + "); nothing was changed");
      }
      return;
    }
    int folders = r.movieFoldersToRemove();
    if (folders > 3 && folders * 2L > r.targetMovieFolders()) {
      throw new RefusedException(
          "refusing to remove "
              + folders
              + " of the "
              + r.targetMovieFolders()
              + " movie folders in "
              + target
              + " ("
              + removes
              + " files): more than half of them. A source share that is only partly mounted"
              + " looks like this; check the source. To allow it, rerun withMaxDelete("
              + removes
              + ") or withMaxDeleteAll(true); nothing was changed");
    }
  }

  /** Tries one real hardlink into the target root, so a cross-filesystem mirror fails up front. */
  private static void probeHardlink(Plan plan) throws IOException {
    Path target = plan.target();
    for (PlannedMovie movie : plan.movies()) {
      for (FileMapping f : movie.files()) {
        Path src = Scanner.resolve(plan.source().resolve(movie.sourceFolder()), f.source());
        Path probe = AtomicFiles.tempFor(target.resolve("probe"));
        try {
          Files.createLink(probe, src);
        } catch (NoSuchFileException e) {
          continue; // the source file vanished; try another one
        } catch (UnsupportedOperationException e) {
          throw Guards.crossDevice(plan.source(), target, "the filesystem has no hardlinks");
        } catch (IOException e) {
          if (Errors.isCrossDevice(e)) {
            throw Guards.crossDevice(plan.source(), target, "they are on different filesystems");
          }
          return; // another problem (permissions, link limit): reported per file
        }
        AtomicFiles.deleteQuietly(probe);
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    TargetLock l = lock;
    lock = null;
    if (l != null) {
      l.close();
    }
  }
}

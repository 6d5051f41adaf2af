package dev.jellyplex.engine;

import dev.jellyplex.formats.Detection;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Entry point of the engine: plan, sync, diff and import movie libraries. Returns values, never
 * prints.
 *
 * <pre>{@code
 * Plan plan = JellyPlex.plan(source, target);
 * SyncReport report = JellyPlex.sync(source, target, SyncOptions.defaults().withDelete(true));
 * DiffReport diff = JellyPlex.diff(source, target);
 * }</pre>
 *
 * <p>A run goes discover → plan → reconcile → apply: the plan says what the target should hold, the
 * reconciliation (one reading of the target) what must change, and applying it is the only step
 * that writes. {@code diff} summarises the same reconciliation, so a {@code diff} right after a
 * successful {@code sync} finds the target in sync.
 *
 * <p>Failures come in three kinds: a {@link SetupException} when the run cannot start (nothing was
 * touched, also when another run holds the target's lock; CLI exit 2), a {@link RefusedException}
 * when a safety guard stopped it (CLI exit 1), and per-file {@link FileError}s inside the returned
 * report when single files failed while the rest went on ({@code successful()} is then false).
 * Other {@link IOException}s mean the source or target could not be read at all.
 *
 * @since 0.1.0
 */
public final class JellyPlex {
  private JellyPlex() {}

  /**
   * Plans the mirror of {@code source} in {@code target} with default options.
   *
   * @since 0.1.0
   */
  public static Plan plan(Path source, Path target) throws IOException {
    return plan(source, target, SyncOptions.defaults());
  }

  /**
   * Plans the mirror of {@code source} in {@code target}; touches neither (target may be absent).
   *
   * @since 0.1.0
   */
  public static Plan plan(Path source, Path target, SyncOptions options) throws IOException {
    return Engine.standard().plan(source, target, options);
  }

  /**
   * Syncs with the given options.
   *
   * @since 0.1.0
   */
  public static SyncReport sync(Path source, Path target, SyncOptions options) throws IOException {
    return sync(source, target, options, SyncListener.NONE);
  }

  /**
   * Syncs with default options (hardlinks, no deletion).
   *
   * @since 0.1.0
   */
  public static SyncReport sync(Path source, Path target) throws IOException {
    return sync(source, target, SyncOptions.defaults());
  }

  /**
   * Syncs, reporting progress to {@code listener}.
   *
   * @since 0.1.0
   */
  public static SyncReport sync(
      Path source, Path target, SyncOptions options, SyncListener listener) throws IOException {
    return Engine.standard().sync(source, target, options, listener);
  }

  /**
   * Syncs only the given movie folders of {@code source} (names at its root, e.g. the folders a
   * watcher saw change), with the same rules as a whole sync. A name that is no longer a folder in
   * the source is a movie gone from it: its target folder is a stray (removed only with {@code
   * delete}). Target folders of movies not named are left alone.
   *
   * @since 0.1.0
   */
  public static SyncReport sync(
      Path source,
      Path target,
      SyncOptions options,
      Collection<String> movieFolders,
      SyncListener listener)
      throws IOException {
    return Engine.standard().sync(source, target, options, movieFolders, listener);
  }

  /**
   * Like {@link #sync(Path, Path, SyncOptions, Collection, SyncListener)}, without a listener.
   *
   * @since 0.1.0
   */
  public static SyncReport sync(
      Path source, Path target, SyncOptions options, Collection<String> movieFolders)
      throws IOException {
    return sync(source, target, options, movieFolders, SyncListener.NONE);
  }

  /**
   * Realizes a plan made by {@link #plan} (e.g. after showing it to a user): reconciles it with
   * what the target holds now and applies the result; the options' formats are ignored.
   *
   * @throws IllegalArgumentException when {@code plan} was not made by {@link #plan}
   * @since 0.1.0
   */
  public static SyncReport realize(Plan plan, SyncOptions options, SyncListener listener)
      throws IOException {
    return Engine.standard().realize(plan, options, listener);
  }

  /**
   * Like {@link #realize(Plan, SyncOptions, SyncListener)}, without a listener.
   *
   * @since 0.1.0
   */
  public static SyncReport realize(Plan plan, SyncOptions options) throws IOException {
    return realize(plan, options, SyncListener.NONE);
  }

  /**
   * Holds the lock of {@code target} until the returned handle is closed, for an application that
   * syncs one target again and again (a watcher): runs of other processes on {@code target} are
   * refused meanwhile with a {@link RefusedException} whose message names {@code holder} and the
   * lock file, and this process's runs on it (sync, realize, import) go in under the hold, one at a
   * time, instead of taking the lock themselves.
   *
   * <pre>{@code
   * try (Closeable hold = JellyPlex.hold(target, "watch")) {
   *   JellyPlex.sync(source, target, options);   // runs under the hold
   *   ...
   * }
   * }</pre>
   *
   * @param holder what holds the target, shown to refused runs: 1 to 40 letters, digits, spaces or
   *     dashes (e.g. {@code "watch"})
   * @throws SetupException when {@code target} is not an existing writable folder
   * @throws RefusedException when another run holds its lock (nothing was touched)
   * @since 0.1.0
   */
  public static Closeable hold(Path target, String holder) throws IOException {
    if (!holder.matches("[A-Za-z0-9 -]{1,40}")) {
      throw new IllegalArgumentException(
          "holder must be 1 to 40 letters, digits, spaces or dashes, got \"" + holder + "\"");
    }
    Guards.requireTargetFolder(target, false);
    Guards.requireWritableTarget(target, false);
    return TargetLock.hold(target, holder);
  }

  /**
   * Compares with default options (hardlink semantics).
   *
   * @since 0.1.0
   */
  public static DiffReport diff(Path source, Path target) throws IOException {
    return diff(source, target, SyncOptions.defaults());
  }

  /**
   * Compares read-only; the materializer decides what "same file" means.
   *
   * @since 0.1.0
   */
  public static DiffReport diff(Path source, Path target, SyncOptions options) throws IOException {
    return Engine.standard().diff(source, target, options);
  }

  /**
   * Detects the naming format of the library at {@code library} from its video file names, reading
   * no more movie folders than needed.
   *
   * @since 0.1.0
   */
  public static Detection detect(Path library) throws IOException {
    return Engine.standard().detect(library);
  }

  /**
   * Imports loose video files from {@code staging} into {@code target}: the staged files are
   * planned as movies, reconciled with the target and applied like a sync that never overwrites and
   * never removes. The report's plan has the staging folder as its source.
   *
   * @since 0.1.0
   */
  public static SyncReport importFiles(
      Path staging, Path target, ImportOptions options, SyncListener listener) throws IOException {
    return Engine.standard().importFiles(staging, target, options, listener);
  }

  /**
   * Like {@link #importFiles(Path, Path, ImportOptions, SyncListener)}, without a listener.
   *
   * @since 0.1.0
   */
  public static SyncReport importFiles(Path staging, Path target, ImportOptions options)
      throws IOException {
    return importFiles(staging, target, options, SyncListener.NONE);
  }

  /**
   * Imports with default options (move, formats detected).
   *
   * @since 0.1.0
   */
  public static SyncReport importFiles(Path staging, Path target) throws IOException {
    return importFiles(staging, target, ImportOptions.defaults());
  }
}

package dev.jellyplex.engine;

import dev.jellyplex.formats.Detection;
import java.io.IOException;
import java.nio.file.Path;

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
 * <p>Failures come in three kinds: a {@link SetupException} when the run cannot start (nothing was
 * touched; CLI exit 2), a {@link RefusedException} when a safety guard stopped it (CLI exit 1), and
 * per-file {@link FileError}s inside the returned report when single files failed while the rest
 * went on ({@code successful()} is then false). Other {@link IOException}s mean the source or
 * target could not be read at all.
 *
 * @since 0.1.0
 */
public final class JellyPlex {
  private JellyPlex() {}

  /** Plans the mirror of {@code source} in {@code target} with default options. */
  public static Plan plan(Path source, Path target) throws IOException {
    return plan(source, target, SyncOptions.defaults());
  }

  /**
   * Plans the mirror of {@code source} in {@code target}; touches neither (target may be absent).
   */
  public static Plan plan(Path source, Path target, SyncOptions options) throws IOException {
    return Engine.standard().plan(source, target, options);
  }

  /** Syncs with the given options. */
  public static SyncReport sync(Path source, Path target, SyncOptions options) throws IOException {
    return sync(source, target, options, SyncListener.NONE);
  }

  /** Syncs with default options (hardlinks, no deletion). */
  public static SyncReport sync(Path source, Path target) throws IOException {
    return sync(source, target, SyncOptions.defaults());
  }

  /** Syncs, reporting progress to {@code listener}. */
  public static SyncReport sync(
      Path source, Path target, SyncOptions options, SyncListener listener) throws IOException {
    return Engine.standard().sync(source, target, options, listener);
  }

  /** Realizes an existing plan (see {@link #plan}); the options' formats are ignored. */
  public static SyncReport realize(Plan plan, SyncOptions options, SyncListener listener)
      throws IOException {
    return Engine.standard().realize(plan, options, listener);
  }

  /** Compares with default options (hardlink semantics). */
  public static DiffReport diff(Path source, Path target) throws IOException {
    return diff(source, target, SyncOptions.defaults());
  }

  /** Compares read-only; the materializer decides what "same file" means. */
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

  /** Imports loose video files from {@code staging} into {@code target}. */
  public static ImportReport importFiles(
      Path staging, Path target, ImportOptions options, SyncListener listener) throws IOException {
    return Engine.standard().importFiles(staging, target, options, listener);
  }
}

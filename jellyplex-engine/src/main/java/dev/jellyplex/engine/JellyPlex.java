package dev.jellyplex.engine;

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

  /** Imports loose video files from {@code staging} into {@code target}. */
  public static ImportReport importFiles(
      Path staging, Path target, ImportOptions options, SyncListener listener) throws IOException {
    return Engine.standard().importFiles(staging, target, options, listener);
  }
}

package dev.jellyplex.watch;

import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.SyncListener;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.engine.SyncReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Applies one batch: reconciles and realizes the given source entries (names at the top of the
 * source), or the whole library when {@code folders} is empty.
 *
 * <p>The seam for the engine's per-folder reconcile: until the engine can reconcile a given set of
 * movie folders, {@link #wholeLibrary} syncs the whole library for every batch, which gives the
 * same result (a sync touches only what differs) at the cost of reading every folder.
 */
interface BatchApplier {
  SyncReport apply(Set<String> folders, SyncListener listener) throws IOException;

  /** Every batch is a full {@link JellyPlex#sync}. */
  static BatchApplier wholeLibrary(Path source, Path target, SyncOptions options) {
    return (folders, listener) -> JellyPlex.sync(source, target, options, listener);
  }
}

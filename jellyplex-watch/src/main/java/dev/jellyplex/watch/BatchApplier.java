package dev.jellyplex.watch;

import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.SyncListener;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.engine.SyncReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * Applies one batch: reconciles and realizes the given source entries (names at the top of the
 * source), or the whole library when {@code folders} is empty. A seam: tests wrap it to act while a
 * batch runs.
 */
interface BatchApplier {
  SyncReport apply(Set<String> folders, SyncListener listener) throws IOException;

  /**
   * The engine: a changes batch syncs only its movie folders ({@link JellyPlex#sync(Path, Path,
   * SyncOptions, java.util.Collection, SyncListener)}), with the same rules as a whole sync and the
   * formats the last whole sync detected; an initial or full batch, and a batch that names a file
   * at the top of the source (a movie that is a single video at the library root), syncs the whole
   * library.
   */
  static BatchApplier engine(Path source, Path target, SyncOptions options) {
    return new BatchApplier() {
      private SyncOptions detected = options;

      @Override
      public SyncReport apply(Set<String> folders, SyncListener listener) throws IOException {
        boolean folderwise = !folders.isEmpty() && detected.sourceFormat().isPresent();
        for (String name : folders) {
          Path p = source.resolve(name);
          folderwise &=
              Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                  || !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        }
        if (folderwise) {
          try {
            return JellyPlex.sync(source, target, detected, folders, listener);
          } catch (IllegalArgumentException notAMovieFolderName) {
            // e.g. a NAS system folder: only a whole sync knows what to make of it
          }
        }
        SyncReport whole = JellyPlex.sync(source, target, options, listener);
        // A few folders may not tell the format (or none, when they are gone): keep what the
        // whole library told.
        detected =
            options
                .withSourceFormat(whole.plan().sourceFormat())
                .withTargetFormat(whole.plan().targetFormat());
        return whole;
      }
    };
  }
}

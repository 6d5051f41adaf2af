package dev.jellyplex.formats;

import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.TranslationLoss;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the translation of one movie folder collects while its steps run (classification, video
 * naming, sidecars): file mappings, losses and ignored entries.
 */
final class FolderOutput {
  /** The source folder's name; ignored entries are reported under it. */
  final String folder;

  final Set<TranslationLoss> losses = new LinkedHashSet<>();
  final List<IgnoredEntry> ignored = new ArrayList<>();
  final List<FileMapping> mappings = new ArrayList<>();
  private final Set<String> ignoredPaths = new LinkedHashSet<>();

  FolderOutput(String folder) {
    this.folder = folder;
  }

  /** Lists a file of the folder (path relative to it) as ignored, once. */
  void ignore(String relativePath, String reason) {
    String path = folder + "/" + relativePath;
    if (ignoredPaths.add(path)) {
      ignored.add(IgnoredEntry.of(path, reason));
    }
  }

  /** Where a video's sidecars go: the video's new stem, or nowhere when it is not synced. */
  record StemTarget(@Nullable String stem, @Nullable String disambiguation) {}
}

package dev.jellyplex.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Source movie folders that map to one target folder; none of them is synced.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface FolderClash {
  /** The target folder name they all map to. */
  @Value.Parameter
  String targetFolder();

  /** The source folder names, sorted. */
  @Value.Parameter
  List<String> sourceFolders();

  /** Creates a clash. */
  static FolderClash of(String targetFolder, List<String> sourceFolders) {
    return ImmutableFolderClash.of(targetFolder, sourceFolders);
  }
}

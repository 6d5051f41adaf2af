package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.model.FolderClash;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Everything a sync will do, computed from the source listing alone: an immutable value that can be
 * inspected, compared and serialised. Planning twice gives equal plans.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Plan {
  /** The source library root, as given. */
  Path source();

  /** The target library root, as given. */
  Path target();

  /** The source format (given or detected). */
  FormatId sourceFormat();

  /** The target format (given or the other one). */
  FormatId targetFormat();

  /** Movies to sync, sorted by target folder. Movies in a folder clash are not here. */
  List<PlannedMovie> movies();

  /**
   * Collection folders (genre, franchise or owner folders that hold movie folders) and folders of
   * several movies ({@code Alien Anthology}), by path relative to both library roots ({@code
   * /}-separated), in path order, so a parent comes before its children. Each is mirrored under its
   * own name (naming contract 8); the value is its loose files, copied as they are, with paths
   * relative to the folder, sorted by target. The movies inside it are {@link PlannedMovie}s of
   * their own.
   *
   * @since 0.1.0
   */
  Map<String, List<FileMapping>> collections();

  /** Source folders that map to one target folder; none of them is synced. */
  List<FolderClash> folderClashes();

  /** Videos within a movie that still collide after disambiguation; not synced. */
  List<VideoClash> movieClashes();

  /** Distinct translation losses, in a stable order. */
  List<TranslationLoss> losses();

  /** Source entries that are not synced (root files, folders that are not movies, ...). */
  List<IgnoredEntry> ignored();

  /** Movies that cannot be written at all (e.g. names over 255 bytes), with the reason. */
  List<FileError> errors();

  /**
   * Target folder names of source movies that could not be read: a sync never treats them as
   * strays, so an unreadable source folder never deletes its mirror.
   */
  List<String> protectedTargetFolders();

  /**
   * Source entries an exclude pattern matched, not mirrored (as if absent): relative to the source
   * root, {@code /}-separated, sorted; an excluded folder stands for everything in it.
   *
   * @since 0.1.0
   */
  List<String> excluded();
}

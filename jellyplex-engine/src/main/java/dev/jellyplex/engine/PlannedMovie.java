package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.model.Movie;
import java.util.List;
import org.immutables.value.Value;

/**
 * One movie of a plan: its source folder, its target folder and every file mapping.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface PlannedMovie {
  /** The source folder name. */
  String sourceFolder();

  /** The target folder name. */
  String targetFolder();

  /** The movie read from the source folder name. */
  Movie movie();

  /** Every file to materialize, sorted by target path. */
  List<FileMapping> files();
}

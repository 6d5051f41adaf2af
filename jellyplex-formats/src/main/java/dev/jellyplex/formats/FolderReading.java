package dev.jellyplex.formats;

import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a format reads from a movie folder name: the movie, or nothing when the name is not one. */
@Value.Immutable
interface FolderReading {
  /** The movie; empty when the name does not read as a movie. */
  @Value.Parameter
  Optional<Movie> movie();

  /** What the model cannot hold of the name (labels and text after the year), in order. */
  @Value.Parameter
  List<TranslationLoss> losses();

  /** Creates a reading. */
  static FolderReading of(Optional<Movie> movie, List<TranslationLoss> losses) {
    return ImmutableFolderReading.of(movie, losses);
  }
}

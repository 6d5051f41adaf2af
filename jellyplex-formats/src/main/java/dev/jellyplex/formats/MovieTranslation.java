package dev.jellyplex.formats;

import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one source movie folder is written in the target format: the output of {@link
 * LibraryTranslator#translate}.
 *
 * <p>Exactly one of three states: a movie to sync ({@link #targetFolder()} present, {@link
 * #error()} empty), a folder that is not a movie ({@link #movie()} empty; the folder itself is in
 * {@link #ignored()}), or a movie that cannot be written ({@link #error()} present, e.g. a name
 * over 255 bytes).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface MovieTranslation {
  /** The source folder name. */
  String sourceFolder();

  /** The movie read from the folder name; empty when the folder is not a movie. */
  Optional<Movie> movie();

  /** The target folder name; empty when the folder is ignored or in error. */
  Optional<String> targetFolder();

  /**
   * Every file to materialize, sorted by target path. Videos in an unresolved clash are left out
   * (they are in {@link #clashes()}).
   */
  List<FileMapping> files();

  /** Distinct losses of this folder, in the order first seen. */
  List<TranslationLoss> losses();

  /** Entries of this folder that are not synced, with paths relative to the library root. */
  List<IgnoredEntry> ignored();

  /** Videos that still collide after disambiguation; not synced. */
  List<VideoClash> clashes();

  /**
   * Why the whole movie cannot be written; skipped if present. Starts with a short word and a
   * colon: {@code name_too_long:} (a target name over 255 bytes in UTF-8), {@code unreadable_name:}
   * (the target format would not read the folder name as a movie) or {@code internal_error:}.
   */
  Optional<String> error();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MovieTranslation} values. */
  final class Builder extends ImmutableMovieTranslation.Builder {
    Builder() {}
  }
}

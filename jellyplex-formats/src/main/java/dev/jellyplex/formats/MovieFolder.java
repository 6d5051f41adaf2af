package dev.jellyplex.formats;

import java.util.List;
import org.immutables.value.Value;

/**
 * The names found in one source movie folder: the input of {@link LibraryTranslator#translate}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface MovieFolder {
  /** The folder's own name, e.g. {@code Heat (1995) {imdb-tt0113277}}. */
  @Value.Parameter
  String name();

  /**
   * Every regular file below the folder, as a path relative to it, {@code /}-separated, e.g. {@code
   * Heat (1995).mkv} or {@code Trailers/Teaser.mkv}; in any order.
   */
  @Value.Parameter
  List<String> files();

  /** Creates a folder listing. */
  static MovieFolder of(String name, List<String> files) {
    return ImmutableMovieFolder.of(name, files);
  }
}

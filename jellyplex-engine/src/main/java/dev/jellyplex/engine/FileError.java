package dev.jellyplex.engine;

import java.nio.file.Path;
import org.immutables.value.Value;

/**
 * A per-file (or per-movie) failure; the run goes on and ends unsuccessful.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface FileError {
  /** The path concerned. */
  @Value.Parameter
  Path path();

  /** What went wrong and, where there is one, the fix. */
  @Value.Parameter
  String reason();

  /** Creates an error. */
  static FileError of(Path path, String reason) {
    return ImmutableFileError.of(path, reason);
  }
}

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
  /**
   * What kind of failure an error is, for callers that decide by it (e.g. {@code diff}'s exit
   * code): the reason's words are for people.
   *
   * @since 0.1.0
   */
  enum Kind {
    /** Something could not be read (a folder, a file that vanished, a name not valid UTF-8). */
    UNREADABLE,
    /** A movie is not written because of its names (a name too long, names that clash). */
    SKIPPED,
    /** Something in the target is in the way (a file where a folder belongs, other content). */
    IN_THE_WAY,
    /** A write failed. */
    WRITE_FAILED
  }

  /** The path concerned. */
  @Value.Parameter
  Path path();

  /** What went wrong and, where there is one, the fix. */
  @Value.Parameter
  String reason();

  /** What kind of failure this is. */
  @Value.Default
  default Kind kind() {
    return Kind.WRITE_FAILED;
  }

  /**
   * Creates an error of kind {@link Kind#WRITE_FAILED}.
   *
   * @since 0.1.0
   */
  static FileError of(Path path, String reason) {
    return ImmutableFileError.of(path, reason);
  }

  /**
   * Creates an error of the given kind.
   *
   * @since 0.1.0
   */
  static FileError of(Kind kind, Path path, String reason) {
    return ImmutableFileError.builder().path(path).reason(reason).kind(kind).build();
  }
}

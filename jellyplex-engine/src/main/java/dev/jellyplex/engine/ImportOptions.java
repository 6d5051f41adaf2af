package dev.jellyplex.engine;

import dev.jellyplex.model.FormatId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to import loose video files into a one-folder-per-movie library.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ImportOptions extends WithImportOptions {
  /** The format the loose names are in; empty means detect it. */
  Optional<FormatId> sourceFormat();

  /** The format of the target library; empty means detect it from the target, else Plex. */
  Optional<FormatId> targetFormat();

  /** {@link Materializer#MOVE} (default) or {@link Materializer#COPY}. */
  @Value.Default
  default Materializer materializer() {
    return Materializer.MOVE;
  }

  /** Record what would happen without touching the disk. */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  /** Create a missing target root. */
  @Value.Default
  default boolean create() {
    return false;
  }

  /**
   * Rejects, when the options are built, a materializer an import cannot use: only {@link
   * Materializer#MOVE} and {@link Materializer#COPY} never overwrite.
   *
   * @throws IllegalArgumentException naming the option and the values it takes
   */
  @Value.Check
  default void check() {
    if (materializer() != Materializer.MOVE && materializer() != Materializer.COPY) {
      throw new IllegalArgumentException(
          "materializer "
              + materializer()
              + " cannot import; an import takes MOVE or COPY (it never overwrites)");
    }
  }

  /**
   * Move, formats detected.
   *
   * @since 0.1.0
   */
  static ImportOptions defaults() {
    return builder().build();
  }

  /**
   * Starts a builder; {@code build()} checks the options (see {@link #check()}).
   *
   * @since 0.1.0
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ImportOptions} values.
   *
   * @since 0.1.0
   */
  final class Builder extends ImmutableImportOptions.Builder {
    Builder() {}
  }
}

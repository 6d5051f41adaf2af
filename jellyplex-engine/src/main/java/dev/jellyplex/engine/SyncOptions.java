package dev.jellyplex.engine;

import dev.jellyplex.model.FormatId;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How to sync: formats, materializer and safety switches. Immutable; start from {@link
 * #defaults()}.
 *
 * <pre>{@code
 * SyncOptions o = SyncOptions.defaults().withDelete(true).withMaterializer(Materializer.COPY);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface SyncOptions extends WithSyncOptions {
  /** The source format; empty means detect it. */
  Optional<FormatId> sourceFormat();

  /** The target format; empty means the other format than the source. */
  Optional<FormatId> targetFormat();

  /** How files are put into the target. */
  @Value.Default
  default Materializer materializer() {
    return Materializer.HARDLINK;
  }

  /** Remove strays from the target. */
  @Value.Default
  default boolean delete() {
    return false;
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

  /** Refuse to remove more than this many entries. */
  OptionalInt maxDelete();

  /**
   * Rejects what no sync can use, when the options are built: a negative {@link #maxDelete()} and
   * {@link Materializer#MOVE} (import only).
   *
   * @throws IllegalArgumentException naming the option and the values it takes
   */
  @Value.Check
  default void check() {
    if (maxDelete().isPresent() && maxDelete().getAsInt() < 0) {
      throw new IllegalArgumentException(
          "maxDelete must be 0 or more, got " + maxDelete().getAsInt());
    }
    if (materializer() == Materializer.MOVE) {
      throw new IllegalArgumentException(
          "materializer MOVE is for ImportOptions only; a sync takes HARDLINK, COPY or"
              + " FORCE_COPY");
    }
  }

  /**
   * Hardlink mirror, no deletion, formats detected.
   *
   * @since 0.1.0
   */
  static SyncOptions defaults() {
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
   * Builds {@link SyncOptions} values.
   *
   * @since 0.1.0
   */
  final class Builder extends ImmutableSyncOptions.Builder {
    Builder() {}
  }
}

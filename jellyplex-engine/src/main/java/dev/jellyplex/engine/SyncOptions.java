package dev.jellyplex.engine;

import dev.jellyplex.model.FormatId;
import java.util.List;
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

  /**
   * Refuse to remove more than this many files (a removed folder counts the files in it). Without
   * any of {@link #maxDelete()}, {@link #maxDeletePercent()} and {@link #maxDeleteAll()} the
   * default bound holds: a run that would remove more than half of the target's movie folders (and
   * more than 3) is refused.
   */
  OptionalInt maxDelete();

  /**
   * Refuse to remove more than this share (0 to 100 percent) of the target's files.
   *
   * @since 0.1.0
   */
  OptionalInt maxDeletePercent();

  /**
   * Remove whatever deletion finds, without the default bound.
   *
   * @since 0.1.0
   */
  @Value.Default
  default boolean maxDeleteAll() {
    return false;
  }

  /**
   * Source paths not to mirror, as if absent (behaviour contract 2.1): globs matched against paths
   * relative to the source root, {@code /}-separated, case-sensitive. Only {@code *} (not across
   * {@code /}), {@code **} (across {@code /}, also none) and {@code ?} are wildcards; {@code [ ] {
   * }} stand for themselves. A pattern without {@code /} matches the last name at any depth; one
   * ending in {@code /} matches folders only. An excluded folder excludes everything in it; what
   * the target holds for an excluded entry is a stray.
   *
   * <pre>{@code
   * SyncOptions.builder().addExclude("Kids/", "*.nfo", "Heat (1995) {imdb-tt0113277}/").build();
   * }</pre>
   *
   * @since 0.1.0
   */
  List<String> exclude();

  /**
   * Target paths never removed, replaced or reported as strays (like rsync's protect filter): globs
   * as in {@link #exclude()}, matched against the written names relative to the target root. A kept
   * folder keeps everything in it.
   *
   * @since 0.1.0
   */
  List<String> keep();

  /**
   * Keep what a Jellyfin target's server writes itself next to a video: a {@code <video
   * stem>.trickplay} folder whose video is planned (an orphaned one is a stray). On by default; no
   * effect on other target formats.
   *
   * @since 0.1.0
   */
  @Value.Default
  default boolean defaultKeep() {
    return true;
  }

  /**
   * Rejects what no sync can use, when the options are built: a negative {@link #maxDelete()} and
   * {@link Materializer#MOVE} (import only), and {@link #exclude()} or {@link #keep()} patterns
   * that can match nothing (empty, {@code a//b}, {@code ..}).
   *
   * @throws IllegalArgumentException naming the option and the values it takes
   */
  @Value.Check
  default void check() {
    if (maxDelete().isPresent() && maxDelete().getAsInt() < 0) {
      throw new IllegalArgumentException(
          "maxDelete must be 0 or more, got " + maxDelete().getAsInt());
    }
    if (maxDeletePercent().isPresent()
        && (maxDeletePercent().getAsInt() < 0 || maxDeletePercent().getAsInt() > 100)) {
      throw new IllegalArgumentException(
          "maxDeletePercent must be 0 to 100, got " + maxDeletePercent().getAsInt());
    }
    int bounds =
        (maxDelete().isPresent() ? 1 : 0)
            + (maxDeletePercent().isPresent() ? 1 : 0)
            + (maxDeleteAll() ? 1 : 0);
    if (bounds > 1) {
      throw new IllegalArgumentException(
          "give at most one of maxDelete, maxDeletePercent and maxDeleteAll");
    }
    PathGlobs.of(exclude());
    PathGlobs.of(keep());
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

package dev.jellyplex.engine;

import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One per-file action of a sync or import.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Event {
  /** What was done. */
  Action action();

  /** The target path (absolute, under the target root). */
  Path target();

  /** The source path, for links, replaces, skips and renames. */
  Optional<Path> source();

  /** For removes: where the stray was. */
  Optional<StrayLevel> context();

  /** For renames: where the renamed file was before (a stray of the same file). */
  Optional<Path> previous();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Event} values. */
  final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}

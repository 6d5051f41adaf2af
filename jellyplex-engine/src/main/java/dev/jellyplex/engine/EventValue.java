package dev.jellyplex.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The engine's implementations of {@link Event}: equal, hashed and printed by their attribute
 * values alone, so an event built by {@link Event#builder()} equals one a sync recorded.
 */
abstract class EventValue implements Event {
  private EventValue() {}

  @Override
  public final Optional<Path> source() {
    return Optional.ofNullable(sourceOrNull());
  }

  @Override
  public final Optional<StrayLevel> context() {
    return Optional.ofNullable(contextOrNull());
  }

  @Override
  public final Optional<Path> previous() {
    return Optional.ofNullable(previousOrNull());
  }

  abstract @Nullable Path sourceOrNull();

  abstract @Nullable StrayLevel contextOrNull();

  abstract @Nullable Path previousOrNull();

  @Override
  public final boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof EventValue o)) {
      return false;
    }
    return action() == o.action()
        && Objects.equals(contextOrNull(), o.contextOrNull())
        && target().equals(o.target())
        && Objects.equals(sourceOrNull(), o.sourceOrNull())
        && Objects.equals(previousOrNull(), o.previousOrNull());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + action().hashCode();
    h += (h << 5) + target().hashCode();
    h += (h << 5) + Objects.hashCode(sourceOrNull());
    h += (h << 5) + Objects.hashCode(contextOrNull());
    h += (h << 5) + Objects.hashCode(previousOrNull());
    return h;
  }

  @Override
  public final String toString() {
    StringBuilder b = new StringBuilder("Event{action=").append(action());
    b.append(", target=").append(target());
    Path source = sourceOrNull();
    if (source != null) {
      b.append(", source=").append(source);
    }
    StrayLevel context = contextOrNull();
    if (context != null) {
      b.append(", context=").append(context);
    }
    Path previous = previousOrNull();
    if (previous != null) {
      b.append(", previous=").append(previous);
    }
    return b.append('}').toString();
  }

  /** An event that holds its paths (what {@link Event#builder()} makes). */
  static final class Built extends EventValue {
    private final Action action;
    private final Path target;
    private final @Nullable Path source;
    private final @Nullable StrayLevel context;
    private final @Nullable Path previous;

    Built(
        Action action,
        Path target,
        @Nullable Path source,
        @Nullable StrayLevel context,
        @Nullable Path previous) {
      this.action = action;
      this.target = target;
      this.source = source;
      this.context = context;
      this.previous = previous;
    }

    @Override
    public Action action() {
      return action;
    }

    @Override
    public Path target() {
      return target;
    }

    @Override
    @Nullable Path sourceOrNull() {
      return source;
    }

    @Override
    @Nullable StrayLevel contextOrNull() {
      return context;
    }

    @Override
    @Nullable Path previousOrNull() {
      return previous;
    }
  }

  /**
   * An event inside one movie folder: its paths are names relative to the movie's folders (shared
   * with the plan), resolved to {@link Path}s each time they are asked for. A sync records one
   * event per file; this keeps a few references per file instead of two absolute paths.
   */
  static final class InMovie extends EventValue {
    private final Action action;
    private final MovieDirs dirs;
    private final String target;
    private final @Nullable String source;
    private final @Nullable StrayLevel context;
    private final @Nullable String previous;

    /**
     * @param target relative to the target movie folder ({@code ""} is the folder itself)
     * @param source relative to the source movie folder
     * @param previous relative to the target movie folder
     */
    InMovie(
        Action action,
        MovieDirs dirs,
        String target,
        @Nullable String source,
        @Nullable StrayLevel context,
        @Nullable String previous) {
      this.action = action;
      this.dirs = dirs;
      this.target = target;
      this.source = source;
      this.context = context;
      this.previous = previous;
    }

    @Override
    public Action action() {
      return action;
    }

    @Override
    public Path target() {
      return dirs.target(target);
    }

    @Override
    @Nullable Path sourceOrNull() {
      return source == null ? null : dirs.source(source);
    }

    @Override
    @Nullable StrayLevel contextOrNull() {
      return context;
    }

    @Override
    @Nullable Path previousOrNull() {
      return previous == null ? null : dirs.target(previous);
    }
  }
}

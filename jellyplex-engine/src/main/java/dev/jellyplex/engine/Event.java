package dev.jellyplex.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One per-file action of a sync or import.
 *
 * <p>Events are values: two events are equal when their action, target, source, context and
 * previous path are equal, whatever built them.
 *
 * @since 0.1.0
 */
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

  /**
   * Builds {@link Event} values. {@code action} and {@code target} are required; {@code source},
   * {@code context} and {@code previous} are optional.
   */
  final class Builder {
    private @Nullable Action action;
    private @Nullable Path target;
    private @Nullable Path source;
    private @Nullable StrayLevel context;
    private @Nullable Path previous;

    Builder() {}

    /**
     * Fills this builder with the values of {@code instance}: action and target are replaced, an
     * absent optional value does not replace a present one.
     */
    public Builder from(Event instance) {
      Objects.requireNonNull(instance, "instance");
      action(instance.action());
      target(instance.target());
      Optional<Path> s = instance.source();
      if (s.isPresent()) {
        source(s);
      }
      Optional<StrayLevel> c = instance.context();
      if (c.isPresent()) {
        context(c);
      }
      Optional<Path> p = instance.previous();
      if (p.isPresent()) {
        previous(p);
      }
      return this;
    }

    /** Sets {@link Event#action()}. */
    public Builder action(Action action) {
      this.action = Objects.requireNonNull(action, "action");
      return this;
    }

    /** Sets {@link Event#target()}. */
    public Builder target(Path target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /** Sets {@link Event#source()}. */
    public Builder source(Path source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Sets {@link Event#source()}, or clears it when {@code source} is empty. */
    public Builder source(Optional<? extends Path> source) {
      this.source = source.orElse(null);
      return this;
    }

    /** Sets {@link Event#context()}. */
    public Builder context(StrayLevel context) {
      this.context = Objects.requireNonNull(context, "context");
      return this;
    }

    /** Sets {@link Event#context()}, or clears it when {@code context} is empty. */
    public Builder context(Optional<? extends StrayLevel> context) {
      this.context = context.orElse(null);
      return this;
    }

    /** Sets {@link Event#previous()}. */
    public Builder previous(Path previous) {
      this.previous = Objects.requireNonNull(previous, "previous");
      return this;
    }

    /** Sets {@link Event#previous()}, or clears it when {@code previous} is empty. */
    public Builder previous(Optional<? extends Path> previous) {
      this.previous = previous.orElse(null);
      return this;
    }

    /**
     * Builds the event.
     *
     * @throws IllegalStateException when the action or the target is not set
     */
    public Event build() {
      Action a = action;
      Path t = target;
      if (a == null || t == null) {
        List<String> missing = new ArrayList<>();
        if (a == null) {
          missing.add("action");
        }
        if (t == null) {
          missing.add("target");
        }
        throw new IllegalStateException(
            "Cannot build Event, some of required attributes are not set " + missing);
      }
      return new EventValue.Built(a, t, source, context, previous);
    }
  }
}

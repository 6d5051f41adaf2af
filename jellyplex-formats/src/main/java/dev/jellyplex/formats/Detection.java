package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of format detection: the format, or why it cannot be told.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Detection {
  /** The detected format, when it could be told. */
  Optional<FormatId> format();

  /** How many video names were looked at. */
  int sampled();

  /** A sentence for the user: what decided, or why it cannot be told. */
  String explanation();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Detection} values. */
  final class Builder extends ImmutableDetection.Builder {
    Builder() {}
  }
}

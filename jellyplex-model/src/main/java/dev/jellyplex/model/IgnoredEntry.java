package dev.jellyplex.model;

import org.immutables.value.Value;

/**
 * A source entry the scanner could not classify; listed, never copied, never deleted.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface IgnoredEntry {
  /** The path relative to the library root, {@code /}-separated. */
  @Value.Parameter
  String relativePath();

  /** Why it was ignored, in a few words. */
  @Value.Parameter
  String reason();

  /** The last segment of the path. */
  default String name() {
    String p = relativePath();
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** Creates an entry. */
  static IgnoredEntry of(String relativePath, String reason) {
    return ImmutableIgnoredEntry.of(relativePath, reason);
  }
}

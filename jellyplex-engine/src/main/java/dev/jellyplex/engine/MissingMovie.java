package dev.jellyplex.engine;

import org.immutables.value.Value;

/**
 * A source movie whose target folder does not exist.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface MissingMovie {
  /** The source folder name. */
  @Value.Parameter
  String sourceFolder();

  /** The target folder name the plan expects. */
  @Value.Parameter
  String expectedTarget();

  /** Creates a value. */
  static MissingMovie of(String sourceFolder, String expectedTarget) {
    return ImmutableMissingMovie.of(sourceFolder, expectedTarget);
  }
}

package dev.jellyplex.engine;

import java.util.List;
import org.immutables.value.Value;

/**
 * A movie present on both sides whose files differ.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface MovieDifference {
  /** The target movie folder name. */
  String targetMovieName();

  /** Files the plan expects that the target lacks (target-relative names). */
  List<String> onlyInSource();

  /** Files in the target the plan does not produce. */
  List<String> onlyInTarget();

  /** Files on both sides that are not the same file (hardlink) or differ in size/mtime (copy). */
  List<String> notSameFile();
}

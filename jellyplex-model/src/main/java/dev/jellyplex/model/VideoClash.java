package dev.jellyplex.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Videos of one movie that would get the same target name even after disambiguation.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface VideoClash {
  /** The target movie folder name. */
  @Value.Parameter
  String movieFolder();

  /** The target file name they all map to. */
  @Value.Parameter
  String targetFileName();

  /** The source file names, sorted. */
  @Value.Parameter
  List<String> sourceFileNames();

  /** Creates a clash. */
  static VideoClash of(String movieFolder, String targetFileName, List<String> sourceFileNames) {
    return ImmutableVideoClash.of(movieFolder, targetFileName, sourceFileNames);
  }
}

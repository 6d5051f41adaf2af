package dev.jellyplex.formats;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source file and the name it gets in the target movie folder.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface FileMapping {
  /** The source path relative to the source movie folder, {@code /}-separated. */
  String source();

  /** The target path relative to the target movie folder, {@code /}-separated. */
  String target();

  /** What the file is. */
  FileRole role();

  /**
   * For a video that carries a hash to tell it from another (read from its name or added for a
   * clash), the hash (8 hex digits); also set on the sidecars that follow it, and on a file of two
   * merged extras folders that needed one.
   */
  Optional<String> disambiguation();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A mapping without disambiguation. */
  static FileMapping of(String source, String target, FileRole role) {
    return builder().source(source).target(target).role(role).build();
  }

  /** Builds {@link FileMapping} values. */
  final class Builder extends ImmutableFileMapping.Builder {
    Builder() {}
  }
}

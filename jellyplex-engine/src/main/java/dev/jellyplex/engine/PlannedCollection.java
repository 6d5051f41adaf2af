package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import java.util.List;
import org.immutables.value.Value;

/**
 * A collection folder of a plan ({@code Action}, {@code Kids/Animation}) or a folder of several
 * movies ({@code Alien Anthology}): mirrored under its own name, its loose files copied as they are
 * (naming contract 8). The movies inside it are {@link PlannedMovie}s of their own.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface PlannedCollection {
  /** The folder's path relative to both library roots, {@code /}-separated. */
  String path();

  /** The loose files in it, paths relative to it, sorted by target. */
  List<FileMapping> files();
}

package dev.jellyplex.notify;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One changed movie folder of the target library, as the local machine sees it (path maps turn it
 * into the server's path).
 *
 * @since 0.1.0
 */
public final class FolderChange {
  private final Path folder;
  private final ChangeType type;

  private FolderChange(Path folder, ChangeType type) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** A change of {@code folder} (an absolute path is best: servers know absolute paths only). */
  public static FolderChange of(Path folder, ChangeType type) {
    return new FolderChange(folder, type);
  }

  /** The movie folder. */
  public Path folder() {
    return folder;
  }

  /** How it changed. */
  public ChangeType type() {
    return type;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FolderChange c && c.folder.equals(folder) && c.type == type;
  }

  @Override
  public int hashCode() {
    return folder.hashCode() * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return type.apiName() + " " + folder;
  }
}

package dev.jellyplex.demo;

import org.immutables.value.Value;

/**
 * What {@link DemoLibrary#generate} wrote: counts of movies, files, folders and bytes.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface DemoSummary {
  /** Movie folders written. */
  int movies();

  /** Regular files written (videos, sidecars, extras, hidden files). */
  long files();

  /** Folders written below the root (movie folders and their subfolders; not the root itself). */
  long folders();

  /** Total size of the files written, in bytes (their logical size; sparse files count fully). */
  long bytes();
}

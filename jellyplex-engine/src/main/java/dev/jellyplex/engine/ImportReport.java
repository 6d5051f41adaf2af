package dev.jellyplex.engine;

import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.TranslationLoss;
import java.nio.file.Path;
import java.util.List;
import org.immutables.value.Value;

/**
 * What an import did (or would do).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ImportReport {
  /** The staging folder. */
  Path source();

  /** The target library root. */
  Path target();

  /** The format the loose names were read in. */
  FormatId sourceFormat();

  /** The target library's format. */
  FormatId targetFormat();

  /** Whether this was a dry run. */
  boolean dryRun();

  /** Number of distinct movies the files were grouped into. */
  int movies();

  /** Every per-file event. */
  List<Event> events();

  /** Files that were not imported (not videos, names that do not read as movies, ...). */
  List<IgnoredEntry> ignored();

  /** Distinct translation losses. */
  List<TranslationLoss> losses();

  /** Per-file errors (e.g. the target name exists with other content). */
  List<FileError> errors();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImportReport} values. */
  final class Builder extends ImmutableImportReport.Builder {
    Builder() {}
  }
}

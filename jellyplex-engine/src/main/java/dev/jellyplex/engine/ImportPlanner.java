package dev.jellyplex.engine;

import dev.jellyplex.formats.Detection;
import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.formats.FileRole;
import dev.jellyplex.formats.LibraryTranslator;
import dev.jellyplex.formats.MovieTranslation;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Plans an import: lists a staging folder (hidden names ignored), keeps its video files, reads each
 * loose name and groups the files by the movie folder they belong in. The result is an ordinary
 * {@link Plan} whose source is the staging folder (each planned file's source is its path below
 * it), so an import is reconciled and applied like a sync. Reads only.
 */
final class ImportPlanner {
  /** Video names looked at at most to detect the target library's format. */
  private static final int DETECTION_SAMPLE = 500;

  /** Makes the translator of two formats, or says why it cannot. */
  interface Translators {
    LibraryTranslator of(FormatId source, FormatId target) throws SetupException;
  }

  /**
   * An import's plan, and the staged files that are not in it because several of them map to one
   * target name (none of them is imported).
   */
  record Planned(Plan plan, List<FileError> conflicts) {}

  private ImportPlanner() {}

  static Planned plan(
      Naming naming, Translators translators, Path staging, Path target, ImportOptions options)
      throws IOException {
    SortedMap<String, Entry> staged = new TreeMap<>();
    List<IgnoredEntry> ignored = new ArrayList<>();
    walk(staging, "", staged, ignored);
    List<String> videos = new ArrayList<>();
    for (var e : staged.entrySet()) {
      if (naming.isVideoFileName(Scanner.lastSegment(e.getKey()))) {
        videos.add(e.getKey());
      } else {
        ignored.add(IgnoredEntry.of(e.getKey(), "not a video file"));
      }
    }

    FormatId tgt =
        options.targetFormat().isPresent()
            ? options.targetFormat().get()
            : detectTarget(naming, target).orElse(FormatId.PLEX);
    FormatId src;
    if (options.sourceFormat().isPresent()) {
      src = options.sourceFormat().get();
    } else {
      // Loose names often carry no hint either way; they then read the same in both formats.
      Detection d = naming.detect(videos.stream().map(Scanner::lastSegment).iterator());
      src = d.format().orElse(tgt);
    }
    LibraryTranslator translator = translators.of(src, tgt);

    // target path relative to the library root -> staged files
    Map<String, List<String>> byTarget = new TreeMap<>();
    Map<String, Movie> movieOf = new TreeMap<>();
    Set<TranslationLoss> losses = new LinkedHashSet<>();
    List<FileError> errors = new ArrayList<>();
    for (String rel : videos) {
      MovieTranslation t;
      try {
        t = translator.translateLoose(Scanner.lastSegment(rel));
      } catch (RuntimeException e) {
        errors.add(
            FileError.of(
                FileError.Kind.SKIPPED,
                Scanner.resolve(staging, rel),
                "cannot read the name: " + e));
        continue;
      }
      if (t.error().isPresent()) {
        errors.add(
            FileError.of(FileError.Kind.SKIPPED, Scanner.resolve(staging, rel), t.error().get()));
        continue;
      }
      if (t.movie().isEmpty() || t.targetFolder().isEmpty() || t.files().isEmpty()) {
        ignored.add(IgnoredEntry.of(rel, "name does not read as a movie"));
        continue;
      }
      losses.addAll(t.losses());
      String folder = t.targetFolder().get();
      movieOf.putIfAbsent(folder, t.movie().get());
      String dest = folder + "/" + t.files().get(0).target();
      byTarget.computeIfAbsent(dest, k -> new ArrayList<>()).add(rel);
    }

    Map<String, List<FileMapping>> files = new LinkedHashMap<>();
    List<FileError> conflicts = new ArrayList<>();
    for (var e : byTarget.entrySet()) {
      String dest = e.getKey();
      if (e.getValue().size() > 1) {
        for (String rel : e.getValue()) {
          conflicts.add(
              FileError.of(
                  FileError.Kind.SKIPPED,
                  Scanner.resolve(staging, rel),
                  "several staged files map to " + dest + "; none of them was imported"));
        }
        continue;
      }
      String folder = Scanner.parent(dest);
      files
          .computeIfAbsent(folder, k -> new ArrayList<>())
          .add(FileMapping.of(e.getValue().get(0), Scanner.lastSegment(dest), FileRole.VIDEO));
    }
    ImmutablePlan.Builder plan =
        ImmutablePlan.builder()
            .source(staging)
            .target(target)
            .sourceFormat(src)
            .targetFormat(tgt)
            .losses(losses)
            .errors(errors)
            .ignored(
                ignored.stream()
                    .sorted(
                        Comparator.comparing(IgnoredEntry::relativePath)
                            .thenComparing(IgnoredEntry::reason))
                    .toList());
    for (var e : files.entrySet()) {
      plan.addMovies(
          ImmutablePlannedMovie.builder()
              .sourceFolder("")
              .targetFolder(e.getKey())
              .movie(movieOf.get(e.getKey()))
              .files(e.getValue())
              .build());
    }
    return new Planned(plan.build(), List.copyOf(conflicts));
  }

  private static void walk(
      Path dir, String prefix, SortedMap<String, Entry> files, List<IgnoredEntry> ignored)
      throws IOException {
    FileTable listed = Scanner.table(dir);
    for (int i = 0; i < listed.size(); i++) {
      String name = listed.name(i);
      String rel = prefix + name;
      Entry entry = listed.entry(i);
      if (Scanner.isOwnName(name)) {
        continue;
      }
      if (Scanner.isHiddenOrSystem(name)) {
        ignored.add(IgnoredEntry.of(rel, entry.isDirectory() ? "hidden folder" : "hidden file"));
      } else if (entry.isDirectory()) {
        walk(dir.resolve(name), rel + "/", files, ignored);
      } else if (entry.isFile()) {
        files.put(rel, entry);
      } else {
        ignored.add(IgnoredEntry.of(rel, "not a regular file"));
      }
    }
  }

  /** The format of an existing target library, from a sample of its video names. */
  private static java.util.Optional<FormatId> detectTarget(Naming naming, Path target)
      throws IOException {
    if (!Files.isDirectory(target)) {
      return java.util.Optional.empty();
    }
    List<String> names = new ArrayList<>();
    FileTable folders = Scanner.table(target);
    for (int i = 0; i < folders.size(); i++) {
      if (names.size() >= DETECTION_SAMPLE) {
        break;
      }
      String folder = folders.name(i);
      if (!folders.entry(i).isDirectory() || Scanner.isHiddenOrSystem(folder)) {
        continue;
      }
      for (String name : Scanner.table(target.resolve(folder)).names()) {
        if (naming.isVideoFileName(name)) {
          names.add(name);
        }
      }
    }
    if (names.isEmpty()) {
      return java.util.Optional.empty();
    }
    return naming.detect(names.iterator()).format();
  }
}

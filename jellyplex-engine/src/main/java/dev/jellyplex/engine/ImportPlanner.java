package dev.jellyplex.engine;

import dev.jellyplex.formats.Detection;
import dev.jellyplex.formats.FileMapping;
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
import org.jspecify.annotations.Nullable;

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
    List<String> others = new ArrayList<>();
    for (var e : staged.entrySet()) {
      if (naming.isVideoFileName(Scanner.lastSegment(e.getKey()))) {
        videos.add(e.getKey());
      } else {
        others.add(e.getKey());
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

    // Pass 1: which videos are movies at all (a sample, a trailer, a name without a year is not).
    Map<String, MovieTranslation> alone = new LinkedHashMap<>();
    Set<TranslationLoss> losses = new LinkedHashSet<>();
    List<FileError> errors = new ArrayList<>();
    for (String rel : videos) {
      MovieTranslation t = read(translator, staging, rel, List.of(), errors);
      if (t == null) {
        continue;
      }
      if (t.movie().isEmpty() || t.targetFolder().isEmpty() || t.files().isEmpty()) {
        String reason =
            t.ignored().isEmpty() ? "name does not read as a movie" : t.ignored().get(0).reason();
        ignored.add(IgnoredEntry.of(rel, reason));
        continue;
      }
      alone.put(rel, t);
    }
    // Pass 2: the files that go with each of them (sidecars, a release folder's Subs).
    ReleaseFiles.Assignment assignment =
        ReleaseFiles.assign(new ArrayList<>(alone.keySet()), others);
    ignored.addAll(assignment.ignored());

    // target path relative to the library root -> staged files
    Map<String, List<String>> byTarget = new TreeMap<>();
    Map<String, FileMapping> mappingOf = new TreeMap<>();
    Map<String, Movie> movieOf = new TreeMap<>();
    for (var e : alone.entrySet()) {
      String rel = e.getKey();
      List<String> with = assignment.companions().getOrDefault(rel, List.of());
      MovieTranslation t =
          with.isEmpty() ? e.getValue() : read(translator, staging, rel, with, errors);
      if (t == null || t.movie().isEmpty() || t.targetFolder().isEmpty()) {
        continue;
      }
      losses.addAll(t.losses());
      String folder = t.targetFolder().get();
      movieOf.putIfAbsent(folder, t.movie().get());
      String dir = Scanner.parent(rel);
      for (FileMapping m : t.files()) {
        String from = dir.isEmpty() ? m.source() : dir + "/" + m.source();
        String dest = folder + "/" + m.target();
        byTarget.computeIfAbsent(dest, k -> new ArrayList<>()).add(from);
        mappingOf.put(dest, m);
      }
      for (IgnoredEntry i : t.ignored()) {
        ignored.add(
            IgnoredEntry.of(
                dir.isEmpty() ? i.relativePath() : dir + "/" + i.relativePath(), i.reason()));
      }
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
      String folder = movieFolderOf(dest, movieOf);
      FileMapping m = java.util.Objects.requireNonNull(mappingOf.get(dest));
      files
          .computeIfAbsent(folder, k -> new ArrayList<>())
          .add(
              FileMapping.builder()
                  .from(m)
                  .source(e.getValue().get(0))
                  .target(dest.substring(folder.length() + 1))
                  .build());
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

  /** Translates one staged video with its companions; null (and an error) when that throws. */
  private static @Nullable MovieTranslation read(
      LibraryTranslator translator,
      Path staging,
      String rel,
      List<String> with,
      List<FileError> errors) {
    try {
      MovieTranslation t = translator.translateLoose(Scanner.lastSegment(rel), with);
      if (t.error().isPresent()) {
        errors.add(
            FileError.of(FileError.Kind.SKIPPED, Scanner.resolve(staging, rel), t.error().get()));
        return null;
      }
      return t;
    } catch (RuntimeException e) {
      errors.add(
          FileError.of(
              FileError.Kind.SKIPPED, Scanner.resolve(staging, rel), "cannot read the name: " + e));
      return null;
    }
  }

  /** The movie folder (a key of {@code movieOf}) that the target path {@code dest} lies in. */
  private static String movieFolderOf(String dest, Map<String, Movie> movieOf) {
    for (String p = Scanner.parent(dest); !p.isEmpty(); p = Scanner.parent(p)) {
      if (movieOf.containsKey(p)) {
        return p;
      }
    }
    return Scanner.parent(dest);
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
      } else if (entry.isDirectory() && ReleaseFiles.isSampleFolder(name)) {
        ignored.add(IgnoredEntry.of(rel, ReleaseFiles.SAMPLE_FOLDER));
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

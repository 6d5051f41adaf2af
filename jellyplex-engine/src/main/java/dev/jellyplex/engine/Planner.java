package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.formats.LibraryTranslator;
import dev.jellyplex.formats.MovieTranslation;
import dev.jellyplex.model.FolderClash;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Turns a source listing into a plan: pure, no filesystem access. */
final class Planner {
  /** Why a folder without any file to mirror is ignored. */
  static final String NOTHING_TO_SYNC = "folder holds no file to sync";

  private Planner() {}

  /** The names of every video file of the listing, produced lazily (for format detection). */
  static Iterator<String> videoFileNames(Discovery.Listing listing, Naming naming) {
    return listing.folders().stream()
        .flatMap(f -> f.files().names().stream())
        .map(Scanner::lastSegment)
        .filter(naming::isVideoFileName)
        .iterator();
  }

  /** Plans the mirror of the listed source in {@code target}. */
  static Plan plan(
      Discovery.Listing listing,
      Path target,
      FormatId sourceFormat,
      FormatId targetFormat,
      LibraryTranslator translator) {
    Path source = listing.root();
    List<IgnoredEntry> ignored = new ArrayList<>(listing.ignored());
    Set<TranslationLoss> losses = new LinkedHashSet<>();
    List<VideoClash> videoClashes = new ArrayList<>();
    List<FileError> errors = new ArrayList<>(listing.allUnreadable());
    Set<String> protectedFolders = new TreeSet<>();
    Map<String, List<Placed>> byTarget = new TreeMap<>();
    Map<String, List<FileMapping>> collections = new TreeMap<>();

    // Translating names is pure CPU work: every folder on its own, on every core.
    List<Translated> translated;
    try {
      translated =
          Parallel.map(listing.folders(), Parallel.cpuThreads(), f -> translate(translator, f));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // translate never throws one
    }
    for (Translated tr : translated) {
      Discovery.SourceFolder folder = tr.folder();
      ignored.addAll(folder.ignored());
      String error = folder.error();
      if (error != null) {
        errors.add(FileError.of(FileError.Kind.UNREADABLE, source.resolve(folder.name()), error));
        for (MovieTranslation t : tr.translations()) {
          t.targetFolder().ifPresent(protectedFolders::add);
        }
        continue;
      }
      if (tr.failure() != null) {
        errors.add(
            FileError.of(
                FileError.Kind.SKIPPED,
                source.resolve(folder.name()),
                "cannot translate the folder's names: " + tr.failure()));
        continue;
      }
      for (MovieTranslation t : tr.translations()) {
        if (t.error().isPresent()) {
          ignored.addAll(t.ignored());
          losses.addAll(t.losses());
          videoClashes.addAll(t.clashes());
          errors.add(
              FileError.of(
                  FileError.Kind.SKIPPED,
                  Scanner.resolve(source, t.sourceFolder()),
                  t.error().get()));
          // skipped: whatever the target holds under its name is left exactly as it is
          t.targetFolder().ifPresent(protectedFolders::add);
        } else if (t.targetFolder().isEmpty()) {
          ignored.addAll(t.ignored());
          losses.addAll(t.losses());
        } else if (t.movie().isEmpty()) {
          // a collection folder or a folder of several movies: its own loose files
          ignored.addAll(t.ignored());
          String path = t.targetFolder().get();
          collections.put(path, sorted(t.files()));
        } else if (t.files().isEmpty() && t.clashes().isEmpty()) {
          // Nothing to mirror (an empty folder, or only hidden files): not a movie of the mirror,
          // so it neither counts as synced nor shows up in diff on every run.
          ignored.addAll(t.ignored());
          losses.addAll(t.losses());
          ignored.add(IgnoredEntry.of(t.sourceFolder(), NOTHING_TO_SYNC));
        } else {
          byTarget
              .computeIfAbsent(t.targetFolder().get(), k -> new ArrayList<>())
              .add(new Placed(folder, t));
        }
      }
    }

    // Each target folder's movie is made on every core (sorting its files, merging edition
    // folders); what they add to the plan's lists is added here, in target order, as before.
    List<Assembled> assembled;
    try {
      assembled =
          Parallel.map(
              new ArrayList<>(byTarget.entrySet()),
              Parallel.cpuThreads(),
              e -> assemble(translator, e.getKey(), e.getValue()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // assemble never throws one
    }
    List<PlannedMovie> movies = new ArrayList<>(assembled.size());
    List<FolderClash> folderClashes = new ArrayList<>();
    for (Assembled a : assembled) {
      for (MovieTranslation t : a.contributing()) {
        ignored.addAll(t.ignored());
        losses.addAll(t.losses());
        videoClashes.addAll(t.clashes());
      }
      FolderClash clash = a.clash();
      PlannedMovie movie = a.movie();
      if (clash != null) {
        folderClashes.add(clash);
      } else if (movie != null) {
        movies.add(movie);
      }
    }
    ignored.sort(
        Comparator.comparing(IgnoredEntry::relativePath).thenComparing(IgnoredEntry::reason));
    return ImmutablePlan.builder()
        .source(source)
        .target(target)
        .sourceFormat(sourceFormat)
        .targetFormat(targetFormat)
        .movies(movies)
        .collections(collections)
        .folderClashes(folderClashes)
        .movieClashes(videoClashes)
        .losses(losses)
        .ignored(ignored)
        .errors(errors)
        .protectedTargetFolders(protectedFolders)
        .build();
  }

  /**
   * What one target folder gives the plan: its movie, or the clash of the source folders that all
   * map to it; and the translations whose ignored entries, losses and video clashes it reports.
   */
  private record Assembled(
      @Nullable PlannedMovie movie,
      @Nullable FolderClash clash,
      List<MovieTranslation> contributing) {}

  /** The movie of target folder {@code target}, translated from the folders {@code ps}. */
  private static Assembled assemble(LibraryTranslator translator, String target, List<Placed> ps) {
    ImmutablePlannedMovie.Builder movie = ImmutablePlannedMovie.builder().targetFolder(target);
    MovieTranslation t = ps.get(0).translation();
    if (ps.size() > 1) {
      EditionMerge merged = EditionMerge.of(translator, ps);
      if (merged == null) {
        List<MovieTranslation> all = new ArrayList<>(ps.size());
        List<String> sources = new ArrayList<>(ps.size());
        for (Placed p : ps) {
          all.add(p.translation());
          sources.add(p.translation().sourceFolder());
        }
        sources.sort(null);
        return new Assembled(null, FolderClash.of(target, sources), all);
      }
      t = merged.translation();
      movie.mergedFolders(merged.folders());
    }
    PlannedMovie planned =
        movie
            .sourceFolder(t.sourceFolder())
            .movie(t.movie().orElseThrow())
            .files(sorted(t.files()))
            .build();
    return new Assembled(planned, null, List.of(t));
  }

  /** By target, then by source: the order of a planned movie's files. */
  private static final Comparator<FileMapping> BY_TARGET =
      Comparator.comparing(FileMapping::target).thenComparing(FileMapping::source);

  private static List<FileMapping> sorted(List<FileMapping> files) {
    if (files.size() < 2) {
      return files;
    }
    List<FileMapping> out = new ArrayList<>(files);
    out.sort(BY_TARGET);
    return out;
  }

  /** A translation of a movie, with the listed folder it came from. */
  record Placed(Discovery.SourceFolder folder, MovieTranslation translation) {}

  /**
   * The translations of one listed folder and every folder in it (naming contract 8), or the
   * unexpected exception that stopped it; an unreadable folder is translated by its name alone (to
   * protect its target folder).
   */
  private record Translated(
      Discovery.SourceFolder folder,
      List<MovieTranslation> translations,
      @Nullable RuntimeException failure) {}

  private static Translated translate(LibraryTranslator translator, Discovery.SourceFolder folder) {
    List<String> files = folder.error() != null ? List.of() : folder.files().names();
    try {
      return new Translated(folder, translator.translateTree(folder.name(), files), null);
    } catch (RuntimeException e) {
      return new Translated(folder, List.of(), e);
    }
  }
}

package dev.jellyplex.formats;

import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plex's one-folder-per-edition layout merged into one target folder (naming contract 6, revision
 * 2): {@code Alien (1979) {imdb-tt0078748}} and {@code Alien (1979) {imdb-tt0078748}
 * {edition-Director's Cut}} become one Jellyfin folder holding both cuts.
 */
final class EditionFolders {
  private EditionFolders() {}

  /**
   * The merged translation of {@code folders} (name to files), or empty when they are not edition
   * folders of one movie (then they are a folder clash).
   */
  static Optional<MovieTranslation> merge(
      Translator translator, Map<String, List<String>> folders) {
    Map<String, MovieTranslation> byFolder = new TreeMap<>();
    folders.forEach((name, files) -> byFolder.put(name, translator.translate(name, files)));
    String first = null;
    String target = null;
    Movie movie = null;
    Set<Optional<String>> editions = new LinkedHashSet<>();
    for (Map.Entry<String, MovieTranslation> e : byFolder.entrySet()) {
      MovieTranslation t = e.getValue();
      if (t.movie().isEmpty() || t.targetFolder().isEmpty() || t.error().isPresent()) {
        return Optional.empty();
      }
      Movie m = t.movie().get();
      if (!editions.add(m.defaultEdition())) {
        return Optional.empty(); // two folders of one edition: a clash
      }
      if (movie == null || target == null) {
        movie = m;
        target = t.targetFolder().get();
      } else if (!sameMovie(movie, m) || !target.equalsIgnoreCase(t.targetFolder().get())) {
        return Optional.empty();
      }
      if (first == null || m.defaultEdition().isEmpty()) {
        first = e.getKey();
      }
    }
    if (byFolder.size() < 2 || movie == null || target == null || first == null) {
      return Optional.empty();
    }
    // the folder without an edition first, then the others in name order
    List<String> order = new ArrayList<>();
    order.add(first);
    for (String n : byFolder.keySet()) {
      if (!n.equals(first)) {
        order.add(n);
      }
    }

    Map<String, FileMapping> kept = new LinkedHashMap<>();
    List<IgnoredEntry> ignored = new ArrayList<>();
    Set<TranslationLoss> losses = new LinkedHashSet<>();
    List<VideoClash> clashes = new ArrayList<>();
    for (String folder : order) {
      MovieTranslation t = Objects.requireNonNull(byFolder.get(folder));
      losses.addAll(t.losses());
      ignored.addAll(t.ignored());
      clashes.addAll(t.clashes());
      for (FileMapping m : t.files()) {
        String source = folder + "/" + m.source();
        String key = m.target().toLowerCase(Locale.ROOT);
        FileMapping taken = kept.get(key);
        if (taken == null) {
          kept.put(key, FileMapping.builder().from(m).source(source).build());
        } else if (m.role() == FileRole.SIDECAR) {
          // poster.jpg, movie.nfo: neither server reads one with a hash in its name
          ignored.add(IgnoredEntry.of(source, "same name in another edition folder"));
        } else {
          String hash = FileNames.hash(source);
          String stem = FileNames.stem(m.target());
          String renamed = stem + " [" + hash + "]" + m.target().substring(stem.length());
          FileMapping hashed =
              FileMapping.builder()
                  .from(m)
                  .source(source)
                  .target(renamed)
                  .disambiguation(hash)
                  .build();
          if (kept.putIfAbsent(renamed.toLowerCase(Locale.ROOT), hashed) != null) {
            ignored.add(IgnoredEntry.of(source, "its target name is taken by " + taken.source()));
          }
        }
      }
    }
    List<FileMapping> files = new ArrayList<>(kept.values());
    files.sort(
        java.util.Comparator.comparing(FileMapping::target).thenComparing(FileMapping::source));
    return Optional.of(
        MovieTranslation.builder()
            .sourceFolder(first)
            .movie(Objects.requireNonNull(byFolder.get(first)).movie().get())
            .targetFolder(target)
            .files(files)
            .losses(losses)
            .ignored(ignored)
            .clashes(clashes)
            .build());
  }

  private static boolean sameMovie(Movie a, Movie b) {
    return a.title().equals(b.title()) && a.year().equals(b.year()) && a.ids().equals(b.ids());
  }
}

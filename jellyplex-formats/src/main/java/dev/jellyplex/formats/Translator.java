package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.Video;
import dev.jellyplex.model.VideoClash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Translates movie folders from one format to another: reads with one, writes with the other. */
final class Translator implements LibraryTranslator {
  private static final String PLEX_VERSIONS = "Plex Versions";
  private static final int MAX_NAME_BYTES = 255;

  private final FormatBase source;
  private final FormatBase target;

  Translator(FormatBase source, FormatBase target) {
    this.source = source;
    this.target = target;
  }

  @Override
  public FormatId source() {
    return source.id();
  }

  @Override
  public FormatId target() {
    return target.id();
  }

  @Override
  public String toString() {
    return source.id().name() + " -> " + target.id().name();
  }

  @Override
  public MovieTranslation translate(MovieFolder folder) {
    try {
      return new Run(folder).translate();
    } catch (RuntimeException e) {
      // A bug in a rule must not stop a whole library: the movie is skipped and reported.
      return MovieTranslation.builder()
          .sourceFolder(folder.name())
          .error("internal_error: " + e)
          .build();
    }
  }

  @Override
  public MovieTranslation translateLoose(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    if (!Formats.isVideoFileName(name)) {
      return notAMovie(name, name, "not a video file");
    }
    Optional<Movie> movie = source.readFolder(Tokens.stem(name)).movie();
    if (movie.isEmpty()) {
      return notAMovie(name, name, "file name does not read as a movie");
    }
    Movie bare = Movie.builder().title(movie.get().title()).addAllIds(movie.get().ids()).build();
    if (movie.get().year().isPresent()) {
      bare = bare.withYear(movie.get().year().getAsInt());
    }
    String folder = source.writeFolder(bare).name();
    return translate(MovieFolder.of(folder, List.of(name)));
  }

  private static MovieTranslation notAMovie(String folder, String path, String reason) {
    return MovieTranslation.builder()
        .sourceFolder(folder)
        .addIgnored(IgnoredEntry.of(path, reason))
        .build();
  }

  /** A video of the folder while it is being named. */
  private static final class Named {
    final String source;
    Video video;
    String target = "";
    List<TranslationLoss> losses = List.of();

    Named(String source, Video video) {
      this.source = source;
      this.video = video;
    }
  }

  /** Where a video's sidecars go: the video's new stem, or nowhere when it is not synced. */
  private record StemTarget(@Nullable String stem, @Nullable String disambiguation) {}

  /** One translation of one folder. */
  private final class Run {
    private final MovieFolder folder;
    private final String name;
    private final Set<TranslationLoss> losses = new LinkedHashSet<>();
    private final List<IgnoredEntry> ignored = new ArrayList<>();
    private final Set<String> ignoredPaths = new LinkedHashSet<>();
    private final List<FileMapping> mappings = new ArrayList<>();

    Run(MovieFolder folder) {
      this.folder = folder;
      this.name = folder.name();
    }

    private void ignore(String relativePath, String reason) {
      String path = name + "/" + relativePath;
      if (ignoredPaths.add(path)) {
        ignored.add(IgnoredEntry.of(path, reason));
      }
    }

    MovieTranslation translate() {
      FolderReading reading = source.readFolder(name);
      if (reading.movie().isEmpty()) {
        return notAMovie(name, name, "folder name does not read as a movie");
      }
      Movie movie = reading.movie().get();
      losses.addAll(reading.losses());
      NameWriting folderWriting = target.writeFolder(movie, source.id().equals(target.id()));
      losses.addAll(folderWriting.losses());
      String targetFolder = folderWriting.name();
      Optional<Movie> back = target.readFolder(targetFolder).movie();
      if (back.isEmpty()) {
        return MovieTranslation.builder()
            .sourceFolder(name)
            .movie(movie)
            .losses(losses)
            .error(
                "unreadable_name: "
                    + target.id().name()
                    + " would not read \""
                    + targetFolder
                    + "\" as a movie")
            .build();
      }
      if (!sameMovie(back.get(), movie)) {
        losses.add(
            TranslationLoss.of(
                LossKind.TEXT,
                "",
                movie.title(),
                target.id().name() + " reads the folder back as \"" + back.get().title() + "\""));
      }

      List<String> videos = new ArrayList<>();
      List<String> inline = new ArrayList<>();
      List<String> topFiles = new ArrayList<>();
      List<String> subs = new ArrayList<>();
      List<TranslationLoss> folderLosses = new ArrayList<>();
      for (String path : sortedDistinct(folder.files())) {
        // most files sit in the folder itself: no need to split those
        String[] segments = path.indexOf('/') < 0 ? new String[] {path} : path.split("/", -1);
        if (hidden(segments)) {
          continue;
        }
        if (path.indexOf('\0') >= 0) {
          ignore(path, "not a valid file name");
          continue;
        }
        if (segments.length > 1 && segments[0].equals(PLEX_VERSIONS)) {
          ignore(PLEX_VERSIONS, "Plex's own optimized copies");
          continue;
        }
        if (segments.length == 1) {
          if (!Formats.isVideoFileName(path)) {
            topFiles.add(path);
          } else if (InlineExtras.match(Tokens.stem(path)).isPresent()
              && !namedAfterMovie(Tokens.stem(path), movie)) {
            inline.add(path);
          } else {
            videos.add(path);
          }
          continue;
        }
        String top = segments[0];
        String rest = path.substring(top.length());
        Optional<ExtrasCategory> category = ExtrasCategory.of(top);
        if (category.isPresent()) {
          String targetTop = target.extrasFolder(category.get(), top, folderLosses);
          mappings.add(FileMapping.of(path, targetTop + rest, FileRole.EXTRA));
        } else if (segments.length == 2
            && (top.equalsIgnoreCase("subs") || top.equalsIgnoreCase("subtitles"))
            && !Formats.isVideoFileName(segments[1])) {
          subs.add(path);
        } else {
          mappings.add(FileMapping.of(path, path, FileRole.OTHER));
        }
      }
      losses.addAll(folderLosses);

      Map<String, StemTarget> stems = new LinkedHashMap<>();
      List<VideoClash> clashes =
          nameVideos(movie, back.get(), targetFolder, videos, topFiles, stems);
      for (String path : inline) {
        String stem = Tokens.stem(path);
        InlineExtras.Match match = InlineExtras.match(stem).orElseThrow();
        String newStem = target.inlineExtraStem(match, stem);
        mappings.add(FileMapping.of(path, newStem + Tokens.extension(path), FileRole.INLINE_EXTRA));
        stems.putIfAbsent(stem, new StemTarget(newStem, null));
      }
      for (String path : topFiles) {
        follow(path, "", path, stems, FileRole.VIDEO_SIDECAR, FileRole.SIDECAR);
      }
      for (String path : subs) {
        int slash = path.indexOf('/');
        follow(
            path,
            path.substring(0, slash + 1),
            path.substring(slash + 1),
            stems,
            FileRole.OTHER,
            FileRole.OTHER);
      }
      List<FileMapping> files = resolveCollisions();

      MovieTranslation.Builder out =
          MovieTranslation.builder().sourceFolder(name).movie(movie).addAllClashes(clashes);
      Optional<String> tooLong = tooLong(targetFolder, files);
      if (tooLong.isPresent()) {
        return out.losses(losses)
            .ignored(ignored)
            .error("name_too_long: " + tooLong.get() + " has more than 255 bytes in UTF-8")
            .build();
      }
      return out.targetFolder(targetFolder).files(files).losses(losses).ignored(ignored).build();
    }

    /** The files in {@code TreeSet} order, each once: sorting an array is cheaper for a few. */
    private List<String> sortedDistinct(List<String> files) {
      String[] sorted = files.toArray(new String[0]);
      Arrays.sort(sorted);
      List<String> distinct = new ArrayList<>(sorted.length);
      for (String f : sorted) {
        if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(f)) {
          distinct.add(f);
        }
      }
      return distinct;
    }

    /** A video named exactly like the folder or the movie is the movie, whatever its suffix. */
    private boolean namedAfterMovie(String stem, Movie movie) {
      if (stem.equalsIgnoreCase(name)) {
        return true;
      }
      for (String prefix : FormatBase.moviePrefixes(movie)) {
        if (stem.equalsIgnoreCase(prefix)) {
          return true;
        }
      }
      return false;
    }

    private boolean hidden(String[] segments) {
      for (String s : segments) {
        if (s.isEmpty() || s.startsWith(".")) {
          return true;
        }
      }
      return false;
    }

    /** Names the main videos, disambiguating clashes; returns the clashes left unresolved. */
    private List<VideoClash> nameVideos(
        Movie movie,
        Movie targetMovie,
        String targetFolder,
        List<String> videos,
        List<String> topFiles,
        Map<String, StemTarget> stems) {
      List<Named> named = new ArrayList<>();
      for (String path : videos) {
        VideoReading r = source.readVideo(name, movie, path);
        if (r.video().isEmpty()) {
          topFiles.add(path);
          continue;
        }
        losses.addAll(r.losses());
        named.add(new Named(path, r.video().get()));
      }
      topFiles.sort(Comparator.naturalOrder());
      write(named, targetFolder);
      boolean changed = false;
      for (List<Named> group : groups(named)) {
        for (Named n : group) {
          if (n.video.disambiguation().isEmpty()) {
            n.video = n.video.withDisambiguation(Tokens.hash(n.source));
            changed = true;
          }
        }
      }
      if (changed) {
        write(named, targetFolder); // writing is a pure function: the same videos, the same names
      }
      List<VideoClash> clashes = new ArrayList<>();
      Set<Named> unresolved = new LinkedHashSet<>();
      for (List<Named> group : groups(named)) {
        List<String> sources = group.stream().map(n -> n.source).sorted().toList();
        clashes.add(VideoClash.of(targetFolder, group.get(0).target, sources));
        unresolved.addAll(group);
      }
      for (Named n : named) {
        if (unresolved.contains(n)) {
          stems.put(Tokens.stem(n.source), new StemTarget(null, null));
          continue;
        }
        losses.addAll(n.losses);
        if (n.losses.isEmpty()
            && !target
                .readVideo(targetFolder, targetMovie, n.target)
                .video()
                .equals(Optional.of(n.video))) {
          // nothing was reported, yet the target reads something else: say so
          losses.add(
              TranslationLoss.of(
                  LossKind.TEXT,
                  "",
                  n.target,
                  target.id().name() + " reads this name back as a different version"));
        }
        String targetStem = Tokens.stem(n.target);
        if (InlineExtras.match(targetStem).isPresent()
            && !targetStem.equalsIgnoreCase(targetFolder)) {
          losses.add(
              TranslationLoss.of(
                  LossKind.TEXT,
                  "",
                  n.target,
                  "the name ends like an extra's; " + target.id().name() + " reads it as one"));
        }
        FileMapping.Builder m =
            FileMapping.builder().source(n.source).target(n.target).role(FileRole.VIDEO);
        n.video.disambiguation().ifPresent(m::disambiguation);
        mappings.add(m.build());
        stems.put(
            Tokens.stem(n.source),
            new StemTarget(Tokens.stem(n.target), n.video.disambiguation().orElse(null)));
      }
      return clashes;
    }

    private void write(List<Named> named, String targetFolder) {
      for (Named n : named) {
        NameWriting w = target.writeVideo(targetFolder, n.video);
        n.target = w.name();
        n.losses = w.losses();
      }
    }

    /** Groups of videos that share a target name (ignoring case), in source order. */
    private List<List<Named>> groups(List<Named> named) {
      if (named.size() < 2) {
        return List.of(); // the usual single video: no need to lower-case its name
      }
      Map<String, List<Named>> byTarget = new LinkedHashMap<>();
      for (Named n : named) {
        byTarget.computeIfAbsent(key(n.target), k -> new ArrayList<>()).add(n);
      }
      return byTarget.values().stream().filter(g -> g.size() > 1).toList();
    }

    /** Maps a file that may be named after a video: it follows the longest matching stem. */
    private void follow(
        String path,
        String dir,
        String fileName,
        Map<String, StemTarget> stems,
        FileRole following,
        FileRole alone) {
      String best = null;
      for (String stem : stems.keySet()) {
        if (fileName.length() > stem.length()
            && fileName.startsWith(stem)
            && (fileName.charAt(stem.length()) == '.' || fileName.charAt(stem.length()) == '-')
            && (best == null || stem.length() > best.length())) {
          best = stem;
        }
      }
      if (best == null) {
        mappings.add(FileMapping.of(path, path, alone));
        return;
      }
      StemTarget t = stems.get(best);
      if (t == null || t.stem() == null) {
        ignore(path, "follows a video in an unresolved clash");
        return;
      }
      FileMapping.Builder m =
          FileMapping.builder()
              .source(path)
              .target(dir + t.stem() + fileName.substring(best.length()))
              .role(following);
      if (t.disambiguation() != null) {
        m.disambiguation(t.disambiguation());
      }
      mappings.add(m.build());
    }

    /**
     * Extras folders that merge (two sources, one target) may bring one file name twice: each gets
     * a hash of its source path. Anything still taken twice is kept once and reported.
     */
    private List<FileMapping> resolveCollisions() {
      int n = mappings.size();
      String[] keys = new String[n];
      Set<String> distinct = new HashSet<>();
      for (int i = 0; i < n; i++) {
        keys[i] = key(mappings.get(i).target());
        distinct.add(keys[i]);
      }
      if (distinct.size() == n) {
        // The usual case: every target is taken once, so nothing is renamed or left out, and the
        // order by target then source is total (no two targets are equal).
        List<FileMapping> files = new ArrayList<>(mappings);
        files.sort(BY_TARGET_THEN_SOURCE);
        return files;
      }
      Map<String, List<Integer>> byTarget = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        byTarget.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> group : byTarget.values()) {
        if (group.size() < 2) {
          continue;
        }
        for (int i : group) {
          FileMapping m = mappings.get(i);
          if (m.role() == FileRole.EXTRA || m.role() == FileRole.OTHER) {
            String hash = Tokens.hash(m.source());
            String t = m.target();
            int slash = t.lastIndexOf('/');
            String file = t.substring(slash + 1);
            String stem = Tokens.stem(file);
            String renamed =
                t.substring(0, slash + 1)
                    + stem
                    + " ["
                    + hash
                    + "]"
                    + file.substring(stem.length());
            mappings.set(
                i, FileMapping.builder().from(m).target(renamed).disambiguation(hash).build());
          }
        }
      }
      List<FileMapping> sorted = new ArrayList<>(mappings);
      sorted.sort(Comparator.comparing(FileMapping::source));
      Map<String, FileMapping> kept = new LinkedHashMap<>();
      for (FileMapping m : sorted) {
        FileMapping first = kept.putIfAbsent(key(m.target()), m);
        if (first != null) {
          ignore(m.source(), "its target name is taken by " + first.source());
        }
      }
      List<FileMapping> files = new ArrayList<>(kept.values());
      files.sort(BY_TARGET_THEN_SOURCE);
      return files;
    }

    private Optional<String> tooLong(String targetFolder, List<FileMapping> files) {
      if (!Tokens.fitsInUtf8(targetFolder, MAX_NAME_BYTES)) {
        return Optional.of("folder name \"" + targetFolder + "\"");
      }
      for (FileMapping m : files) {
        String target = m.target();
        if (Tokens.fitsInUtf8(target, MAX_NAME_BYTES)) {
          continue; // no segment of it can be longer
        }
        for (String segment : target.split("/", -1)) {
          if (!Tokens.fitsInUtf8(segment, MAX_NAME_BYTES)) {
            return Optional.of("file name \"" + segment + "\"");
          }
        }
      }
      return Optional.empty();
    }
  }

  private static final Comparator<FileMapping> BY_TARGET_THEN_SOURCE =
      Comparator.comparing(FileMapping::target).thenComparing(FileMapping::source);

  /** Whether two movies have the same title, year and ids. */
  private static boolean sameMovie(Movie a, Movie b) {
    return a.title().equals(b.title()) && a.year().equals(b.year()) && a.ids().equals(b.ids());
  }

  private static String key(String target) {
    return target.toLowerCase(Locale.ROOT);
  }
}

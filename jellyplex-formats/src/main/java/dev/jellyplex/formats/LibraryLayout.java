package dev.jellyplex.formats;

import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.VideoClash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Library layouts beyond one flat level of movie folders (naming contract section 8): collection
 * folders, folders holding several movies, NAS and system folders.
 */
final class LibraryLayout {
  private LibraryLayout() {}

  /** Folders are classified to this depth below the library root; deeper ones are ignored. */
  static final int MAX_DEPTH = 8;

  /** NAS and system folders: never mirrored and never strays (compared ignoring case). */
  private static final List<String> SYSTEM_FOLDERS =
      List.of(
          "#recycle",
          "#snapshot",
          "@recycle",
          "@eadir",
          "$recycle.bin",
          "system volume information",
          "lost+found");

  /** Whether a folder name is a NAS or system folder, or a dot-folder; allocates nothing. */
  static boolean isSystemFolder(String name) {
    if (name.startsWith(".")) {
      return true;
    }
    for (String system : SYSTEM_FOLDERS) {
      if (system.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The translations of a folder below the library root and everything in it: one per movie found,
   * and one for the loose files of each collection folder (movie empty, target folder its own path,
   * files copied 1:1). Paths of folders are relative to the library root.
   *
   * @param path the folder's path relative to the library root, {@code /}-separated
   * @param files every regular file below it, relative to it
   */
  static List<MovieTranslation> translateTree(
      Translator translator, String path, List<String> files) {
    List<MovieTranslation> out = new ArrayList<>();
    tree(translator, path, files, out);
    return out;
  }

  private static void tree(
      Translator translator, String path, List<String> files, List<MovieTranslation> out) {
    if (path.isEmpty()) {
      root(translator, files, out);
      return;
    }
    int slash = path.lastIndexOf('/');
    String parent = slash < 0 ? "" : path.substring(0, slash + 1);
    String name = path.substring(slash + 1);
    if (isSystemFolder(name) || files.contains(IGNORE_FILE)) {
      return;
    }
    if (depth(path) > MAX_DEPTH) {
      out.add(ignored(path, "deeper than " + MAX_DEPTH + " folders below the library root"));
      return;
    }
    // The common case first, without splitting a path: a folder that directly holds its movie.
    List<String> mainVideos = new ArrayList<>(2);
    boolean disc = false;
    for (String f : files) {
      if (f.indexOf('/') < 0) {
        if (isMainVideo(f)) {
          mainVideos.add(f);
        }
      } else {
        disc |=
            f.regionMatches(true, 0, "VIDEO_TS/", 0, 9) || f.regionMatches(true, 0, "BDMV/", 0, 5);
      }
    }
    if (mainVideos.size() >= 2 && !allNamedAfter(name, mainVideos)) {
      Map<String, Movie> movies = moviesOfVideos(translator.sourceFormat(), mainVideos);
      if (movies.size() >= 2) {
        splitMovies(translator, path, files, movies, out);
        return;
      }
    }
    if (!mainVideos.isEmpty() || disc) {
      out.add(under(parent, translator.translate(name, files)));
      return;
    }
    List<String> loose = new ArrayList<>();
    Map<String, List<String>> subfolders = new TreeMap<>();
    for (String f : files) {
      int s = f.indexOf('/');
      if (s < 0) {
        loose.add(f);
      } else {
        subfolders
            .computeIfAbsent(f.substring(0, s), k -> new ArrayList<>())
            .add(f.substring(s + 1));
      }
    }
    if (!hasMovieBelow(subfolders)) {
      out.add(under(parent, translator.translate(name, files)));
      return;
    }
    // a collection folder: its name is not translated, its loose files are copied as they are
    MovieTranslation.Builder own = MovieTranslation.builder().sourceFolder(path).targetFolder(path);
    for (String f : loose) {
      if (!f.startsWith(".")) {
        own.addFiles(FileMapping.of(f, f, FileRole.SIDECAR));
      }
    }
    out.add(own.build());
    subfolders.forEach((sub, subFiles) -> tree(translator, path + "/" + sub, subFiles, out));
  }

  /** The name of the file that keeps a folder out of both servers when it is empty. */
  static final String IGNORE_FILE = ".ignore";

  /** Why a file at the library root that is no movie of its own is not synced. */
  static final String ROOT_FILE = "file at the library root";

  private static int depth(String path) {
    int n = 1;
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * Whether every video's name is the folder's name and then text without a parenthesis: versions
   * of the folder's own movie, which cannot read as another {@code Title (Year)}.
   */
  private static boolean allNamedAfter(String folder, List<String> videos) {
    for (String v : videos) {
      if (!v.startsWith(folder) || v.indexOf('(', folder.length()) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The files at the library root ({@code files} holds no folder): each video that reads as {@code
   * Title (Year)} is a movie of its own with the files named after it; every other file is ignored.
   */
  private static void root(Translator translator, List<String> files, List<MovieTranslation> out) {
    List<String> mainVideos = new ArrayList<>();
    for (String f : files) {
      if (f.indexOf('/') < 0 && isMainVideo(f)) {
        mainVideos.add(f);
      }
    }
    Map<String, Movie> movies = moviesOfVideos(translator.sourceFormat(), mainVideos);
    List<String> rootFiles = new ArrayList<>();
    for (String f : files) {
      if (f.indexOf('/') < 0) {
        rootFiles.add(f);
      }
    }
    splitMovies(translator, "", rootFiles, movies, out);
  }

  /** A video that is not an extra or a sample. */
  private static boolean isMainVideo(String fileName) {
    return Formats.isVideoFileName(fileName)
        && !fileName.startsWith(".")
        && InlineExtras.match(FileNames.stem(fileName)).isEmpty();
  }

  /** The distinct {@code Title (Year)}s the videos read as, by that text. */
  private static Map<String, Movie> moviesOfVideos(FormatBase format, List<String> videos) {
    Map<String, Movie> movies = new LinkedHashMap<>();
    for (String v : videos) {
      Optional<Movie> m = format.readFolder(FileNames.stem(v)).movie();
      if (m.isPresent() && m.get().year().isPresent()) {
        Movie movie = Movie.of(m.get().title(), m.get().year().getAsInt());
        movies.putIfAbsent(movie.title() + " (" + movie.year().getAsInt() + ")", movie);
      }
    }
    return movies;
  }

  private static boolean hasMovieBelow(Map<String, List<String>> subfolders) {
    for (Map.Entry<String, List<String>> sub : subfolders.entrySet()) {
      if (ExtrasCategory.of(sub.getKey()).isPresent() || isSystemFolder(sub.getKey())) {
        continue;
      }
      for (String f : sub.getValue()) {
        if (isMainVideo(f.substring(f.lastIndexOf('/') + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A folder of several movies: each gets its own movie folder inside it, with the files whose name
   * starts with its {@code Title (Year)}; the folder's other files stay where they are.
   */
  private static void splitMovies(
      Translator translator,
      String path,
      List<String> files,
      Map<String, Movie> movies,
      List<MovieTranslation> out) {
    Map<String, List<String>> byMovie = new LinkedHashMap<>();
    movies.keySet().forEach(k -> byMovie.put(k, new ArrayList<>()));
    boolean atRoot = path.isEmpty();
    MovieTranslation.Builder own = MovieTranslation.builder().sourceFolder(path);
    if (!atRoot) {
      own.targetFolder(path);
    }
    for (String f : files) {
      String owner = null;
      for (String titleYear : movies.keySet()) {
        if (f.startsWith(titleYear) && (owner == null || titleYear.length() > owner.length())) {
          owner = titleYear;
        }
      }
      if (owner != null) {
        byMovie.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
      } else if (f.startsWith(".")) {
        // hidden: skipped without a word
      } else if (atRoot) {
        own.addIgnored(IgnoredEntry.of(f, ROOT_FILE));
      } else if (isMainVideo(f)) {
        own.addIgnored(
            IgnoredEntry.of(path + "/" + f, "a video without a year among several movies"));
      } else {
        own.addFiles(FileMapping.of(f, f, f.indexOf('/') < 0 ? FileRole.SIDECAR : FileRole.OTHER));
      }
    }
    MovieTranslation ownFiles = own.build();
    if (!atRoot || !ownFiles.ignored().isEmpty()) {
      out.add(ownFiles);
    }
    for (Map.Entry<String, List<String>> movie : byMovie.entrySet()) {
      MovieTranslation t = translator.translate(movie.getKey(), movie.getValue());
      MovieTranslation.Builder b =
          MovieTranslation.builder().from(t).sourceFolder(path).ignored(List.of());
      t.targetFolder().ifPresent(f -> b.targetFolder(atRoot ? f : path + "/" + f));
      for (IgnoredEntry e : t.ignored()) {
        String p = e.relativePath();
        String rest =
            p.startsWith(movie.getKey() + "/") ? p.substring(movie.getKey().length()) : "";
        b.addIgnored(
            IgnoredEntry.of(
                atRoot ? (rest.isEmpty() ? p : rest.substring(1)) : path + rest, e.reason()));
      }
      out.add(b.build());
    }
  }

  /** A translation of a folder in {@code parent} (ending in {@code /}, or empty for the root). */
  private static MovieTranslation under(String parent, MovieTranslation t) {
    if (parent.isEmpty()) {
      return t;
    }
    MovieTranslation.Builder b =
        MovieTranslation.builder()
            .from(t)
            .sourceFolder(parent + t.sourceFolder())
            .ignored(List.of())
            .clashes(List.of());
    t.targetFolder().ifPresent(f -> b.targetFolder(parent + f));
    for (IgnoredEntry e : t.ignored()) {
      b.addIgnored(IgnoredEntry.of(parent + e.relativePath(), e.reason()));
    }
    for (VideoClash c : t.clashes()) {
      b.addClashes(
          VideoClash.of(parent + c.movieFolder(), c.targetFileName(), c.sourceFileNames()));
    }
    return b.build();
  }

  private static MovieTranslation ignored(String path, String reason) {
    return MovieTranslation.builder()
        .sourceFolder(path)
        .addIgnored(IgnoredEntry.of(path, reason))
        .build();
  }
}

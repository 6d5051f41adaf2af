package dev.jellyplex.formats;

import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Translates movie folders from one format to another: reads with one, writes with the other. */
final class Translator implements LibraryTranslator {
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
  public MovieTranslation translate(String folderName, List<String> files) {
    try {
      return new Run(folderName, files).translate();
    } catch (RuntimeException e) {
      // A bug in a rule must not stop a whole library: the movie is skipped and reported.
      return MovieTranslation.builder()
          .sourceFolder(folderName)
          .error("internal_error: " + e)
          .build();
    }
  }

  /** The source format's codec. */
  FormatBase sourceFormat() {
    return source;
  }

  @Override
  public Optional<MovieTranslation> translateEditionFolders(Map<String, List<String>> folders) {
    return EditionFolders.merge(this, folders);
  }

  @Override
  public List<MovieTranslation> translateTree(String path, List<String> files) {
    return LibraryLayout.translateTree(this, path, files);
  }

  @Override
  public MovieTranslation translateLoose(String fileName) {
    return translateLoose(fileName, List.of());
  }

  @Override
  public MovieTranslation translateLoose(String fileName, List<String> companions) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    if (!Formats.isVideoFileName(name)) {
      return notAMovie(name, name, "not a video file");
    }
    String stem = FileNames.stem(name);
    if (InlineExtras.match(stem).isPresent()) {
      return notAMovie(name, name, "an extra (trailer, sample, ...), not a movie");
    }
    Optional<Movie> movie = source.readFolder(stem).movie();
    if (movie.isEmpty() || movie.get().year().isEmpty()) {
      SceneName scene = SceneName.parse(stem);
      if (scene != null) {
        return translateScene(name, scene, companions);
      }
      if (stem.indexOf(' ') < 0 && (stem.indexOf('.') >= 0 || stem.indexOf('_') >= 0)) {
        return notAMovie(name, name, "no year; name it Title (Year)");
      }
    }
    if (movie.isEmpty()) {
      return notAMovie(name, name, "file name does not read as a movie");
    }
    Movie bare = Movie.builder().title(movie.get().title()).putAllIds(movie.get().ids()).build();
    if (movie.get().year().isPresent()) {
      bare = bare.withYear(movie.get().year().getAsInt());
    }
    String folder = source.writeFolder(bare).name();
    return translateAs(folder, name, name, companions);
  }

  /**
   * Files a release name (naming contract 8.1) as if the source format had named it: the movie's
   * folder, and the video with its resolution, quality labels and release group; words that are
   * none of these are reported.
   */
  private MovieTranslation translateScene(String fileName, SceneName scene, List<String> with) {
    String folder = source.writeFolder(Movie.of(scene.title(), scene.year())).name();
    Video.Builder video =
        Video.builder().extension(FileNames.extension(fileName)).labels(scene.labels());
    if (scene.resolution() != null) {
      video.resolution(scene.resolution());
    }
    String named = source.writeVideo(folder, video.build()).name();
    MovieTranslation t = translateAs(folder, fileName, named, with);
    MovieTranslation.Builder out = MovieTranslation.builder().from(t);
    for (String word : scene.lost()) {
      out.addLosses(
          TranslationLoss.of(
              LossKind.TEXT, "", word, "a word of a release name that says nothing"));
    }
    return out.build();
  }

  /**
   * Translates the folder {@code folder} holding the loose video {@code fileName} under the name
   * {@code named} (what the source format calls it) and its companions: one whose name starts with
   * the video's stem follows it as a sidecar, the others keep their path. Every file's source is
   * then given back as it was staged.
   */
  private MovieTranslation translateAs(
      String folder, String fileName, String named, List<String> companions) {
    if (companions.isEmpty() && named.equals(fileName)) {
      return translate(folder, List.of(named));
    }
    String stem = FileNames.stem(fileName);
    String newStem = FileNames.stem(named);
    Map<String, String> stagedAs = new java.util.LinkedHashMap<>();
    stagedAs.put(named, fileName);
    for (String c : companions) {
      boolean sidecar =
          c.indexOf('/') < 0
              && c.length() > stem.length()
              && c.startsWith(stem)
              && (c.charAt(stem.length()) == '.' || c.charAt(stem.length()) == '-');
      stagedAs.putIfAbsent(sidecar ? newStem + c.substring(stem.length()) : c, c);
    }
    MovieTranslation t = translate(folder, List.copyOf(stagedAs.keySet()));
    MovieTranslation.Builder out = MovieTranslation.builder().from(t).files(List.of());
    for (FileMapping m : t.files()) {
      String staged = stagedAs.getOrDefault(m.source(), m.source());
      out.addFiles(FileMapping.builder().from(m).source(staged).build());
    }
    return out.build();
  }

  private static MovieTranslation notAMovie(String folder, String path, String reason) {
    return MovieTranslation.builder()
        .sourceFolder(folder)
        .addIgnored(IgnoredEntry.of(path, reason))
        .build();
  }

  /** One translation of one folder. */
  private final class Run {
    private final String name;
    private final List<String> files;
    private final FolderOutput out;

    Run(String name, List<String> files) {
      this.name = name;
      this.files = files;
      this.out = new FolderOutput(name);
    }

    MovieTranslation translate() {
      FolderReading reading = source.readFolder(name);
      if (reading.movie().isEmpty()) {
        return notAMovie(name, name, "folder name does not read as a movie");
      }
      Set<TranslationLoss> losses = out.losses;
      losses.addAll(reading.losses());
      FolderContents contents = FolderContents.classify(files, reading.movie().get(), target, out);
      Movie movie = FileIds.withIdsOfVideos(reading.movie().get(), source, contents.videos, losses);
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
      losses.addAll(contents.folderLosses);

      VideoNaming naming = new VideoNaming(source, target, out);
      List<VideoClash> clashes =
          naming.nameVideos(movie, back.get(), targetFolder, contents.videos, contents.topFiles);
      naming.nameInlineExtras(contents.inlineExtras, targetFolder);
      Sidecars.renameExtrasNamedAfterFolder(name, targetFolder, out);
      Sidecars.place(contents, naming, movie, target, out);
      List<FileMapping> mapped = Sidecars.resolveCollisions(out);

      MovieTranslation.Builder result =
          MovieTranslation.builder().sourceFolder(name).movie(movie).addAllClashes(clashes);
      Optional<String> tooLong = tooLong(targetFolder, mapped);
      if (tooLong.isPresent()) {
        return result
            .losses(losses)
            .ignored(out.ignored)
            .error("name_too_long: " + tooLong.get() + " has more than 255 bytes in UTF-8")
            .build();
      }
      return result
          .targetFolder(targetFolder)
          .files(mapped)
          .losses(losses)
          .ignored(out.ignored)
          .build();
    }
  }

  private static Optional<String> tooLong(String targetFolder, List<FileMapping> files) {
    if (!FileNames.fitsInUtf8(targetFolder, MAX_NAME_BYTES)) {
      return Optional.of("folder name \"" + targetFolder + "\"");
    }
    for (FileMapping m : files) {
      String target = m.target();
      if (FileNames.fitsInUtf8(target, MAX_NAME_BYTES)) {
        continue; // no segment of it can be longer
      }
      for (String segment : target.split("/", -1)) {
        if (!FileNames.fitsInUtf8(segment, MAX_NAME_BYTES)) {
          return Optional.of("file name \"" + segment + "\"");
        }
      }
    }
    return Optional.empty();
  }

  /** Whether two movies have the same title, year and ids. */
  private static boolean sameMovie(Movie a, Movie b) {
    return a.title().equals(b.title()) && a.year().equals(b.year()) && a.ids().equals(b.ids());
  }
}

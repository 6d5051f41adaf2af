package dev.jellyplex.formats;

import dev.jellyplex.formats.FolderOutput.StemTarget;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names the videos of one movie folder in the target format: main videos (read, written,
 * disambiguated when two get one name, naming contract section 6) and inline extras.
 */
final class VideoNaming {
  private final FormatBase source;
  private final FormatBase target;
  private final FolderOutput out;

  /** Old stem of each named video or inline extra, and where its sidecars go. */
  final Map<String, StemTarget> stems = new LinkedHashMap<>();

  /** The main videos that are synced: their new stems, hashes and editions, in source order. */
  final List<MainVideo> mainVideos = new ArrayList<>();

  /** A synced main video: where sidecars shared by versions go (naming contract section 4). */
  record MainVideo(StemTarget target, Optional<String> edition) {}

  VideoNaming(FormatBase source, FormatBase target, FolderOutput out) {
    this.source = source;
    this.target = target;
    this.out = out;
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

  /**
   * Names the main videos, disambiguating clashes; returns the clashes left unresolved. A video
   * name the source format cannot read is moved to {@code topFiles} (copied as it is).
   */
  List<VideoClash> nameVideos(
      Movie movie,
      Movie targetMovie,
      String targetFolder,
      List<String> videos,
      List<String> topFiles) {
    List<Named> named = new ArrayList<>();
    for (String path : videos) {
      VideoReading r = source.readVideo(out.folder, movie, path);
      if (r.video().isEmpty()) {
        topFiles.add(path);
        continue;
      }
      out.losses.addAll(r.losses());
      named.add(new Named(path, r.video().get()));
    }
    topFiles.sort(Comparator.naturalOrder());
    write(named, targetFolder);
    boolean changed = false;
    for (List<Named> group : groups(named)) {
      for (Named n : group) {
        if (n.video.disambiguation().isEmpty()) {
          n.video = n.video.withDisambiguation(FileNames.hash(n.source));
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
        stems.put(FileNames.stem(n.source), new StemTarget(null, null));
        continue;
      }
      out.losses.addAll(n.losses);
      if (n.losses.isEmpty()
          && !target
              .readVideo(targetFolder, targetMovie, n.target)
              .video()
              .equals(Optional.of(n.video))) {
        // nothing was reported, yet the target reads something else: say so
        out.losses.add(
            TranslationLoss.of(
                LossKind.TEXT,
                "",
                n.target,
                target.id().name() + " reads this name back as a different version"));
      }
      String targetStem = FileNames.stem(n.target);
      if (InlineExtras.match(targetStem).isPresent()
          && !targetStem.equalsIgnoreCase(targetFolder)) {
        out.losses.add(
            TranslationLoss.of(
                LossKind.TEXT,
                "",
                n.target,
                "the name ends like an extra's; " + target.id().name() + " reads it as one"));
      }
      FileMapping.Builder m =
          FileMapping.builder().source(n.source).target(n.target).role(FileRole.VIDEO);
      n.video.disambiguation().ifPresent(m::disambiguation);
      out.mappings.add(m.build());
      StemTarget stem =
          new StemTarget(FileNames.stem(n.target), n.video.disambiguation().orElse(null));
      stems.put(FileNames.stem(n.source), stem);
      mainVideos.add(new MainVideo(stem, n.video.edition()));
    }
    return clashes;
  }

  /**
   * Names the inline extras with the target's spelling of their suffix; a name that starts with the
   * source folder's name gets {@code targetFolder} in its place (naming contract section 4).
   */
  void nameInlineExtras(List<String> inlineExtras, String targetFolder) {
    for (String path : inlineExtras) {
      String stem = FileNames.stem(path);
      String renamed = Sidecars.withFolderPrefix(stem, out.folder, targetFolder);
      InlineExtras.Match match = InlineExtras.match(renamed).orElseThrow();
      String newStem = target.inlineExtraStem(match, renamed);
      out.mappings.add(
          FileMapping.of(path, newStem + FileNames.extension(path), FileRole.INLINE_EXTRA));
      stems.putIfAbsent(stem, new StemTarget(newStem, null));
    }
  }

  /**
   * The main videos of the movie's default edition (those whose edition is the folder's default, or
   * who have none when there is no default); all of them when every one has another edition.
   */
  List<StemTarget> defaultEditionVideos(Movie movie) {
    List<StemTarget> cut = new ArrayList<>();
    for (MainVideo v : mainVideos) {
      if (v.edition().equals(movie.defaultEdition())) {
        cut.add(v.target());
      }
    }
    if (cut.isEmpty()) {
      mainVideos.forEach(v -> cut.add(v.target()));
    }
    return cut;
  }

  private void write(List<Named> named, String targetFolder) {
    for (Named n : named) {
      NameWriting w = target.writeVideo(targetFolder, n.video, source == target);
      n.target = w.name();
      n.losses = w.losses();
    }
  }

  /** Groups of videos that share a target name (ignoring case), in source order. */
  private static List<List<Named>> groups(List<Named> named) {
    if (named.size() < 2) {
      return List.of(); // the usual single video: no need to lower-case its name
    }
    Map<String, List<Named>> byTarget = new LinkedHashMap<>();
    for (Named n : named) {
      byTarget.computeIfAbsent(n.target.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n);
    }
    return byTarget.values().stream().filter(g -> g.size() > 1).toList();
  }
}

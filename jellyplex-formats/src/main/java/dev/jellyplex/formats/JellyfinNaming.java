package dev.jellyplex.formats;

import dev.jellyplex.model.Attribute;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.Part;
import dev.jellyplex.model.Provider;
import dev.jellyplex.model.Resolution;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jellyfin's naming: {@code Title (Year) [imdbid-tt…]} and {@code <folder> - <label>} versions. */
final class JellyfinNaming extends FormatBase {
  static final JellyfinNaming INSTANCE = new JellyfinNaming();

  private static final Pattern ID_BLOCK =
      Pattern.compile("\\[\\s*([A-Za-z]+)id\\s*[-=]([^\\[\\]]*)\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACED = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern SINGLE_GROUP = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern TRAILING_GROUP = Pattern.compile("(.*?)\\s*\\[([^\\[\\]]*)\\]");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private JellyfinNaming() {}

  @Override
  public FormatId id() {
    return FormatId.JELLYFIN;
  }

  @Override
  public int detectionScore(String videoFileName) {
    String stem = Tokens.stem(videoFileName);
    if (ID_BLOCK.matcher(stem).find()) {
      return Integer.MAX_VALUE;
    }
    int dash = stem.lastIndexOf(" - ");
    if (dash >= 0 && !YEAR.matcher(stem.substring(dash + 3)).find()) {
      return 1;
    }
    return 0;
  }

  // ---------------------------------------------------------------- folders

  @Override
  public FolderReading readFolder(String folderName) {
    MovieParts parts = new MovieParts();
    Tokens.Blocks blocks = Tokens.blocks(folderName, false);
    for (String block : blocks.brackets()) {
      Matcher id = ID_BLOCK.matcher("[" + block + "]");
      if (id.matches()) {
        String key = id.group(1);
        Optional<Provider> provider = Provider.byKey(key);
        if (provider.isPresent()) {
          parts.id(provider.get(), id.group(2), "[" + block + "]");
        } else {
          parts.attribute(key, id.group(2).strip());
        }
      } else if (!block.isBlank()) {
        Tokens.lose(parts.losses, LossKind.LABEL, "", block.strip(), "folder names keep no labels");
      }
    }
    return parts.finish(blocks.rest(), true);
  }

  @Override
  String folderBlock(String key, String value, List<TranslationLoss> losses) {
    return "[" + key + "id-" + clean(value, losses) + "]";
  }

  // ---------------------------------------------------------------- videos

  @Override
  public VideoReading readVideo(String folderName, Movie movie, String fileName) {
    String extension = Tokens.extension(fileName);
    if (!usableExtension(extension)) {
      return VideoReading.of(Optional.empty(), List.of());
    }
    List<TranslationLoss> losses = new ArrayList<>();
    Video.Builder video = Video.builder().extension(extension);
    String stem = Tokens.stem(fileName);

    String label = null;
    Part part = null;
    if (Tokens.startsWithIgnoreCase(stem, folderName)
        && Tokens.boundary(stem, folderName.length())) {
      label = stem.substring(folderName.length());
    } else {
      String bare = Tokens.collapse(ID_BLOCK.matcher(stem).replaceAll(" "));
      for (String prefix : moviePrefixes(movie)) {
        if (Tokens.startsWithIgnoreCase(bare, prefix) && Tokens.boundary(bare, prefix.length())) {
          label = bare.substring(prefix.length());
          break;
        }
      }
      if (label == null) {
        // Not named after the movie: the version label is what follows the last " - ".
        Optional<Tokens.PartSplit> split = Tokens.trailingPart(bare);
        if (split.isPresent()) {
          part = split.get().part();
          bare = split.get().rest();
        }
        label = "";
        int dash = bare.lastIndexOf(" - ");
        if (dash >= 0) {
          label = bare.substring(dash + 3);
          bare = bare.substring(0, dash);
        }
        if (!bare.isBlank()) {
          Tokens.lose(losses, LossKind.TEXT, "", bare.strip(), "video name differs from the movie");
        }
      }
    }
    label = Tokens.collapse(ID_BLOCK.matcher(label).replaceAll(" "));
    label = Tokens.stripLeadingDashes(label);

    if (part == null) {
      Optional<Tokens.PartSplit> split = Tokens.trailingPart(label);
      if (split.isPresent()) {
        part = split.get().part();
        label = Tokens.stripLeadingDashes(split.get().rest());
      }
    }

    // Radarr/TRaSH names: [labels] with a release group glued to the last one, [x265]-RlsGrp
    String group = null;
    Tokens.GluedGroup g = Tokens.gluedGroup(label);
    if (g != null && Tokens.usable(g.group())) {
      group = Tokens.collapse(g.group());
      label = label.substring(0, g.start() - 1);
    }
    String hash = null;
    List<String> labels = new ArrayList<>();
    Matcher t = TRAILING_GROUP.matcher(label);
    while (t.matches() && !t.group(1).isBlank()) {
      String content = t.group(2).strip();
      if (hash == null && Tokens.isHash(content)) {
        hash = content;
      } else if (Tokens.usable(content)) {
        labels.add(0, content);
      }
      label = t.group(1).strip();
      t = TRAILING_GROUP.matcher(label);
    }
    Matcher single = SINGLE_GROUP.matcher(label);
    if (single.matches()) {
      String content = single.group(1).strip();
      if (hash == null && Tokens.isHash(content)) {
        hash = content;
        label = "";
      } else {
        label = content;
      }
    }
    Matcher braced = BRACED.matcher(label);
    if (braced.matches()) {
      // {Edition Tags} of TRaSH's Jellyfin scheme
      label = Tokens.stripLeadingDashes(braced.group(1));
    }
    if (part == null) {
      // a part token before the labels: Movie - cd1 [x265]
      Optional<Tokens.PartSplit> split = Tokens.trailingPart(label);
      if (split.isPresent()) {
        part = split.get().part();
        label = Tokens.stripLeadingDashes(split.get().rest());
        Matcher bracedBeforePart = BRACED.matcher(label);
        if (bracedBeforePart.matches()) {
          // {Edition Tags}part 3: the same edition as {Edition Tags} - part3, which lint writes
          label = Tokens.stripLeadingDashes(bracedBeforePart.group(1));
        }
      }
    }
    if (part != null) {
      video.part(part);
    }
    if (hash != null) {
      video.disambiguation(hash);
    }
    if (group != null) {
      labels.add(group);
    }

    label = Tokens.collapse(label);
    boolean resolved = false;
    if (!label.isEmpty()) {
      String[] words = label.split(" ", -1); // collapsed: no empty words
      Optional<Resolution> first = Tokens.resolution(words[0]);
      Optional<Resolution> lastWord = Tokens.resolution(words[words.length - 1]);
      String edition;
      if (first.isPresent()) {
        video.resolution(first.get());
        resolved = true;
        edition = label.substring(words[0].length()).strip();
      } else if (lastWord.isPresent()) {
        video.resolution(lastWord.get());
        resolved = true;
        edition = label.substring(0, label.length() - words[words.length - 1].length()).strip();
      } else {
        edition = label;
      }
      if (part == null) {
        // Movie - pt1 BD: the part before the resolution word
        Optional<Tokens.PartSplit> split = Tokens.trailingPart(edition);
        if (split.isPresent()) {
          video.part(split.get().part());
          edition = Tokens.stripLeadingDashes(split.get().rest());
        }
      }
      String outsideGroups = Tokens.blocks(edition, false).rest();
      if (outsideGroups.indexOf('[') >= 0 || outsideGroups.indexOf(']') >= 0) {
        // a stray bracket: nothing could write this edition back as itself
        Tokens.lose(losses, LossKind.TEXT, "", edition, "not a version label");
      } else if (Tokens.usable(edition)) {
        video.edition(edition);
      }
    } else {
      movie.defaultEdition().ifPresent(video::edition);
    }
    if (!resolved) {
      // none in the words: a label may give it, as in Plex names
      Tokens.resolutionFromLabels(labels).ifPresent(video::resolution);
    }
    video.labels(labels);
    return VideoReading.of(Optional.of(video.build()), losses);
  }

  @Override
  public NameWriting writeVideo(String folderName, Video video) {
    List<TranslationLoss> losses = new ArrayList<>();
    List<String> words = new ArrayList<>();
    video
        .resolution()
        .ifPresent(
            r -> {
              String form = form(r);
              words.add(form);
              Resolution back = Resolution.of(form);
              if (!back.equals(r)) {
                Tokens.lose(
                    losses,
                    LossKind.LABEL,
                    "",
                    r.value(),
                    "Jellyfin writes " + r.value() + " as " + form);
              }
            });
    video.edition().ifPresent(e -> words.add(clean(e, losses)));
    video
        .versionText()
        .ifPresent(
            t -> {
              words.add(clean(t, losses));
              Tokens.lose(
                  losses,
                  LossKind.VERSION_TEXT,
                  "",
                  t,
                  "Jellyfin reads version text as an edition");
            });
    video.disambiguation().ifPresent(h -> words.add("[" + h + "]"));
    for (String label : video.labels()) {
      String why =
          Tokens.resolution(label).isPresent()
              ? "multiple resolution labels; first one wins"
              : "Jellyfin names have no free labels";
      Tokens.lose(losses, LossKind.LABEL, "", label, why);
    }
    for (Attribute a : video.attributes()) {
      Tokens.lose(
          losses, LossKind.ATTRIBUTE, a.key(), a.value(), "Jellyfin names have no attributes");
    }
    StringBuilder name = new StringBuilder(folderName);
    if (!words.isEmpty()) {
      name.append(" - ").append(Tokens.collapse(String.join(" ", words)));
    }
    video.part().ifPresent(p -> name.append(" - ").append(p.token()));
    name.append(video.extension());
    return NameWriting.of(name.toString(), losses);
  }

  /** The Jellyfin spelling of a resolution, chosen so that versions sort best first. */
  static String form(Resolution r) {
    if (r.isDvd()) {
      return "DVD";
    }
    return switch (r.lines()) {
      case 480, 576 -> "DVD";
      case 720 -> "720p";
      case 1080 -> "BD";
      case 2160 -> "4k";
      default -> r.value();
    };
  }

  /** Replaces brackets, which would be read as labels. */
  private static String clean(String text, List<TranslationLoss> losses) {
    if (text.indexOf('[') < 0 && text.indexOf(']') < 0) {
      return text;
    }
    Tokens.lose(losses, LossKind.TEXT, "", text, "Jellyfin names cannot hold [ ] here");
    return text.replace('[', '(').replace(']', ')');
  }

  // ---------------------------------------------------------------- extras

  @Override
  String extrasFolder(ExtrasCategory category, String sourceName, List<TranslationLoss> losses) {
    return switch (category) {
      case BEHIND_THE_SCENES, DELETED_SCENES, FEATURETTES, INTERVIEWS, SCENES, SHORTS, TRAILERS ->
          sourceName.toLowerCase(Locale.ROOT);
      case OTHER -> sourceName.equalsIgnoreCase("other") ? "other" : sourceName;
      default -> sourceName;
    };
  }

  @Override
  String inlineExtraStem(InlineExtras.Match match, String stem) {
    return stem;
  }
}

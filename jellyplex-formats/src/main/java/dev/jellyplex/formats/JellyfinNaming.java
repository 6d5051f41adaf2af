package dev.jellyplex.formats;

import dev.jellyplex.model.Attribute;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Jellyfin's naming: {@code Title (Year) [imdbid-tt…]} and {@code <folder> - <label>} versions. */
final class JellyfinNaming extends FormatBase {
  static final JellyfinNaming INSTANCE = new JellyfinNaming();

  private static final Pattern TRAILING_GROUP = Pattern.compile("(.*?)\\s*\\[([^\\[\\]]*)\\]");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private JellyfinNaming() {}

  @Override
  public FormatId id() {
    return FormatId.JELLYFIN;
  }

  @Override
  public int detectionScore(String videoFileName) {
    String stem = FileNames.stem(videoFileName);
    if (hasIdBlock(stem)) {
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
    NameBlocks.Blocks blocks = NameBlocks.blocks(folderName, false);
    for (String block : blocks.brackets()) {
      String written = "[" + block + "]";
      IdBlock id = idBlockAt(written, 0);
      if (id != null && id.end() == written.length()) {
        String key = id.key();
        String provider = providerKey(key);
        if (provider != null) {
          parts.id(provider, id.value(), written);
        } else {
          parts.attribute(key, id.value().strip());
        }
      } else if (!block.isBlank()) {
        Losses.add(parts.losses, LossKind.LABEL, "", block.strip(), "folder names keep no labels");
      }
    }
    return parts.finish(blocks.rest(), true);
  }

  /** An id block's key (before {@code id}), value, and the index right after its {@code ]}. */
  record IdBlock(String key, String value, int end) {}

  /**
   * The id block that starts at {@code text[start]}, or null: what the regex {@code
   * \\[\\s*([A-Za-z]+)id\\s*[-=]([^\\[\\]]*)\\]} (ASCII letters and white space, ASCII case
   * ignored) matches there. Scanned by hand: every bracket block of every folder name read asks.
   * The letters must end in {@code id} with one before: the regex's greedy key gives back just
   * those two, as a letter after them could not be followed by {@code [-=]}.
   */
  static @Nullable IdBlock idBlockAt(String text, int start) {
    int n = text.length();
    if (start >= n || text.charAt(start) != '[') {
      return null;
    }
    int i = start + 1;
    while (i < n && Text.isAsciiSpace(text.charAt(i))) {
      i++;
    }
    int keyStart = i;
    while (i < n && Text.isAsciiLetter(text.charAt(i))) {
      i++;
    }
    if (i - keyStart < 3
        || (text.charAt(i - 2) | 0x20) != 'i'
        || (text.charAt(i - 1) | 0x20) != 'd') {
      return null;
    }
    int keyEnd = i - 2;
    while (i < n && Text.isAsciiSpace(text.charAt(i))) {
      i++;
    }
    if (i == n || (text.charAt(i) != '-' && text.charAt(i) != '=')) {
      return null;
    }
    int valueStart = ++i;
    while (i < n && text.charAt(i) != '[' && text.charAt(i) != ']') {
      i++;
    }
    if (i == n || text.charAt(i) != ']') {
      return null;
    }
    return new IdBlock(text.substring(keyStart, keyEnd), text.substring(valueStart, i), i + 1);
  }

  /** Whether an id block starts anywhere in {@code text}, as {@code find()} of that regex says. */
  static boolean hasIdBlock(String text) {
    for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
      if (idBlockAt(text, open) != null) {
        return true;
      }
    }
    return false;
  }

  @Override
  void videoIds(String fileName, Map<String, String> into) {
    String stem = FileNames.stem(fileName);
    for (int open = stem.indexOf('['); open >= 0; open = stem.indexOf('[', open + 1)) {
      IdBlock id = idBlockAt(stem, open);
      if (id != null) {
        String provider = providerKey(id.key());
        if (provider != null && Text.usable(id.value().strip())) {
          into.putIfAbsent(provider, id.value().strip());
        }
      }
    }
  }

  /** The text with each id block replaced by a space, as {@code replaceAll(" ")} of that regex. */
  static String removeIdBlocks(String text) {
    int open = text.indexOf('[');
    if (open < 0) {
      return text;
    }
    StringBuilder out = null;
    int last = 0;
    while (open >= 0) {
      IdBlock id = idBlockAt(text, open);
      if (id == null) {
        open = text.indexOf('[', open + 1);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, open).append(' ');
      last = id.end();
      open = text.indexOf('[', last);
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /**
   * The content of a text that is one block, {@code open content close} with neither inside, or
   * null: what the group of the regex {@code \\[([^\\[\\]]*)\\]} (or {@code \\{([^{}]*)\\}}) gives
   * when it matches the whole text.
   */
  static @Nullable String wrapped(String text, char open, char close) {
    int last = text.length() - 1;
    if (last < 1 || text.charAt(0) != open || text.charAt(last) != close) {
      return null;
    }
    for (int i = 1; i < last; i++) {
      char c = text.charAt(i);
      if (c == open || c == close) {
        return null;
      }
    }
    return text.substring(1, last);
  }

  @Override
  String folderBlock(String key, String value, List<TranslationLoss> losses) {
    return "[" + key + "id-" + clean(value, losses) + "]";
  }

  // ---------------------------------------------------------------- videos

  @Override
  public VideoReading readVideo(String folderName, Movie movie, String fileName) {
    String extension = FileNames.extension(fileName);
    if (!FileNames.isExtension(extension)) {
      return VideoReading.of(Optional.empty(), List.of());
    }
    List<TranslationLoss> losses = new ArrayList<>();
    Video.Builder video = Video.builder().extension(extension);
    String stem = FileNames.stem(fileName);

    String label = null;
    Part part = null;
    if (Text.startsWithIgnoreCase(stem, folderName) && Text.boundary(stem, folderName.length())) {
      label = stem.substring(folderName.length());
    } else {
      String bare = Text.collapse(removeIdBlocks(stem));
      for (String prefix : moviePrefixes(movie)) {
        if (Text.startsWithIgnoreCase(bare, prefix) && Text.boundary(bare, prefix.length())) {
          label = bare.substring(prefix.length());
          break;
        }
      }
      if (label == null) {
        // Not named after the movie: the version label is what follows the last " - ".
        Optional<PartTokens.PartSplit> split = PartTokens.trailingPart(bare);
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
          Losses.add(losses, LossKind.TEXT, "", bare.strip(), "video name differs from the movie");
        }
      }
    }
    label = Text.collapse(removeIdBlocks(label));
    label = Text.stripLeadingDashes(label);

    if (part == null) {
      Optional<PartTokens.PartSplit> split = PartTokens.trailingPart(label);
      if (split.isPresent()) {
        part = split.get().part();
        label = Text.stripLeadingDashes(split.get().rest());
      }
    }

    // Radarr/TRaSH names: [labels] with a release group glued to the last one, [x265]-RlsGrp
    String group = null;
    NameBlocks.GluedGroup g = NameBlocks.gluedGroup(label);
    if (g != null && Text.usable(g.group())) {
      group = Text.collapse(g.group());
      label = label.substring(0, g.start() - 1);
    }
    String hash = null;
    List<String> labels = new ArrayList<>();
    // the regex matches whole labels: one that does not end with ] cannot match, and most do not
    while (label.endsWith("]")) {
      Matcher t = TRAILING_GROUP.matcher(label);
      if (!t.matches() || t.group(1).isBlank()) {
        break;
      }
      String content = t.group(2).strip();
      if (hash == null && FileNames.isHash(content)) {
        hash = content;
      } else if (Text.usable(content)) {
        labels.add(0, content);
      }
      label = t.group(1).strip();
    }
    String single = wrapped(label, '[', ']');
    if (single != null) {
      String content = single.strip();
      if (hash == null && FileNames.isHash(content)) {
        hash = content;
        label = "";
      } else {
        label = content;
      }
    }
    String braced = wrapped(label, '{', '}');
    if (braced != null) {
      // {Edition Tags} of TRaSH's Jellyfin scheme
      label = Text.stripLeadingDashes(braced);
    }
    if (part == null) {
      // a part token before the labels: Movie - cd1 [x265]
      Optional<PartTokens.PartSplit> split = PartTokens.trailingPart(label);
      if (split.isPresent()) {
        part = split.get().part();
        label = Text.stripLeadingDashes(split.get().rest());
        String bracedBeforePart = wrapped(label, '{', '}');
        if (bracedBeforePart != null) {
          // {Edition Tags}part 3: the same edition as {Edition Tags} - part3, which lint writes
          label = Text.stripLeadingDashes(bracedBeforePart);
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

    label = Text.collapse(label);
    boolean resolved = false;
    if (!label.isEmpty()) {
      // collapsed: the words are separated by single spaces
      int firstSpace = label.indexOf(' ');
      String firstWord = firstSpace < 0 ? label : label.substring(0, firstSpace);
      String lastWordText = label.substring(label.lastIndexOf(' ') + 1);
      Optional<Resolution> first = Resolution.parse(firstWord);
      Optional<Resolution> lastWord = Resolution.parse(lastWordText);
      String edition;
      if (first.isPresent()) {
        video.resolution(first.get());
        resolved = true;
        edition = label.substring(firstWord.length()).strip();
      } else if (lastWord.isPresent()) {
        video.resolution(lastWord.get());
        resolved = true;
        edition = label.substring(0, label.length() - lastWordText.length()).strip();
      } else {
        edition = label;
      }
      if (part == null) {
        // Movie - pt1 BD: the part before the resolution word
        Optional<PartTokens.PartSplit> split = PartTokens.trailingPart(edition);
        if (split.isPresent()) {
          video.part(split.get().part());
          edition = Text.stripLeadingDashes(split.get().rest());
        }
      }
      // rule 4: quality words around the edition are labels (Plex would split the movie on them)
      QualityWords.Split quality = QualityWords.split(Text.collapse(edition), resolved);
      if (quality.resolution() != null) {
        video.resolution(quality.resolution());
        resolved = true;
      }
      for (String dropped : quality.dropped()) {
        Losses.add(
            losses, LossKind.LABEL, "", dropped, "multiple resolution labels; first one wins");
      }
      labels.addAll(0, quality.labels());
      edition = quality.edition();
      String outsideGroups = NameBlocks.blocks(edition, false).rest();
      if (outsideGroups.indexOf('[') >= 0 || outsideGroups.indexOf(']') >= 0) {
        // a stray bracket: nothing could write this edition back as itself
        Losses.add(losses, LossKind.TEXT, "", edition, "not a version label");
      } else if (Text.usable(edition)) {
        video.edition(edition);
      }
    } else {
      movie.defaultEdition().ifPresent(video::edition);
    }
    if (!resolved) {
      // none in the words: a label may give it, as in Plex names
      Resolution.resolutionFromLabels(labels).ifPresent(video::resolution);
    }
    video.labels(labels);
    return VideoReading.of(Optional.of(video.build()), losses);
  }

  @Override
  NameWriting writeVideo(String folderName, Video video, boolean lint) {
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
                Losses.add(
                    losses,
                    LossKind.LABEL,
                    "",
                    r.value(),
                    "Jellyfin writes " + r.value() + " as " + form);
              }
            });
    video.edition().ifPresent(e -> words.add(clean(e, losses)));
    List<String> lost = new ArrayList<>();
    for (String label : video.labels()) {
      // quality words stay in lint mode (read from them), 3D words always (Jellyfin detects 3D)
      if ((lint && QualityWords.isQualityLabel(label)) || QualityWords.is3D(label)) {
        words.add(clean(label, losses));
      } else {
        lost.add(label);
      }
    }
    video
        .versionText()
        .ifPresent(
            t -> {
              words.add(clean(t, losses));
              Losses.add(
                  losses,
                  LossKind.VERSION_TEXT,
                  "",
                  t,
                  "Jellyfin reads version text as an edition");
            });
    video.disambiguation().ifPresent(h -> words.add("[" + h + "]"));
    for (String label : lost) {
      String why =
          Resolution.parse(label).isPresent()
              ? "multiple resolution labels; first one wins"
              : "Jellyfin names have no free labels";
      Losses.add(losses, LossKind.LABEL, "", label, why);
    }
    for (Attribute a : video.attributes()) {
      Losses.add(
          losses, LossKind.ATTRIBUTE, a.key(), a.value(), "Jellyfin names have no attributes");
    }
    StringBuilder name = new StringBuilder(folderName);
    if (!words.isEmpty()) {
      name.append(" - ").append(Text.collapse(String.join(" ", words)));
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
    Losses.add(losses, LossKind.TEXT, "", text, "Jellyfin names cannot hold [ ] here");
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
  boolean readsSubtitlesOnlyNextToVideo() {
    return true;
  }

  @Override
  String inlineExtraStem(InlineExtras.Match match, String stem) {
    return stem;
  }
}

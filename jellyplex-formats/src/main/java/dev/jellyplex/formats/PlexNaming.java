package dev.jellyplex.formats;

import dev.jellyplex.model.Attribute;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Plex's naming: {@code Title (Year) {imdb-tt…}}, {@code {edition-…}} and {@code [labels]}. */
final class PlexNaming extends FormatBase {
  static final PlexNaming INSTANCE = new PlexNaming();

  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");
  private static final Pattern TITLE_YEAR_PREFIX =
      Pattern.compile("(.*?\\([1-9][0-9]{3}\\))(.*)", Pattern.DOTALL);
  private static final Pattern ID_BLOCK = Pattern.compile("\\{\\s*[A-Za-z]+-[^{}]*\\}");
  private static final Pattern LABEL_BLOCK = Pattern.compile("\\[[^\\[\\]]*\\]");

  private PlexNaming() {}

  @Override
  public FormatId id() {
    return FormatId.PLEX;
  }

  @Override
  public int detectionScore(String videoFileName) {
    String stem = FileNames.stem(videoFileName);
    if (ID_BLOCK.matcher(stem).find()) {
      return Integer.MAX_VALUE;
    }
    return LABEL_BLOCK.matcher(stem).find() ? 1 : 0;
  }

  // ---------------------------------------------------------------- folders

  @Override
  public FolderReading readFolder(String folderName) {
    MovieParts parts = new MovieParts();
    NameBlocks.Blocks blocks = NameBlocks.blocks(folderName, true);
    for (String block : blocks.braces()) {
      KeyValue kv = keyValue(block);
      if (kv != null) {
        String key = kv.key();
        String value = Text.collapse(kv.value());
        String provider = providerKey(key);
        if (provider != null) {
          parts.id(provider, value, "{" + block + "}");
        } else if (key.equalsIgnoreCase("edition")) {
          parts.defaultEdition(value);
        } else {
          parts.attribute(key, value);
        }
      } else if (!block.isBlank()) {
        Losses.add(parts.losses, LossKind.TEXT, "", block.strip(), "not a {key-value} block");
      }
    }
    for (String label : blocks.brackets()) {
      if (!label.isBlank()) {
        Losses.add(parts.losses, LossKind.LABEL, "", label.strip(), "folder names keep no labels");
      }
    }
    return parts.finish(blocks.rest(), false);
  }

  @Override
  String folderBlock(String key, String value, List<TranslationLoss> losses) {
    return "{" + key + "-" + clean(value, losses) + "}";
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

    // A release group glued to the last label: [x265]-RlsGrp
    String group = null;
    NameBlocks.GluedGroup g = NameBlocks.gluedGroup(stem);
    if (g != null
        && Text.usable(g.group())
        && PartTokens.trailingPart(g.group()).map(p -> !p.rest().isEmpty()).orElse(true)) {
      group = Text.collapse(g.group());
      stem = stem.substring(0, g.start() - 1);
    }

    // {key-value} blocks and [labels]
    NameBlocks.Blocks blocks = NameBlocks.blocks(stem, true);
    String edition = null;
    String keyless = null;
    for (String block : blocks.braces()) {
      KeyValue kv = keyValue(block);
      if (kv != null) {
        String key = kv.key();
        String value = Text.collapse(kv.value());
        if (providerKey(key) != null || hasAttribute(movie, key, value)) {
          continue; // the folder is the truth
        }
        if (key.equalsIgnoreCase("edition") && edition == null && Text.usable(value)) {
          edition = value;
        } else if (value.indexOf(0) < 0 && value.indexOf('/') < 0) {
          video.addAttributes(Attribute.of(key, value));
        }
      } else {
        String text = Text.collapse(block);
        if (keyless == null && Text.usable(text)) {
          keyless = text;
        } else if (!text.isEmpty()) {
          Losses.add(losses, LossKind.TEXT, "", text, "a second {text} block");
        }
      }
    }
    List<String> labels = new ArrayList<>();
    for (String block : blocks.brackets()) {
      String label = Text.collapse(block);
      if (Text.usable(label)) {
        labels.add(label);
      }
    }
    String text = blocks.rest();
    if (!labels.isEmpty() && FileNames.isHash(labels.get(labels.size() - 1))) {
      video.disambiguation(labels.remove(labels.size() - 1));
    }
    if (group != null) {
      labels.add(group);
    }

    // What is left: Title (Year), " - text", a part
    Rest r = readRest(Text.collapse(text), movie, losses);
    Resolution resolution = r.resolution;
    if (keyless != null) {
      absorbKeyless(keyless, r, losses);
    }
    String versionText = r.versionText;
    if (resolution == null) {
      resolution = Resolution.resolutionFromLabels(labels).orElse(null);
    }
    if (edition == null) {
      edition = movie.defaultEdition().orElse(null);
    }
    if (edition != null) {
      video.edition(edition);
    }
    if (resolution != null) {
      video.resolution(resolution);
    }
    if (versionText != null) {
      video.versionText(versionText);
    }
    if (r.part != null) {
      video.part(r.part);
    }
    video.labels(labels);
    return VideoReading.of(Optional.of(video.build()), losses);
  }

  /** A {@code key-value} block's parts. */
  record KeyValue(String key, String value) {}

  /**
   * The parts of a {@code key-value} block, or null: what the regex {@code \\s*([A-Za-z]+)-(.*)}
   * (DOTALL, ASCII white space) matches, scanned by hand (every block of every name asks).
   */
  static @Nullable KeyValue keyValue(String block) {
    int n = block.length();
    int i = 0;
    while (i < n && Text.isAsciiSpace(block.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < n && Text.isAsciiLetter(block.charAt(i))) {
      i++;
    }
    if (i == start || i == n || block.charAt(i) != '-') {
      return null;
    }
    return new KeyValue(block.substring(start, i), block.substring(i + 1));
  }

  private static boolean hasAttribute(Movie movie, String key, String value) {
    for (Attribute a : movie.attributes()) {
      if (a.key().equals(key) && a.value().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** What a video name says outside its blocks. */
  private static final class Rest {
    @Nullable Resolution resolution;
    @Nullable String versionText;
    @Nullable Part part;
  }

  private static Rest readRest(String text, Movie movie, List<TranslationLoss> losses) {
    Rest r = new Rest();
    String remainder = null;
    for (String prefix : moviePrefixes(movie)) {
      if (Text.startsWithIgnoreCase(text, prefix) && Text.boundary(text, prefix.length())) {
        remainder = text.substring(prefix.length()).strip();
        break;
      }
    }
    if (remainder == null) {
      remainder = text;
      Optional<PartTokens.PartSplit> split = PartTokens.trailingPart(remainder);
      if (split.isPresent()) {
        r.part = split.get().part();
        remainder = split.get().rest();
      }
      String head;
      Matcher y = TITLE_YEAR_PREFIX.matcher(remainder);
      int dash = remainder.lastIndexOf(" - ");
      if (y.matches()) {
        head = y.group(1);
        remainder = y.group(2).strip();
      } else if (dash >= 0) {
        head = remainder.substring(0, dash);
        remainder = remainder.substring(dash + 1);
      } else if (Resolution.parse(remainder).isPresent()) {
        head = "";
      } else {
        head = remainder;
        remainder = "";
      }
      if (!head.isBlank()) {
        Losses.add(losses, LossKind.TEXT, "", head.strip(), "video name differs from the movie");
      }
    }
    if (r.part == null) {
      Optional<PartTokens.PartSplit> split = PartTokens.trailingPart(remainder);
      if (split.isPresent()) {
        r.part = split.get().part();
        remainder = split.get().rest();
      }
    }
    remainder = remainder.strip();
    if (remainder.isEmpty()) {
      return r;
    }
    boolean dashed = remainder.startsWith("-");
    String t = dashed ? Text.stripLeadingDashes(remainder) : remainder;
    if (t.isEmpty()) {
      return r;
    }
    Optional<Resolution> res = Resolution.parse(t);
    if (res.isPresent()) {
      r.resolution = res.get();
    } else if (dashed && Text.usable(t) && !hasBlockCharacters(t)) {
      r.versionText = t;
    } else {
      Losses.add(losses, LossKind.TEXT, "", t, "text outside blocks and not a - version");
    }
    return r;
  }

  /**
   * Whether text has a stray bracket or brace: it cannot be version text, which could not be
   * written back without changing what it says.
   */
  private static boolean hasBlockCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[' || c == ']' || c == '{' || c == '}') {
        return true;
      }
    }
    return false;
  }

  /** A {@code {text}} block: version text, unless it reads as something else. */
  private static void absorbKeyless(String text, Rest r, List<TranslationLoss> losses) {
    String t = Text.stripLeadingDashes(text);
    if (t.isEmpty()) {
      return;
    }
    Optional<Resolution> res = Resolution.parse(t);
    if (res.isPresent() && r.resolution == null) {
      r.resolution = res.get();
    } else if (res.isEmpty()
        && r.versionText == null
        && PartTokens.trailingPart(t).isEmpty()
        && !hasBlockCharacters(t)) {
      r.versionText = t;
    } else {
      Losses.add(losses, LossKind.TEXT, "", text, "a {text} block that is not a version");
    }
  }

  @Override
  void videoIds(String fileName, Map<String, String> into) {
    String stem = FileNames.stem(fileName);
    if (stem.indexOf('{') < 0) {
      return; // the usual video name: no block at all
    }
    for (String block : NameBlocks.blocks(stem, true).braces()) {
      KeyValue kv = keyValue(block);
      String provider = kv == null ? null : providerKey(kv.key());
      if (provider != null) {
        String value = Text.collapse(kv.value());
        if (Text.usable(value)) {
          into.putIfAbsent(provider, value);
        }
      }
    }
  }

  @Override
  NameWriting writeVideo(String folderName, Video video, boolean lint) {
    List<TranslationLoss> losses = new ArrayList<>();
    StringBuilder name = new StringBuilder(withoutFolderEdition(folderName));
    video.versionText().ifPresent(t -> name.append(" - ").append(cleanAll(t, losses)));
    video.edition().ifPresent(e -> name.append(" {edition-").append(clean(e, losses)).append('}'));
    video
        .edition()
        .filter(e -> e.codePointCount(0, e.length()) > MAX_EDITION_LENGTH)
        .ifPresent(
            e ->
                Losses.add(
                    losses,
                    LossKind.TEXT,
                    "",
                    e,
                    "Plex shows at most " + MAX_EDITION_LENGTH + " characters of an edition"));
    for (Attribute a : video.attributes()) {
      if (LETTERS.matcher(a.key()).matches()) {
        name.append(" {").append(a.key()).append('-').append(clean(a.value(), losses)).append('}');
      } else {
        Losses.add(losses, LossKind.ATTRIBUTE, a.key(), a.value(), "Plex keys are letters only");
      }
    }
    video
        .resolution()
        .filter(r -> !impliedByLabels(r, video.labels()))
        .ifPresent(r -> name.append(" [").append(r.value()).append(']'));
    for (String label : video.labels()) {
      name.append(" [").append(cleanAll(label, losses)).append(']');
    }
    video.disambiguation().ifPresent(h -> name.append(" [").append(h).append(']'));
    video.part().ifPresent(p -> name.append(" - ").append(p.token()));
    name.append(video.extension());
    return NameWriting.of(name.toString(), losses);
  }

  /** Plex's documented limit for an edition's length, in characters. */
  static final int MAX_EDITION_LENGTH = 32;

  /**
   * A folder name without the {@code {edition-...}} block that ends it (Plex's edition-per-folder
   * layout, kept in lint mode): the videos in it write their edition themselves.
   */
  static String withoutFolderEdition(String folderName) {
    int n = folderName.length();
    if (n == 0 || folderName.charAt(n - 1) != '}') {
      return folderName; // the usual folder name: no need to look further
    }
    int open = folderName.lastIndexOf('{');
    if (open <= 0
        || folderName.charAt(open - 1) != ' '
        || !folderName.regionMatches(true, open + 1, "edition-", 0, "edition-".length())) {
      return folderName;
    }
    return folderName.substring(0, open - 1);
  }

  /** Whether the labels already give this resolution the way the reader finds it. */
  private static boolean impliedByLabels(Resolution resolution, List<String> labels) {
    for (String label : labels) {
      if (Resolution.parse(label).isPresent()) {
        return false;
      }
    }
    for (String label : labels) {
      Optional<Resolution> contained = Resolution.containedResolution(label);
      if (contained.isPresent()) {
        return contained.get().equals(resolution);
      }
    }
    return false;
  }

  /** Replaces braces, which would end a block early. */
  private static String clean(String text, List<TranslationLoss> losses) {
    if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
      return text;
    }
    Losses.add(losses, LossKind.TEXT, "", text, "Plex names cannot hold { } inside a block");
    return text.replace('{', '(').replace('}', ')');
  }

  /** Replaces braces and brackets, which would be read as blocks. */
  private static String cleanAll(String text, List<TranslationLoss> losses) {
    if (text.indexOf('[') < 0 && text.indexOf(']') < 0) {
      return clean(text, losses);
    }
    Losses.add(losses, LossKind.TEXT, "", text, "Plex names cannot hold [ ] inside a label");
    return text.replace('{', '(').replace('}', ')').replace('[', '(').replace(']', ')');
  }

  // ---------------------------------------------------------------- extras

  @Override
  String extrasFolder(ExtrasCategory category, String sourceName, List<TranslationLoss> losses) {
    return switch (category) {
      case BEHIND_THE_SCENES -> "Behind The Scenes";
      case DELETED_SCENES -> "Deleted Scenes";
      case FEATURETTES -> "Featurettes";
      case INTERVIEWS -> "Interviews";
      case SCENES -> "Scenes";
      case SHORTS -> "Shorts";
      case TRAILERS -> "Trailers";
      case OTHER -> "Other";
      case CLIPS, BACKDROPS -> {
        Losses.add(losses, LossKind.CATEGORY, "", sourceName, "Plex has no such extras folder");
        yield "Other";
      }
      default -> sourceName;
    };
  }

  @Override
  boolean readsSubtitlesOnlyNextToVideo() {
    return false;
  }

  @Override
  String inlineExtraStem(InlineExtras.Match match, String stem) {
    // a converted suffix is glued the Plex way: "Up (2009) - Sample" becomes "Up (2009)-other"
    return switch (match.kind()) {
      case JELLYFIN_TRAILER -> match.base().stripTrailing() + "-trailer" + match.digits();
      case JELLYFIN_OTHER -> match.base().stripTrailing() + "-other" + match.digits();
      default -> stem;
    };
  }
}

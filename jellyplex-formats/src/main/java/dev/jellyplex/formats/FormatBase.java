package dev.jellyplex.formats;

import dev.jellyplex.model.Attribute;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What every format implementation shares: the parts of a format the translator needs beyond the
 * public reader and writer (extras spellings), and helpers for reading folder names.
 */
abstract sealed class FormatBase implements NamingFormat permits PlexNaming, JellyfinNaming {
  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z]+");

  @Override
  public final NameWriting writeFolder(Movie movie) {
    return writeFolder(movie, false);
  }

  /**
   * Writes a folder name: title, year, then a block per id; {@code keepAttributes} (lint mode,
   * where the attributes were read in this very format) also writes the movie's other {@code
   * key-value} pairs, which are otherwise reported as lost.
   */
  final NameWriting writeFolder(Movie movie, boolean keepAttributes) {
    List<TranslationLoss> losses = new ArrayList<>();
    StringBuilder name = new StringBuilder(movie.title());
    movie.year().ifPresent(y -> name.append(" (").append(y).append(')'));
    for (Map.Entry<String, String> id : movie.ids().entrySet()) {
      name.append(' ').append(folderBlock(id.getKey(), id.getValue(), losses));
    }
    for (Attribute a : movie.attributes()) {
      if (keepAttributes && ATTRIBUTE_KEY.matcher(a.key()).matches()) {
        name.append(' ').append(folderBlock(a.key(), a.value(), losses));
      } else {
        Losses.add(
            losses,
            LossKind.ATTRIBUTE,
            a.key(),
            a.value(),
            "folder names keep only title, year, ids");
      }
    }
    if (keepAttributes && movie.defaultEdition().isPresent()) {
      // Plex's edition-per-folder layout, kept in lint mode (the only format that reads it)
      name.append(' ').append(folderBlock("edition", movie.defaultEdition().get(), losses));
    }
    return NameWriting.of(name.toString(), losses);
  }

  /**
   * One id or attribute block of a folder name in this format, e.g. {@code {imdb-tt0113277}} or
   * {@code [imdbid-tt0113277]}; characters the block cannot hold are replaced and reported.
   */
  abstract String folderBlock(String key, String value, List<TranslationLoss> losses);

  @Override
  public final NameWriting writeVideo(String folderName, Video video) {
    return writeVideo(folderName, video, false);
  }

  /**
   * Writes a video's file name; {@code lint} (the video was read in this very format) keeps what
   * only a name of this format can say again, e.g. Jellyfin's quality words.
   */
  abstract NameWriting writeVideo(String folderName, Video video, boolean lint);

  /**
   * Adds the provider ids a video file name of this format carries ({@code {imdb-...}}, {@code
   * [imdbid-...]}) to {@code into}, by provider key, the first of each key only.
   */
  abstract void videoIds(String fileName, Map<String, String> into);

  /**
   * Whether the server reads subtitle and audio sidecars only next to their video, named after its
   * exact stem (Jellyfin, which ignores {@code Subs} folders), rather than also in a {@code Subs}
   * folder (Plex).
   */
  abstract boolean readsSubtitlesOnlyNextToVideo();

  /** The name this format gives an extras folder of {@code category} found as {@code source}. */
  abstract String extrasFolder(
      ExtrasCategory category, String sourceName, List<TranslationLoss> losses);

  /** The stem this format gives an inline extra whose stem is {@code stem}. */
  abstract String inlineExtraStem(InlineExtras.Match match, String stem);

  @Override
  public String toString() {
    return id().name();
  }

  /**
   * A folder name's {@code Title (Year) after}, as the groups of the regex {@code
   * (.+?)\\s+\\(([1-9][0-9]{3})\\)(.*)} (DOTALL, ASCII white space) give them, unstripped.
   */
  record TitleYear(String title, int year, String after) {}

  /**
   * What matching that regex against the whole text gives, or null: the shortest non-empty title
   * followed by ASCII white space and a {@code (year)}. Scanned by hand: every folder name read
   * asks.
   */
  static @Nullable TitleYear titleYear(String text) {
    int n = text.length();
    for (int i = 1; i < n; i++) {
      if (!Text.isAsciiSpace(text.charAt(i))) {
        continue;
      }
      int open = i;
      while (open < n && Text.isAsciiSpace(text.charAt(open))) {
        open++;
      }
      if (open + 6 <= n
          && text.charAt(open) == '('
          && text.charAt(open + 1) >= '1'
          && text.charAt(open + 1) <= '9'
          && Text.isAsciiDigit(text.charAt(open + 2))
          && Text.isAsciiDigit(text.charAt(open + 3))
          && Text.isAsciiDigit(text.charAt(open + 4))
          && text.charAt(open + 5) == ')') {
        return new TitleYear(
            text.substring(0, i),
            Integer.parseInt(text.substring(open + 1, open + 5)),
            text.substring(open + 6));
      }
      i = open; // a later start in the same white space run would find the same "(" after it
    }
    return null;
  }

  /**
   * The provider key {@code key} names, ignoring case: one of {@link Movie#PROVIDERS}, or null for
   * any other key.
   */
  static @Nullable String providerKey(String key) {
    for (String provider : Movie.PROVIDERS) {
      if (provider.equalsIgnoreCase(key)) {
        return provider;
      }
    }
    return null;
  }

  /** Collects the parts of a movie while a folder name is read; never throws. */
  static final class MovieParts {
    final List<TranslationLoss> losses = new ArrayList<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final List<Attribute> attributes = new ArrayList<>();
    private @Nullable String defaultEdition;

    void id(String provider, String value, String asWritten) {
      String v = value.strip();
      if (!Text.usable(v)) {
        Losses.add(losses, LossKind.ATTRIBUTE, provider, asWritten, "empty or unusable id");
      } else if (ids.containsKey(provider)) {
        Losses.add(losses, LossKind.ATTRIBUTE, provider, v, "a second " + provider + " id");
      } else {
        ids.put(provider, v);
      }
    }

    void attribute(String key, String value) {
      if (Text.usable(key) && value.indexOf('/') < 0 && value.indexOf('\0') < 0) {
        attributes.add(Attribute.of(key, value));
      } else {
        Losses.add(losses, LossKind.ATTRIBUTE, key, value, "unusable attribute");
      }
    }

    void defaultEdition(String edition) {
      String e = edition.strip();
      if (defaultEdition == null && Text.usable(e)) {
        defaultEdition = e;
      } else {
        Losses.add(losses, LossKind.ATTRIBUTE, "edition", edition, "a second or empty edition");
      }
    }

    /**
     * Finishes the movie from the text left after blocks were taken out: {@code Title (Year)} and
     * text after the year (lost).
     *
     * @param dropTrailingDash whether a trailing {@code " - stuff"} of a name without a year is not
     *     part of the title (Jellyfin)
     */
    FolderReading finish(String text, boolean dropTrailingDash) {
      String rest = Text.collapse(text);
      String title;
      Integer year = null;
      TitleYear m = titleYear(rest);
      if (m != null) {
        title = m.title().strip();
        year = m.year();
        String after = m.after().strip();
        if (!after.isEmpty()) {
          Losses.add(losses, LossKind.TEXT, "", after, "text after the year");
        }
      } else {
        title = rest;
        int dash = rest.indexOf(" - ");
        if (dropTrailingDash && dash > 0) {
          title = rest.substring(0, dash).strip();
          Losses.add(losses, LossKind.TEXT, "", rest.substring(dash + 3), "text after the title");
        }
      }
      if (!Text.usable(title) || title.startsWith(".") || !meaningful(title)) {
        // a name starting with a dot would be hidden from the servers; one of only punctuation
        // names nothing
        return FolderReading.of(Optional.empty(), losses);
      }
      Movie.Builder b = Movie.builder().title(title);
      if (year != null) {
        b.year(year);
      }
      b.putAllIds(ids);
      b.addAllAttributes(attributes);
      if (defaultEdition != null) {
        b.defaultEdition(defaultEdition);
      }
      return FolderReading.of(Optional.of(b.build()), List.copyOf(losses));
    }
  }

  /** Whether a title has a letter, a number or a symbol (not only punctuation and spaces). */
  static boolean meaningful(String title) {
    // a plain loop, not a code point stream: every folder name read asks
    for (int i = 0; i < title.length(); ) {
      int cp = title.codePointAt(i);
      int type = Character.getType(cp);
      if (Character.isLetterOrDigit(cp)
          || type == Character.OTHER_NUMBER
          || type == Character.LETTER_NUMBER
          || type == Character.OTHER_SYMBOL
          || type == Character.MATH_SYMBOL
          || type == Character.CURRENCY_SYMBOL
          || type == Character.MODIFIER_SYMBOL) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The {@code Title (Year)} a video name of the movie starts with, and the bare title. */
  static List<String> moviePrefixes(Movie movie) {
    List<String> prefixes = new ArrayList<>(2);
    if (movie.year().isPresent()) {
      prefixes.add(movie.title() + " (" + movie.year().getAsInt() + ")");
    }
    prefixes.add(movie.title());
    return prefixes;
  }
}

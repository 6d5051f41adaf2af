package dev.jellyplex.formats;

import dev.jellyplex.model.Attribute;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.Provider;
import dev.jellyplex.model.ProviderId;
import dev.jellyplex.model.TranslationLoss;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What every format implementation shares: the parts of a format the translator needs beyond the
 * public reader and writer (extras spellings), and helpers for reading folder names.
 */
abstract class FormatBase implements NamingFormat {
  private static final Pattern TITLE_YEAR =
      Pattern.compile("(.+?)\\s+\\(([1-9][0-9]{3})\\)(.*)", Pattern.DOTALL);
  private static final Pattern VIDEO_EXTENSION =
      Pattern.compile("\\.[A-Za-z0-9][A-Za-z0-9-]{0,15}");
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
    for (ProviderId id : movie.ids()) {
      name.append(' ').append(folderBlock(id.provider().key(), id.value(), losses));
    }
    for (Attribute a : movie.attributes()) {
      if (keepAttributes && ATTRIBUTE_KEY.matcher(a.key()).matches()) {
        name.append(' ').append(folderBlock(a.key(), a.value(), losses));
      } else {
        Tokens.lose(
            losses,
            LossKind.ATTRIBUTE,
            a.key(),
            a.value(),
            "folder names keep only title, year, ids");
      }
    }
    return NameWriting.of(name.toString(), losses);
  }

  /**
   * One id or attribute block of a folder name in this format, e.g. {@code {imdb-tt0113277}} or
   * {@code [imdbid-tt0113277]}; characters the block cannot hold are replaced and reported.
   */
  abstract String folderBlock(String key, String value, List<TranslationLoss> losses);

  /** The name this format gives an extras folder of {@code category} found as {@code source}. */
  abstract String extrasFolder(
      ExtrasCategory category, String sourceName, List<TranslationLoss> losses);

  /** The stem this format gives an inline extra whose stem is {@code stem}. */
  abstract String inlineExtraStem(InlineExtras.Match match, String stem);

  @Override
  public String toString() {
    return id().name();
  }

  /** Whether a file extension can be a {@link dev.jellyplex.model.Video} extension. */
  static boolean usableExtension(String extension) {
    return VIDEO_EXTENSION.matcher(extension).matches();
  }

  /** Collects the parts of a movie while a folder name is read; never throws. */
  static final class MovieParts {
    final List<TranslationLoss> losses = new ArrayList<>();
    private final Map<Provider, String> ids = new EnumMap<>(Provider.class);
    private final List<Attribute> attributes = new ArrayList<>();
    private @Nullable String defaultEdition;

    void id(Provider provider, String value, String asWritten) {
      String v = value.strip();
      if (!Tokens.usable(v)) {
        Tokens.lose(losses, LossKind.ATTRIBUTE, provider.key(), asWritten, "empty or unusable id");
      } else if (ids.containsKey(provider)) {
        Tokens.lose(
            losses, LossKind.ATTRIBUTE, provider.key(), v, "a second " + provider.key() + " id");
      } else {
        ids.put(provider, v);
      }
    }

    void attribute(String key, String value) {
      if (Tokens.usable(key) && value.indexOf('/') < 0 && value.indexOf('\0') < 0) {
        attributes.add(Attribute.of(key, value));
      } else {
        Tokens.lose(losses, LossKind.ATTRIBUTE, key, value, "unusable attribute");
      }
    }

    void defaultEdition(String edition) {
      String e = edition.strip();
      if (defaultEdition == null && Tokens.usable(e)) {
        defaultEdition = e;
      } else {
        Tokens.lose(losses, LossKind.ATTRIBUTE, "edition", edition, "a second or empty edition");
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
      String rest = Tokens.collapse(text);
      String title;
      Integer year = null;
      Matcher m = TITLE_YEAR.matcher(rest);
      if (m.matches()) {
        title = m.group(1).strip();
        year = Integer.parseInt(m.group(2));
        String after = m.group(3).strip();
        if (!after.isEmpty()) {
          Tokens.lose(losses, LossKind.TEXT, "", after, "text after the year");
        }
      } else {
        title = rest;
        int dash = rest.indexOf(" - ");
        if (dropTrailingDash && dash > 0) {
          title = rest.substring(0, dash).strip();
          Tokens.lose(losses, LossKind.TEXT, "", rest.substring(dash + 3), "text after the title");
        }
      }
      if (!Tokens.usable(title) || title.startsWith(".") || !meaningful(title)) {
        // a name starting with a dot would be hidden from the servers; one of only punctuation
        // names nothing
        return FolderReading.of(Optional.empty(), losses);
      }
      Movie.Builder b = Movie.builder().title(title);
      if (year != null) {
        b.year(year);
      }
      ids.forEach((p, v) -> b.addIds(ProviderId.of(p, v)));
      b.addAllAttributes(attributes);
      if (defaultEdition != null) {
        b.defaultEdition(defaultEdition);
      }
      return FolderReading.of(Optional.of(b.build()), List.copyOf(losses));
    }
  }

  /** Whether a title has a letter, a number or a symbol (not only punctuation and spaces). */
  static boolean meaningful(String title) {
    return title
        .codePoints()
        .anyMatch(
            cp -> {
              int type = Character.getType(cp);
              return Character.isLetterOrDigit(cp)
                  || type == Character.OTHER_NUMBER
                  || type == Character.LETTER_NUMBER
                  || type == Character.OTHER_SYMBOL
                  || type == Character.MATH_SYMBOL
                  || type == Character.CURRENCY_SYMBOL
                  || type == Character.MODIFIER_SYMBOL;
            });
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

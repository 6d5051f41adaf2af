package dev.jellyplex.formats;

import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Part;
import dev.jellyplex.model.Resolution;
import dev.jellyplex.model.TranslationLoss;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Token rules shared by the formats: parts, resolutions, hashes, whitespace, losses. */
final class Tokens {
  private Tokens() {}

  /** A disambiguation hash: exactly 8 lower-case hex digits. */
  static final Pattern HASH = Pattern.compile("[0-9a-f]{8}");

  /**
   * A trailing part token, with the text before it and a separator ({@code " - "}, spaces, {@code
   * .}, {@code _}, {@code -}); or a part token alone.
   */
  private static final Pattern TRAILING_PART =
      Pattern.compile(
          "(?:(.*?)(?:\\s*-\\s*|[ ._]+))?(cd|dvd|part|pt|dis[ck])[ _.-]*([0-9]{1,4}|[a-dA-D])",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+");

  /** A part split off the end of a text. */
  record PartSplit(String rest, Part part) {}

  /** Splits a trailing part token off {@code text}; empty when it does not end in one. */
  static Optional<PartSplit> trailingPart(String text) {
    Matcher m = TRAILING_PART.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1) == null ? "" : m.group(1).strip();
    return Optional.of(new PartSplit(rest, Part.of(m.group(2), m.group(3))));
  }

  /** Collapses runs of whitespace to one space and trims. */
  static String collapse(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** The resolution of a text that is exactly one resolution token. */
  static Optional<Resolution> resolution(String text) {
    try {
      return Resolution.parse(text);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The resolution of the first word of {@code label} that is a resolution token. */
  static Optional<Resolution> containedResolution(String label) {
    for (String word : WORD_SPLIT.split(label)) {
      if (!word.isEmpty()) {
        Optional<Resolution> r = resolution(word);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The hash that tells clashing files apart: the first 8 hex digits of SHA-256 over the UTF-8
   * bytes of {@code name}.
   */
  static String hash(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(8);
      for (int i = 0; i < 4; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", digest[i] & 0xff));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /** The number of UTF-8 bytes of a name. */
  static int utf8Length(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Whether a piece of text can stand in a model value: not blank, no {@code /} or NUL. */
  static boolean usable(@Nullable String text) {
    return text != null && !text.isBlank() && text.indexOf('/') < 0 && text.indexOf('\0') < 0;
  }

  /** Index of the extension dot of a file name, or -1 when it has none. */
  static int extensionDot(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && dot < fileName.length() - 1 ? dot : -1;
  }

  /** The file name without its extension. */
  static String stem(String fileName) {
    int dot = extensionDot(fileName);
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  /** The extension with its dot, or the empty string. */
  static String extension(String fileName) {
    int dot = extensionDot(fileName);
    return dot < 0 ? "" : fileName.substring(dot);
  }

  /** Whether {@code text} starts with {@code prefix}, ignoring case. */
  static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** Adds a loss. */
  static void lose(
      List<TranslationLoss> losses, LossKind kind, String key, String value, String why) {
    losses.add(TranslationLoss.of(kind, key, value, why));
  }
}

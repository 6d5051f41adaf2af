package dev.jellyplex.formats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A video resolution in canonical form: {@code DVD} or a {@code \d{3,4}[pi]} token such as {@code
 * 1080p}. {@code BD} reads as {@code 1080p} and {@code 4k} as {@code 2160p}.
 *
 * <p>A plain final class rather than a generated value: its constants must not depend on a
 * subclass's initialization.
 */
final class Resolution {
  /** The canonical DVD resolution. */
  static final Resolution DVD = new Resolution("DVD");

  /** 2160p, read from {@code 4k}. */
  static final Resolution UHD = new Resolution("2160p");

  /** 1080p, read from {@code BD}. */
  static final Resolution FULL_HD = new Resolution("1080p");

  private final String value;

  private Resolution(String value) {
    this.value = value;
  }

  /** The canonical form, e.g. {@code 1080p}, {@code 576i} or {@code DVD}. */
  String value() {
    return value;
  }

  /** The {@code \d{3,4}} number, or 0 for {@code DVD}. */
  int lines() {
    return isDvd() ? 0 : Integer.parseInt(value.substring(0, value.length() - 1));
  }

  /** Whether this is the {@code DVD} resolution. */
  boolean isDvd() {
    return value.equals("DVD");
  }

  /** Whether the scan is progressive ({@code p}); {@code false} for {@code DVD}. */
  boolean progressive() {
    return value.endsWith("p");
  }

  /**
   * Reads a resolution token: {@code DVD}, {@code BD}, {@code 4k} (any case) or {@code \d{3,4}[pi]}
   * (any case); empty for anything else.
   */
  static Optional<Resolution> parse(String token) {
    String t = token.trim();
    if (t.equalsIgnoreCase("DVD")) {
      return Optional.of(DVD);
    }
    if (t.equalsIgnoreCase("BD")) {
      return Optional.of(FULL_HD);
    }
    if (t.equalsIgnoreCase("4k")) {
      return Optional.of(UHD);
    }
    if (isLines(t)) {
      return Optional.of(new Resolution(t.toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code t} is 3 or 4 ASCII digits and a scan letter {@code p}/{@code i} (any case): what
   * the regex {@code \\d{3,4}[pPiI]} matches, checked by hand (names are read on a hot path).
   */
  static boolean isLines(String t) {
    int n = t.length();
    if (n < 4 || n > 5) {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    char scan = t.charAt(n - 1);
    return scan == 'p' || scan == 'P' || scan == 'i' || scan == 'I';
  }

  /** Like {@link #parse} but throws for tokens that are not resolutions. */
  static Resolution of(String token) {
    return parse(token)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not a resolution: \""
                        + Text.printable(token)
                        + "\" (expected DVD, BD, 4k or a number of lines such as 1080p)"));
  }

  /**
   * The resolution free labels give: the first label that is one (taken out of {@code labels}), or
   * else the first label with a resolution word in it ({@code Bluray-2160p Proper}, kept).
   */
  static Optional<Resolution> resolutionFromLabels(List<String> labels) {
    for (int i = 0; i < labels.size(); i++) {
      Optional<Resolution> exact = parse(labels.get(i));
      if (exact.isPresent()) {
        labels.remove(i);
        return exact;
      }
    }
    for (String label : labels) {
      Optional<Resolution> contained = containedResolution(label);
      if (contained.isPresent()) {
        return contained;
      }
    }
    return Optional.empty();
  }

  /**
   * The resolution of the first word of {@code label} that is a resolution token; the words are the
   * runs of ASCII letters and digits (what splitting at {@code [^A-Za-z0-9]+} gives).
   */
  static Optional<Resolution> containedResolution(String label) {
    int n = label.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Text.isAsciiLetterOrDigit(label.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Text.isAsciiLetterOrDigit(label.charAt(i))) {
        i++;
      }
      // a resolution token has 2 (BD, 4k) to 5 (1080p) characters: skip the substring otherwise
      if (i - start >= 2 && i - start <= 5) {
        Optional<Resolution> r = parse(label.substring(start, i));
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Resolution r && r.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}

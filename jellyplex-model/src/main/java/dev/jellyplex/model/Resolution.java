package dev.jellyplex.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A video resolution in canonical form: {@code DVD} or a {@code \d{3,4}[pi]} token such as {@code
 * 1080p}. {@code BD} reads as {@code 1080p} and {@code 4k} as {@code 2160p}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Resolution {
  /** The canonical DVD resolution. */
  Resolution DVD = ImmutableResolution.of("DVD");

  /** 2160p, read from {@code 4k}. */
  Resolution UHD = ImmutableResolution.of("2160p");

  /** 1080p, read from {@code BD}. */
  Resolution FULL_HD = ImmutableResolution.of("1080p");

  /** The canonical form, e.g. {@code 1080p}, {@code 576i} or {@code DVD}. */
  @Value.Parameter
  String value();

  /** The {@code \d{3,4}} number, or 0 for {@code DVD}. */
  default int lines() {
    return isDvd() ? 0 : Integer.parseInt(value().substring(0, value().length() - 1));
  }

  /** Whether this is the {@code DVD} resolution. */
  default boolean isDvd() {
    return value().equals("DVD");
  }

  /** Whether the scan is progressive ({@code p}); {@code false} for {@code DVD}. */
  default boolean progressive() {
    return value().endsWith("p");
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
    if (Holder.LINES.matcher(t).matches()) {
      return Optional.of(ImmutableResolution.of(t.toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  /** Like {@link #parse} but throws for tokens that are not resolutions. */
  static Resolution of(String token) {
    return parse(token)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not a resolution: \""
                        + Names.printable(token)
                        + "\" (expected DVD, BD, 4k or a number of lines such as 1080p)"));
  }

  /** Only canonical values are allowed. */
  @Value.Check
  default void check() {
    if (!value().equals("DVD") && !Holder.CANONICAL.matcher(value()).matches()) {
      throw new IllegalArgumentException("not a canonical resolution: \"" + value() + "\"");
    }
  }

  /** Compiled patterns. */
  final class Holder {
    static final Pattern LINES = Pattern.compile("\\d{3,4}[pPiI]");
    static final Pattern CANONICAL = Pattern.compile("\\d{3,4}[pi]");

    private Holder() {}
  }
}

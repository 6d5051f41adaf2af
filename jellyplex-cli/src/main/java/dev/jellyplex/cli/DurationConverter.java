package dev.jellyplex.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations such as {@code 30s}, {@code 200ms}, {@code 5m}, {@code 24h}, {@code 1d}, {@code
 * 30}.
 */
final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < v.length() && Character.isDigit(v.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 12) {
      throw bad(value);
    }
    long n = Long.parseLong(v.substring(0, i));
    return switch (v.substring(i)) {
      case "", "s" -> Duration.ofSeconds(n);
      case "ms" -> Duration.ofMillis(n);
      case "m", "min" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> throw bad(value);
    };
  }

  private static TypeConversionException bad(String value) {
    return new TypeConversionException(
        "'" + value + "' is not a duration; write e.g. 30s, 200ms, 5m, 24h or 1d");
  }
}

package dev.jellyplex.model;

import org.immutables.value.Value;

/**
 * One part of a movie split over several files ("stacked"), e.g. {@code pt1} or {@code cd2}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Part {
  /**
   * The token type as written: {@code cd}, {@code dvd}, {@code part}, {@code pt}, {@code disc} or
   * {@code disk}, any case.
   */
  @Value.Parameter
  String type();

  /** The part number as written (digits, e.g. {@code 01}) or a letter {@code a}–{@code d}. */
  @Value.Parameter
  String number();

  /** Creates a part. */
  static Part of(String type, String number) {
    return ImmutablePart.of(type, number);
  }

  /** The token as written in names: type and number with nothing between, e.g. {@code pt1}. */
  default String token() {
    return type() + number();
  }

  /** Rejects unknown types and numbers. */
  @Value.Check
  default void check() {
    if (!Holder.isType(type())) {
      throw new IllegalArgumentException(
          "part type must be cd, dvd, part, pt, disc or disk, got \""
              + Names.printable(type())
              + "\"");
    }
    if (!Holder.isNumber(number())) {
      throw new IllegalArgumentException(
          "part number must be digits or a letter a-d, got \"" + Names.printable(number()) + "\"");
    }
  }

  /** The checks of the invariants, by hand: every part read from a name is checked. */
  final class Holder {
    private static final String[] TYPES = {"cd", "dvd", "part", "pt", "disc", "disk"};

    private Holder() {}

    /**
     * What the regex {@code (?:cd|dvd|part|pt|disc|disk)} (case-insensitive) matches: ASCII case
     * only, as the regex without its Unicode-case flag ({@code equalsIgnoreCase} would also take
     * the dotless i and the Kelvin sign).
     */
    static boolean isType(String s) {
      for (String type : TYPES) {
        if (s.length() == type.length() && asciiEqualsIgnoreCase(s, type)) {
          return true;
        }
      }
      return false;
    }

    private static boolean asciiEqualsIgnoreCase(String s, String lower) {
      for (int i = 0; i < lower.length(); i++) {
        if ((s.charAt(i) | 0x20) != lower.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** What the regex {@code [0-9]{1,4}|[a-dA-D]} matches. */
    static boolean isNumber(String s) {
      int n = s.length();
      if (n == 1) {
        char c = s.charAt(0);
        if ((c >= 'a' && c <= 'd') || (c >= 'A' && c <= 'D')) {
          return true;
        }
      }
      if (n < 1 || n > 4) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }
  }
}

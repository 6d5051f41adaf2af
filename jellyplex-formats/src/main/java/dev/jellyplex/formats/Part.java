package dev.jellyplex.formats;

import org.immutables.value.Value;

/** One part of a movie split over several files ("stacked"), e.g. {@code pt1} or {@code cd2}. */
@Value.Immutable
interface Part {
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
    if (!PartTokens.isType(type())) {
      throw new IllegalArgumentException(
          "part type must be cd, dvd, part, pt, disc or disk, got \""
              + Text.printable(type())
              + "\"");
    }
    if (!PartTokens.isNumber(number())) {
      throw new IllegalArgumentException(
          "part number must be digits or a letter a-d, got \"" + Text.printable(number()) + "\"");
    }
  }
}

package dev.jellyplex.model;

import java.util.regex.Pattern;
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
    if (!Holder.TYPE.matcher(type()).matches()) {
      throw new IllegalArgumentException(
          "part type must be cd, dvd, part, pt, disc or disk, got \""
              + Names.printable(type())
              + "\"");
    }
    if (!Holder.NUMBER.matcher(number()).matches()) {
      throw new IllegalArgumentException(
          "part number must be digits or a letter a-d, got \"" + Names.printable(number()) + "\"");
    }
  }

  /** Compiled patterns. */
  final class Holder {
    static final Pattern TYPE =
        Pattern.compile("(?:cd|dvd|part|pt|disc|disk)", Pattern.CASE_INSENSITIVE);
    static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}|[a-dA-D]");

    private Holder() {}
  }
}

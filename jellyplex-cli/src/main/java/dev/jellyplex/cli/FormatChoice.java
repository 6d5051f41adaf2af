package dev.jellyplex.cli;

import dev.jellyplex.formats.Formats;
import dev.jellyplex.model.FormatId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --source-format}/{@code --target-format} value: a known format or {@code auto}. */
final class FormatChoice {
  static final String AUTO = "auto";

  private final Optional<FormatId> format;

  private FormatChoice(Optional<FormatId> format) {
    this.format = format;
  }

  static FormatChoice auto() {
    return new FormatChoice(Optional.empty());
  }

  /** The chosen format; empty for {@code auto}. */
  Optional<FormatId> format() {
    return format;
  }

  @Override
  public String toString() {
    return format.map(FormatId::name).orElse(AUTO);
  }

  /** Every accepted value: the known formats, then {@code auto}. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (FormatId f : Formats.all()) {
      names.add(f.name());
    }
    names.add(AUTO);
    return names;
  }

  /** Picocli's view of {@link #names()} for help and shell completion. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }

  /** Parses a format name, ignoring case. */
  static final class Converter implements ITypeConverter<FormatChoice> {
    @Override
    public FormatChoice convert(String value) {
      if (AUTO.equalsIgnoreCase(value)) {
        return auto();
      }
      return Formats.byName(value.toLowerCase(Locale.ROOT))
          .map(f -> new FormatChoice(Optional.of(f)))
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown format '"
                          + value
                          + "'; expected one of "
                          + String.join(", ", names())));
    }
  }
}

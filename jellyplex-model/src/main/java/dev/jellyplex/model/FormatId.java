package dev.jellyplex.model;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name of a library format, e.g. {@code plex}; open-ended so that a new server's naming can be
 * added without touching the others.
 *
 * <p>A plain final class rather than a generated value: its constants must not depend on a
 * subclass's initialization.
 *
 * @since 0.1.0
 */
public final class FormatId {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  /** Plex Media Server's naming. */
  public static final FormatId PLEX = new FormatId("plex");

  /** Jellyfin's naming. */
  public static final FormatId JELLYFIN = new FormatId("jellyfin");

  private final String name;

  private FormatId(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "format name must be lower-case letters, digits and dashes, got \""
              + Names.printable(name)
              + "\"");
    }
    this.name = name;
  }

  /** A format name: lower-case letters, digits and dashes, starting with a letter. */
  public static FormatId of(String name) {
    return new FormatId(name);
  }

  /** The lower-case name, e.g. {@code jellyfin}. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FormatId f && f.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "FormatId{name=" + name + "}";
  }
}

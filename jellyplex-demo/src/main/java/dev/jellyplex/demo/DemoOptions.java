package dev.jellyplex.demo;

import dev.jellyplex.model.FormatId;
import org.immutables.value.Value;

/**
 * What demo library to generate: naming format, size, seed and which kinds of files to include.
 * Immutable; start from {@link #plex(int)}, {@link #jellyfin(int)} or {@link #defaults()}.
 *
 * <pre>{@code
 * DemoOptions o = DemoOptions.jellyfin(500).withSeed("nas-test").withFileSize(1 << 20);
 * }</pre>
 *
 * <p>The same seed gives the same movies in either format (only the naming differs), and the first
 * {@code n} movies of a larger library are the movies of the library with {@code movies = n}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface DemoOptions extends WithDemoOptions {
  /** The largest library this generator writes. */
  int MAX_MOVIES = 1_000_000;

  /** The naming: {@link FormatId#PLEX} (default) or {@link FormatId#JELLYFIN}. */
  @Value.Default
  default FormatId format() {
    return FormatId.PLEX;
  }

  /** How many movie folders to write (default 20). */
  @Value.Default
  default int movies() {
    return 20;
  }

  /** The seed; any text (default {@code demo}). Equal seeds give byte-identical trees. */
  @Value.Default
  default String seed() {
    return "demo";
  }

  /**
   * Size in bytes of every video file (default 0: empty files). Larger files are sparse where the
   * filesystem supports it, so a big library takes almost no disk space.
   */
  @Value.Default
  default long fileSize() {
    return 0;
  }

  /** Extras folders ({@code Trailers}, {@code other}, ...) and inline extras (default true). */
  @Value.Default
  default boolean extras() {
    return true;
  }

  /** Subtitle files named after a video, e.g. {@code <video>.en.srt} (default true). */
  @Value.Default
  default boolean subtitles() {
    return true;
  }

  /** {@code poster.jpg}, {@code fanart.jpg} and {@code movie.nfo} (default true). */
  @Value.Default
  default boolean artwork() {
    return true;
  }

  /** The odd {@code .DS_Store} file, as macOS leaves them on shares (default true). */
  @Value.Default
  default boolean hiddenFiles() {
    return true;
  }

  /** A copy with a numeric seed; {@code withSeed(42)} equals {@code withSeed("42")}. */
  default DemoOptions withSeed(long seed) {
    return withSeed(Long.toString(seed));
  }

  /** Rejects values the generator cannot honour, naming the value and the fix. */
  @Value.Check
  default void check() {
    if (!format().equals(FormatId.PLEX) && !format().equals(FormatId.JELLYFIN)) {
      throw new IllegalArgumentException(
          "demo libraries are generated in plex or jellyfin naming, got format \""
              + format().name()
              + "\"");
    }
    if (movies() < 0 || movies() > MAX_MOVIES) {
      throw new IllegalArgumentException(
          "movies must be between 0 and " + MAX_MOVIES + ", got " + movies());
    }
    if (fileSize() < 0) {
      throw new IllegalArgumentException(
          "fileSize must be 0 (empty files) or a positive number of bytes, got " + fileSize());
    }
  }

  /** 20 movies in Plex naming, seed {@code demo}, empty files, everything included. */
  static DemoOptions defaults() {
    return builder().build();
  }

  /** {@code movies} movies in Plex naming, otherwise the defaults. */
  static DemoOptions plex(int movies) {
    return builder().format(FormatId.PLEX).movies(movies).build();
  }

  /** {@code movies} movies in Jellyfin naming, otherwise the defaults. */
  static DemoOptions jellyfin(int movies) {
    return builder().format(FormatId.JELLYFIN).movies(movies).build();
  }

  /**
   * The library of the {@code demo} command: five movies in Plex naming, 16 files, whose seed was
   * picked so that together they show each kind of name jellyplex translates: versions in two
   * resolutions, two editions, an extras folder, a subtitle, a non-Latin title, a folder with only
   * a TMDB id, a label Jellyfin names cannot keep, and a hidden file. The same as {@code jellyplex
   * generate --movies 5 --seed demo4577}.
   */
  static DemoOptions tour() {
    return plex(5).withSeed("demo4577");
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DemoOptions} values.
   *
   * @since 0.1.0
   */
  final class Builder extends ImmutableDemoOptions.Builder {
    Builder() {}

    /** Sets a numeric seed; {@code seed(42)} equals {@code seed("42")}. */
    public Builder seed(long seed) {
      return seed(Long.toString(seed));
    }
  }
}

package dev.jellyplex.notify;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which media servers to tell, with their secrets, path maps and timeout. Immutable; the key and
 * the token are never part of {@link #toString()} nor of any message.
 *
 * <pre>{@code
 * NotifyOptions options = NotifyOptions.builder()
 *     .jellyfin(URI.create("http://jellyfin:8096"), System.getenv("JELLYFIN_API_KEY"))
 *     .addPathMap(PathMap.parse("/mnt/user/media=/media"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NotifyOptions {
  /** The default time to wait for a server: 10 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** Above this many changed folders Plex gets one refresh of the section instead. */
  public static final int DEFAULT_PLEX_PATH_LIMIT = 50;

  private final @Nullable URI jellyfinUrl;
  private final @Nullable String jellyfinKey;
  private final @Nullable URI plexUrl;
  private final @Nullable String plexToken;
  private final List<PathMap> pathMaps;
  private final Duration timeout;
  private final boolean dryRun;
  private final int plexPathLimit;

  private NotifyOptions(Builder b) {
    this.jellyfinUrl = b.jellyfinUrl;
    this.jellyfinKey = b.jellyfinKey;
    this.plexUrl = b.plexUrl;
    this.plexToken = b.plexToken;
    this.pathMaps = List.copyOf(b.pathMaps);
    this.timeout = b.timeout;
    this.dryRun = b.dryRun;
    this.plexPathLimit = b.plexPathLimit;
  }

  /** Tells nobody. */
  public static NotifyOptions none() {
    return builder().build();
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.jellyfinUrl = jellyfinUrl;
    b.jellyfinKey = jellyfinKey;
    b.plexUrl = plexUrl;
    b.plexToken = plexToken;
    b.pathMaps.addAll(pathMaps);
    b.timeout = timeout;
    b.dryRun = dryRun;
    b.plexPathLimit = plexPathLimit;
    return b;
  }

  /** These options, told only to list what they would send (or not). */
  public NotifyOptions withDryRun(boolean dryRun) {
    return toBuilder().dryRun(dryRun).build();
  }

  /** The Jellyfin server's base URL, if Jellyfin is to be told. */
  public Optional<URI> jellyfinUrl() {
    return Optional.ofNullable(jellyfinUrl);
  }

  /** The Plex server's base URL, if Plex is to be told. */
  public Optional<URI> plexUrl() {
    return Optional.ofNullable(plexUrl);
  }

  /** Path maps, tried in order; the first that matches wins. */
  public List<PathMap> pathMaps() {
    return pathMaps;
  }

  /** How long to wait to connect and for each answer. */
  public Duration timeout() {
    return timeout;
  }

  /** List what would be sent, send nothing. */
  public boolean dryRun() {
    return dryRun;
  }

  /** Above this many changed folders Plex gets one refresh of the whole section. */
  public int plexPathLimit() {
    return plexPathLimit;
  }

  /** Whether any server is to be told. */
  public boolean enabled() {
    return jellyfinUrl != null || plexUrl != null;
  }

  String jellyfinKey() {
    return Objects.requireNonNull(jellyfinKey);
  }

  String plexToken() {
    return Objects.requireNonNull(plexToken);
  }

  /** {@code path} as the servers see it: the first matching path map applied, else unchanged. */
  public String serverPath(String path) {
    for (PathMap m : pathMaps) {
      Optional<String> mapped = m.apply(path);
      if (mapped.isPresent()) {
        return mapped.get();
      }
    }
    return path;
  }

  @Override
  public String toString() {
    return "NotifyOptions{jellyfin="
        + (jellyfinUrl == null ? "none" : Urls.display(jellyfinUrl) + " (key hidden)")
        + ", plex="
        + (plexUrl == null ? "none" : Urls.display(plexUrl) + " (token hidden)")
        + ", pathMaps="
        + pathMaps
        + ", timeout="
        + timeout
        + ", dryRun="
        + dryRun
        + "}";
  }

  /** Builds {@link NotifyOptions}. */
  public static final class Builder {
    private @Nullable URI jellyfinUrl;
    private @Nullable String jellyfinKey;
    private @Nullable URI plexUrl;
    private @Nullable String plexToken;
    private final List<PathMap> pathMaps = new ArrayList<>();
    private Duration timeout = DEFAULT_TIMEOUT;
    private boolean dryRun;
    private int plexPathLimit = DEFAULT_PLEX_PATH_LIMIT;

    private Builder() {}

    /**
     * Tells the Jellyfin server at {@code url} (e.g. {@code http://jellyfin:8096}) with API key
     * {@code key}.
     *
     * @throws IllegalArgumentException when the URL is not http(s) or the key is blank
     */
    public Builder jellyfin(URI url, String key) {
      this.jellyfinUrl = Urls.check(url, "--notify-jellyfin");
      this.jellyfinKey = secret(key, "Jellyfin API key", "JELLYFIN_API_KEY or --jellyfin-key-file");
      return this;
    }

    /**
     * Tells the Plex server at {@code url} (e.g. {@code http://plex:32400}) with token {@code
     * token}.
     *
     * @throws IllegalArgumentException when the URL is not http(s) or the token is blank
     */
    public Builder plex(URI url, String token) {
      this.plexUrl = Urls.check(url, "--notify-plex");
      this.plexToken = secret(token, "Plex token", "PLEX_TOKEN or --plex-token-file");
      return this;
    }

    /** Adds a path map (tried in the order added). */
    public Builder addPathMap(PathMap map) {
      pathMaps.add(Objects.requireNonNull(map, "map"));
      return this;
    }

    /** Sets how long to wait for a server (default 10 s). */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the timeout must be positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** List what would be sent, send nothing. */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /** Above this many changed folders Plex gets one refresh of the section (default 50). */
    public Builder plexPathLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("the Plex path limit must be 1 or more, got " + limit);
      }
      this.plexPathLimit = limit;
      return this;
    }

    /** Builds the options. */
    public NotifyOptions build() {
      return new NotifyOptions(this);
    }

    private static String secret(String value, String what, String where) {
      Objects.requireNonNull(value, what);
      String v = value.strip();
      if (v.isEmpty()) {
        throw new IllegalArgumentException("the " + what + " is empty; set it with " + where);
      }
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c < 0x20 || c == 0x7f) {
          throw new IllegalArgumentException(
              "the " + what + " holds a control character; check " + where);
        }
      }
      return v;
    }
  }
}

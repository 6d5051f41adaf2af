package dev.jellyplex.notify;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites a local path prefix into the path a media server sees, e.g. {@code /mnt/user/media} here
 * is {@code /media} inside the server's container. Prefixes match whole path components: {@code
 * /data} maps {@code /data/Movies} but not {@code /database}.
 *
 * @since 0.1.0
 */
public final class PathMap {
  private final String from;
  private final String to;

  private PathMap(String from, String to) {
    this.from = trim(from);
    this.to = trim(to);
  }

  /** Maps the prefix {@code from} to {@code to}. */
  public static PathMap of(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isEmpty() || to.isEmpty()) {
      throw new IllegalArgumentException(
          "a path map needs both sides, e.g. /mnt/user/media=/media; got '"
              + from
              + "="
              + to
              + "'");
    }
    return new PathMap(from, to);
  }

  /**
   * Reads {@code FROM=TO} (the command line's {@code --path-map}); the first {@code =} separates.
   *
   * @throws IllegalArgumentException when there is no {@code =} or a side is empty
   */
  public static PathMap parse(String fromEqualsTo) {
    int eq = fromEqualsTo.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException(
          "a path map is FROM=TO, e.g. /mnt/user/media=/media; got '" + fromEqualsTo + "'");
    }
    return of(fromEqualsTo.substring(0, eq), fromEqualsTo.substring(eq + 1));
  }

  /** The local prefix. */
  public String from() {
    return from;
  }

  /** The server's prefix. */
  public String to() {
    return to;
  }

  /** {@code path} with this map's prefix replaced, or empty when the prefix does not match. */
  public Optional<String> apply(String path) {
    if (path.equals(from)) {
      return Optional.of(to);
    }
    String prefix = from.endsWith("/") ? from : from + "/";
    if (!path.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = path.substring(prefix.length());
    return Optional.of(to.endsWith("/") || to.endsWith("\\") ? to + rest : to + "/" + rest);
  }

  /** Drops a trailing separator (but keeps a lone {@code /}). */
  private static String trim(String p) {
    return p.length() > 1 && (p.endsWith("/") || p.endsWith("\\"))
        ? p.substring(0, p.length() - 1)
        : p;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PathMap m && m.from.equals(from) && m.to.equals(to);
  }

  @Override
  public int hashCode() {
    return from.hashCode() * 31 + to.hashCode();
  }

  @Override
  public String toString() {
    return from + "=" + to;
  }
}

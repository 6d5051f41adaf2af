package dev.jellyplex.notify;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What telling one media server came to: the server, the URL (never with a secret), the folders as
 * the server sees them, and whether it worked.
 *
 * @since 0.1.0
 */
public final class Notification {
  /** How a notification ended. */
  public enum Status {
    /** The server accepted it. */
    SENT,
    /** A dry run: nothing was sent. */
    DRY_RUN,
    /** Refused, timed out, unreachable or an HTTP error: see {@link #detail()}. */
    FAILED;

    /** The name used in JSON, e.g. {@code dry_run}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String server;
  private final String url;
  private final List<String> paths;
  private final Status status;
  private final int httpStatus;
  private final String detail;

  Notification(
      String server, String url, List<String> paths, Status status, int httpStatus, String detail) {
    this.server = server;
    this.url = url;
    this.paths = List.copyOf(paths);
    this.status = status;
    this.httpStatus = httpStatus;
    this.detail = detail;
  }

  /** {@code jellyfin} or {@code plex}. */
  public String server() {
    return server;
  }

  /** The URL that was (or would be) called, without any secret. */
  public String url() {
    return url;
  }

  /** The changed folders as the server sees them (after path maps). */
  public List<String> paths() {
    return paths;
  }

  /** How it ended. */
  public Status status() {
    return status;
  }

  /** Whether it was sent and accepted. */
  public boolean ok() {
    return status == Status.SENT;
  }

  /** The last HTTP status the server answered, if it answered. */
  public OptionalInt httpStatus() {
    return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** A short human explanation, e.g. {@code HTTP 401: check the API key}; never a secret. */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Notification n
        && n.server.equals(server)
        && n.url.equals(url)
        && n.paths.equals(paths)
        && n.status == status
        && n.httpStatus == httpStatus
        && n.detail.equals(detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(server, url, paths, status, httpStatus, detail);
  }

  @Override
  public String toString() {
    return server + " " + url + ": " + status.jsonName() + " (" + detail + ") " + paths;
  }
}

package dev.jellyplex.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The one HTTP client of a notifier: timeouts on connecting and on each answer, no redirects (a
 * redirect could carry a secret header to another host), and failures turned into short messages
 * that never hold a secret.
 */
final class Http {
  /** An answer, or why there was none ({@code status} is then -1). */
  record Answer(int status, String body, String failure) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final Duration timeout;
  private final HttpClient client;

  Http(Duration timeout) {
    this(
        timeout,
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  Http(Duration timeout, HttpClient client) {
    this.timeout = timeout;
    this.client = client;
  }

  Duration timeout() {
    return timeout;
  }

  /** Sends {@code request} (its timeout is set here); never throws for network trouble. */
  Answer send(HttpRequest.Builder request, String secret) {
    try {
      HttpResponse<String> r =
          client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), "");
    } catch (HttpConnectTimeoutException e) {
      return failed("no connection within " + seconds());
    } catch (HttpTimeoutException e) {
      return failed("no answer within " + seconds());
    } catch (ConnectException e) {
      return failed(
          e.getCause() instanceof java.nio.channels.UnresolvedAddressException
              ? "host not found (is the URL right?)"
              : "connection refused (is the server running, and is the URL right?)");
    } catch (IOException e) {
      return failed(redact(describe(e), secret));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed("interrupted");
    } catch (IllegalArgumentException e) {
      return failed(redact(describe(e), secret));
    }
  }

  private String seconds() {
    long ms = timeout.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  private static Answer failed(String why) {
    return new Answer(-1, "", why);
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** {@code text} with every occurrence of {@code secret} hidden. */
  static String redact(String text, String secret) {
    return secret.isEmpty() ? text : text.replace(secret, "***");
  }

  /** The reason of an HTTP error status, with the way out where it is known. */
  static String httpFailure(int status, String credential) {
    return switch (status) {
      case 401, 403 -> "HTTP " + status + ": the server refused the " + credential;
      case 404 -> "HTTP 404: not found (is the URL the server's base URL?)";
      default -> "HTTP " + status;
    };
  }
}

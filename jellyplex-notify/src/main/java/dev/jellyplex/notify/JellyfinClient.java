package dev.jellyplex.notify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

/** Jellyfin's {@code POST /Library/Media/Updated}: one request listing every changed folder. */
final class JellyfinClient {
  static final String SERVER = "jellyfin";
  private static final JsonFactory JSON = new JsonFactory();

  private final Http http;
  private final URI endpoint;
  private final String key;
  private final boolean dryRun;

  JellyfinClient(Http http, URI base, String key, boolean dryRun) {
    this.http = http;
    this.endpoint = Urls.resolve(base, "/Library/Media/Updated");
    this.key = key;
    this.dryRun = dryRun;
  }

  Notification send(Map<String, ChangeType> changes) {
    List<String> paths = List.copyOf(changes.keySet());
    String url = Urls.display(endpoint);
    if (dryRun) {
      return new Notification(
          SERVER,
          url,
          paths,
          Notification.Status.DRY_RUN,
          -1,
          "would POST " + paths.size() + " folder" + (paths.size() == 1 ? "" : "s"));
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .header("Authorization", "MediaBrowser Token=\"" + key + "\"")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(changes)));
    Http.Answer a = http.send(request, key);
    if (a.status() < 0) {
      return new Notification(SERVER, url, paths, Notification.Status.FAILED, -1, a.failure());
    }
    if (!a.ok()) {
      return new Notification(
          SERVER,
          url,
          paths,
          Notification.Status.FAILED,
          a.status(),
          Http.httpFailure(a.status(), "API key (JELLYFIN_API_KEY or --jellyfin-key-file)"));
    }
    return new Notification(
        SERVER, url, paths, Notification.Status.SENT, a.status(), "HTTP " + a.status());
  }

  /** {@code {"Updates":[{"Path":"...","UpdateType":"Created"}, ...]}}. */
  static String body(Map<String, ChangeType> changes) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("Updates");
      for (Map.Entry<String, ChangeType> e : changes.entrySet()) {
        g.writeStartObject();
        g.writeStringField("Path", e.getKey());
        g.writeStringField("UpdateType", e.getValue().apiName());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}

package dev.jellyplex.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plex: {@code GET /library/sections} once to find the section whose location holds the library,
 * then {@code GET /library/sections/ID/refresh?path=FOLDER} per changed folder (a partial scan), or
 * one refresh of the section when many folders changed.
 */
final class PlexClient {
  static final String SERVER = "plex";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Http http;
  private final URI base;
  private final String token;
  private final boolean dryRun;
  private final int pathLimit;

  PlexClient(Http http, URI base, String token, boolean dryRun, int pathLimit) {
    this.http = http;
    this.base = base;
    this.token = token;
    this.dryRun = dryRun;
    this.pathLimit = pathLimit;
  }

  Notification send(String libraryRoot, List<String> paths) {
    if (dryRun) {
      return new Notification(
          SERVER,
          Urls.display(Urls.resolve(base, "/library/sections")),
          paths,
          Notification.Status.DRY_RUN,
          -1,
          "would look up the section holding "
              + libraryRoot
              + " and refresh "
              + (paths.size() > pathLimit ? "the whole section" : paths.size() + " folder(s)"));
    }
    URI sectionsUrl = Urls.resolve(base, "/library/sections");
    Http.Answer sections = http.send(get(sectionsUrl), token);
    if (!sections.ok()) {
      return failed(Urls.display(sectionsUrl), paths, sections);
    }
    String section;
    try {
      section = section(MAPPER.readTree(sections.body()), libraryRoot);
    } catch (JsonProcessingException e) {
      return new Notification(
          SERVER,
          Urls.display(sectionsUrl),
          paths,
          Notification.Status.FAILED,
          sections.status(),
          "the answer is not Plex's JSON list of library sections");
    }
    if (section == null) {
      return new Notification(
          SERVER,
          Urls.display(sectionsUrl),
          paths,
          Notification.Status.FAILED,
          sections.status(),
          "no Plex library section has a folder that holds "
              + libraryRoot
              + " (the path as Plex sees it: add --path-map LOCAL=PLEX)");
    }
    URI refresh = Urls.resolve(base, "/library/sections/" + Urls.encode(section) + "/refresh");
    String url = Urls.display(refresh);
    if (paths.size() > pathLimit) {
      Http.Answer a = http.send(get(refresh), token);
      return a.ok()
          ? new Notification(
              SERVER,
              url,
              paths,
              Notification.Status.SENT,
              a.status(),
              "refreshed the whole section (" + paths.size() + " folders changed)")
          : failed(url, paths, a);
    }
    int last = -1;
    for (String p : paths) {
      Http.Answer a =
          http.send(get(URI.create(refresh.toString() + "?path=" + Urls.encode(p))), token);
      if (!a.ok()) {
        return failed(url, paths, a); // the server is down or refuses: do not insist
      }
      last = a.status();
    }
    return new Notification(
        SERVER,
        url,
        paths,
        Notification.Status.SENT,
        last,
        "refreshed " + paths.size() + " folder" + (paths.size() == 1 ? "" : "s"));
  }

  private HttpRequest.Builder get(URI url) {
    return HttpRequest.newBuilder(url)
        .header("X-Plex-Token", token)
        .header("Accept", "application/json")
        .GET();
  }

  private static Notification failed(String url, List<String> paths, Http.Answer a) {
    return new Notification(
        SERVER,
        url,
        paths,
        Notification.Status.FAILED,
        a.status(),
        a.status() < 0
            ? a.failure()
            : Http.httpFailure(a.status(), "token (PLEX_TOKEN or --plex-token-file)"));
  }

  /**
   * The key of the section with the longest location that is {@code root} or a folder above it, or
   * null when none is.
   */
  static @Nullable String section(JsonNode sections, String root) {
    String best = null;
    int bestLength = -1;
    for (JsonNode dir : sections.path("MediaContainer").path("Directory")) {
      String key = dir.path("key").asText("");
      if (key.isEmpty()) {
        continue;
      }
      for (JsonNode location : dir.path("Location")) {
        String path = trim(location.path("path").asText(""));
        if (!path.isEmpty() && contains(path, root) && path.length() > bestLength) {
          best = key;
          bestLength = path.length();
        }
      }
    }
    return best;
  }

  private static boolean contains(String folder, String path) {
    String p = trim(path);
    if (p.equals(folder)) {
      return true;
    }
    String prefix = folder.endsWith("/") || folder.endsWith("\\") ? folder : folder + "/";
    return p.startsWith(prefix)
        || (folder.contains("\\") && p.startsWith(folder + "\\")); // a Plex on Windows
  }

  private static String trim(String p) {
    return p.length() > 1 && (p.endsWith("/") || p.endsWith("\\"))
        ? p.substring(0, p.length() - 1)
        : p;
  }
}

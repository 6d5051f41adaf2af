package dev.jellyplex.notify;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells media servers which movie folders of a library changed, so that each rescans only those:
 * Jellyfin through {@code POST /Library/Media/Updated}, Plex through a partial refresh of the
 * library section that holds the library. Never throws for a server that is down, slow or refuses:
 * each server's outcome is a {@link Notification}.
 *
 * <pre>{@code
 * SyncReport report = JellyPlex.sync(source, target, options);
 * List<Notification> sent = Notifier.create(notifyOptions)
 *     .notify(target, List.of(FolderChange.of(target.resolve("Heat (1995)"), ChangeType.CREATED)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Notifier {
  private final NotifyOptions options;
  private final Http http;

  private Notifier(NotifyOptions options, Http http) {
    this.options = options;
    this.http = http;
  }

  /** A notifier for {@code options}. */
  public static Notifier create(NotifyOptions options) {
    Objects.requireNonNull(options, "options");
    return new Notifier(options, new Http(options.timeout()));
  }

  /** The options this notifier was made with. */
  public NotifyOptions options() {
    return options;
  }

  /**
   * Tells every configured server that the {@code changes} (folders inside the library at {@code
   * libraryRoot}) happened: one Jellyfin request listing them all; for Plex one section lookup and
   * a refresh per folder (or of the whole section when there are more than {@link
   * NotifyOptions#plexPathLimit()}). Returns one result per configured server, none when nothing
   * changed or no server is configured. In a dry run nothing is sent.
   */
  public List<Notification> notify(Path libraryRoot, Collection<FolderChange> changes) {
    if (changes.isEmpty() || !options.enabled()) {
      return List.of();
    }
    // One update per folder, sorted; a later change of one folder wins (Deleted then Created is a
    // folder that was replaced).
    Map<String, ChangeType> byPath = new LinkedHashMap<>();
    changes.stream()
        .sorted(Comparator.comparing((FolderChange c) -> c.folder().toString()))
        .forEach(
            c -> byPath.put(options.serverPath(c.folder().toAbsolutePath().toString()), c.type()));
    String root = options.serverPath(libraryRoot.toAbsolutePath().toString());
    List<Notification> results = new ArrayList<>(2);
    options
        .jellyfinUrl()
        .ifPresent(
            url ->
                results.add(
                    new JellyfinClient(http, url, options.jellyfinKey(), options.dryRun())
                        .send(byPath)));
    options
        .plexUrl()
        .ifPresent(
            url ->
                results.add(
                    new PlexClient(
                            http,
                            url,
                            options.plexToken(),
                            options.dryRun(),
                            options.plexPathLimit())
                        .send(root, List.copyOf(byPath.keySet()))));
    return List.copyOf(results);
  }

  /** For tests: the same notifier with another HTTP client. */
  static Notifier create(NotifyOptions options, HttpClient client) {
    return new Notifier(options, new Http(options.timeout(), client));
  }
}

package dev.jellyplex.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Notifications against a stand-in server on 127.0.0.1 that checks what the real APIs expect. */
class NotifierTest {
  private static final String KEY = "jf-SECRET-key-0123456789";
  private static final String TOKEN = "plex-SECRET-token-abcdef";
  private static final Path TARGET = Path.of("/srv/media/Movies-Jellyfin");
  private static final List<FolderChange> CHANGES =
      List.of(
          FolderChange.of(TARGET.resolve("Heat (1995) [imdbid-tt0113277]"), ChangeType.CREATED),
          FolderChange.of(TARGET.resolve("Amélie (2001)"), ChangeType.MODIFIED),
          FolderChange.of(TARGET.resolve("Old & Gone (1980)"), ChangeType.DELETED));
  private static final String SECTIONS =
      """
      {"MediaContainer":{"size":3,"Directory":[
        {"key":"1","type":"movie","title":"All","Location":[{"id":1,"path":"/media"}]},
        {"key":"7","type":"movie","title":"Movies","Location":[
          {"id":9,"path":"/data/other"},{"id":10,"path":"/media/Movies-Jellyfin"}]},
        {"key":"3","type":"show","title":"TV","Location":[{"id":4,"path":"/media/TV"}]}]}}
      """;

  private final ObjectMapper mapper = new ObjectMapper();

  private static NotifyOptions.Builder options() {
    return NotifyOptions.builder().addPathMap(PathMap.parse("/srv/media=/media"));
  }

  @Test
  void jellyfinGetsOnePostListingEveryChangedFolderAsItSeesThem() throws IOException {
    try (StubServer jellyfin = new StubServer(r -> StubServer.Answer.of(204, ""))) {
      List<Notification> results =
          Notifier.create(options().jellyfin(jellyfin.url(), KEY).build()).notify(TARGET, CHANGES);

      assertEquals(1, jellyfin.requests.size());
      StubServer.Request r = jellyfin.requests.get(0);
      assertEquals("POST", r.method());
      assertEquals("/Library/Media/Updated", r.path());
      assertEquals("MediaBrowser Token=\"" + KEY + "\"", r.header("Authorization"));
      assertEquals("", r.header("X-Emby-Token"));
      assertTrue(r.header("Content-Type").startsWith("application/json"));
      assertEquals(
          mapper.readTree(
              """
              {"Updates":[
                {"Path":"/media/Movies-Jellyfin/Amélie (2001)","UpdateType":"Modified"},
                {"Path":"/media/Movies-Jellyfin/Heat (1995) [imdbid-tt0113277]","UpdateType":"Created"},
                {"Path":"/media/Movies-Jellyfin/Old & Gone (1980)","UpdateType":"Deleted"}]}
              """),
          mapper.readTree(r.body()));
      Notification n = results.get(0);
      assertEquals(Notification.Status.SENT, n.status());
      assertEquals("jellyfin", n.server());
      assertEquals(jellyfin.url() + "/Library/Media/Updated", n.url());
      assertEquals(204, n.httpStatus().getAsInt());
      assertEquals(3, n.paths().size());
    }
  }

  @Test
  void jellyfinUnderAPathPrefixKeepsThePrefix() throws IOException {
    try (StubServer jellyfin = new StubServer(r -> StubServer.Answer.of(204, ""))) {
      URI base = URI.create(jellyfin.url() + "/jellyfin/");
      Notifier.create(options().jellyfin(base, KEY).build()).notify(TARGET, CHANGES);
      assertEquals("/jellyfin/Library/Media/Updated", jellyfin.requests.get(0).path());
    }
  }

  @Test
  void plexLooksUpTheSectionOnceThenRefreshesEachFolder() throws IOException {
    try (StubServer plex =
        new StubServer(
            r ->
                r.path().equals("/library/sections")
                    ? StubServer.Answer.of(200, SECTIONS)
                    : StubServer.Answer.of(200, ""))) {
      List<Notification> results =
          Notifier.create(options().plex(plex.url(), TOKEN).build()).notify(TARGET, CHANGES);

      assertEquals(4, plex.requests.size());
      StubServer.Request lookup = plex.requests.get(0);
      assertEquals("GET", lookup.method());
      assertEquals("/library/sections", lookup.path());
      for (StubServer.Request r : plex.requests) {
        assertEquals(TOKEN, r.header("X-Plex-Token"));
        assertEquals("application/json", r.header("Accept"));
        assertEquals("GET", r.method());
      }
      List<String> refreshed =
          plex.requests.subList(1, 4).stream()
              .peek(r -> assertEquals("/library/sections/7/refresh", r.path()))
              .map(r -> r.rawQuery())
              .peek(q -> assertTrue(q.startsWith("path="), q))
              .peek(q -> assertFalse(q.contains(" "), "URL-encoded: " + q))
              .map(q -> URLDecoder.decode(q.substring(5), StandardCharsets.UTF_8))
              .toList();
      assertEquals(
          List.of(
              "/media/Movies-Jellyfin/Amélie (2001)",
              "/media/Movies-Jellyfin/Heat (1995) [imdbid-tt0113277]",
              "/media/Movies-Jellyfin/Old & Gone (1980)"),
          refreshed);
      Notification n = results.get(0);
      assertEquals(Notification.Status.SENT, n.status());
      assertEquals(plex.url() + "/library/sections/7/refresh", n.url());
    }
  }

  @Test
  void plexRefreshesTheWholeSectionWhenManyFoldersChanged() throws IOException {
    try (StubServer plex =
        new StubServer(
            r ->
                r.path().equals("/library/sections")
                    ? StubServer.Answer.of(200, SECTIONS)
                    : StubServer.Answer.of(200, ""))) {
      Notifier.create(options().plex(plex.url(), TOKEN).plexPathLimit(2).build())
          .notify(TARGET, CHANGES);
      assertEquals(2, plex.requests.size());
      assertEquals("/library/sections/7/refresh", plex.requests.get(1).path());
      assertEquals(null, plex.requests.get(1).rawQuery());
    }
  }

  @Test
  void plexWithoutASectionForTheLibraryNamesThePathMap() throws IOException {
    try (StubServer plex = new StubServer(r -> StubServer.Answer.of(200, SECTIONS))) {
      Notification n =
          Notifier.create(NotifyOptions.builder().plex(plex.url(), TOKEN).build())
              .notify(TARGET, CHANGES)
              .get(0);
      assertEquals(Notification.Status.FAILED, n.status());
      assertTrue(n.detail().contains("--path-map"), n.detail());
      assertTrue(n.detail().contains(TARGET.toString()), n.detail());
      assertEquals(1, plex.requests.size());
    }
  }

  @Test
  void aServerThatIsDownIsAFailureNotAnException() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI down = URI.create("http://127.0.0.1:" + port);
    List<Notification> results =
        Notifier.create(options().jellyfin(down, KEY).plex(down, TOKEN).build())
            .notify(TARGET, CHANGES);
    assertEquals(2, results.size());
    for (Notification n : results) {
      assertEquals(Notification.Status.FAILED, n.status());
      assertTrue(n.detail().contains("connection refused"), n.detail());
      assertTrue(n.url().startsWith(down.toString()), n.url());
      assertNoSecret(n.toString());
    }
  }

  @Test
  void aSlowServerTimesOutAfterTheConfiguredTimeout() throws IOException {
    try (StubServer slow = new StubServer(r -> new StubServer.Answer(204, "", 10_000))) {
      long started = System.nanoTime();
      Notification n =
          Notifier.create(
                  options().jellyfin(slow.url(), KEY).timeout(Duration.ofSeconds(1)).build())
              .notify(TARGET, CHANGES)
              .get(0);
      long tookMillis = (System.nanoTime() - started) / 1_000_000;
      assertEquals(Notification.Status.FAILED, n.status());
      // "no answer" normally; "no connection" when a loaded machine is slow to connect
      assertTrue(n.detail().matches("no (answer|connection) within 1 s"), n.detail());
      assertTrue(tookMillis < 8_000, "gave up after the timeout, not the server: " + tookMillis);
    }
  }

  @Test
  void anUnauthorizedAnswerIsAFailureThatNamesTheKeyButNeverShowsIt() throws IOException {
    try (StubServer refusing = new StubServer(r -> StubServer.Answer.of(401, "Unauthorized"))) {
      List<Notification> results =
          Notifier.create(
                  options().jellyfin(refusing.url(), KEY).plex(refusing.url(), TOKEN).build())
              .notify(TARGET, CHANGES);
      Notification jellyfin = results.get(0);
      assertEquals(Notification.Status.FAILED, jellyfin.status());
      assertEquals(401, jellyfin.httpStatus().getAsInt());
      assertTrue(jellyfin.detail().contains("JELLYFIN_API_KEY"), jellyfin.detail());
      Notification plex = results.get(1);
      assertEquals(Notification.Status.FAILED, plex.status());
      assertTrue(plex.detail().contains("PLEX_TOKEN"), plex.detail());
      assertEquals(1, refusing.requests.stream().filter(r -> r.method().equals("GET")).count());
      results.forEach(n -> assertNoSecret(n.toString()));
    }
  }

  @Test
  void aDryRunListsWhatItWouldSendAndSendsNothing() throws IOException {
    try (StubServer server = new StubServer(r -> StubServer.Answer.of(200, SECTIONS))) {
      NotifyOptions o =
          options().jellyfin(server.url(), KEY).plex(server.url(), TOKEN).dryRun(true).build();
      List<Notification> results = Notifier.create(o).notify(TARGET, CHANGES);
      assertEquals(0, server.requests.size());
      assertEquals(2, results.size());
      for (Notification n : results) {
        assertEquals(Notification.Status.DRY_RUN, n.status());
        assertTrue(
            n.paths().contains("/media/Movies-Jellyfin/Amélie (2001)"), n.paths().toString());
      }
    }
  }

  @Test
  void nothingChangedNothingSent() throws IOException {
    try (StubServer server = new StubServer(r -> StubServer.Answer.of(204, ""))) {
      assertEquals(
          List.of(),
          Notifier.create(options().jellyfin(server.url(), KEY).build()).notify(TARGET, List.of()));
      assertEquals(0, server.requests.size());
    }
  }

  @Test
  void optionsNeverShowTheirSecrets() {
    NotifyOptions o =
        options()
            .jellyfin(URI.create("http://jf:8096"), KEY)
            .plex(URI.create("http://plex:32400"), TOKEN)
            .build();
    assertNoSecret(o.toString());
    assertTrue(o.toString().contains("http://jf:8096"), o.toString());
    assertNoSecret(o.toBuilder().build().toString());
  }

  @Test
  void badOptionsAreRefusedWithTheWayOut() {
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> NotifyOptions.builder().jellyfin(URI.create("http://jf:8096"), " \n"));
    assertTrue(String.valueOf(blank.getMessage()).contains("JELLYFIN_API_KEY"));
    IllegalArgumentException scheme =
        assertThrows(
            IllegalArgumentException.class,
            () -> NotifyOptions.builder().plex(URI.create("ftp://plex"), TOKEN));
    assertTrue(String.valueOf(scheme.getMessage()).contains("--notify-plex"));
    assertThrows(IllegalArgumentException.class, () -> PathMap.parse("/only-one-side"));
    assertThrows(IllegalArgumentException.class, () -> PathMap.parse("=/media"));
  }

  @Test
  void pathMapsMatchWholeComponents() {
    PathMap m = PathMap.parse("/data/=/media");
    assertEquals(Optional.of("/media/Movies/Heat (1995)"), m.apply("/data/Movies/Heat (1995)"));
    assertEquals(Optional.of("/media"), m.apply("/data"));
    assertEquals(Optional.empty(), m.apply("/database/Movies"));
    NotifyOptions o =
        NotifyOptions.builder()
            .addPathMap(PathMap.parse("/data/tv=/tv"))
            .addPathMap(PathMap.parse("/data=/media"))
            .build();
    assertEquals("/tv/x", o.serverPath("/data/tv/x"));
    assertEquals("/media/x", o.serverPath("/data/x"));
    assertEquals("/elsewhere/x", o.serverPath("/elsewhere/x"));
  }

  @Test
  void theLongestLocationHoldingTheLibraryWins() throws IOException {
    assertEquals("7", PlexClient.section(mapper.readTree(SECTIONS), "/media/Movies-Jellyfin"));
    assertEquals("7", PlexClient.section(mapper.readTree(SECTIONS), "/media/Movies-Jellyfin/"));
    assertEquals("1", PlexClient.section(mapper.readTree(SECTIONS), "/media/Movies-Plex"));
    assertEquals(null, PlexClient.section(mapper.readTree(SECTIONS), "/srv"));
  }

  private static void assertNoSecret(String text) {
    assertFalse(text.contains(KEY), text);
    assertFalse(text.contains(TOKEN), text);
  }
}

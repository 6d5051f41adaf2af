package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --notify-jellyfin} and {@code --notify-plex} against a stand-in server on 127.0.0.1: what
 * is sent, and that a failing server is a warning that never shows a secret nor changes the exit.
 */
class NotifyCommandTest {
  private static final String KEY = "jf-SECRET-0123456789abcdef";
  private static final String TOKEN = "plex-SECRET-zyxwvu";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;
  private Path source;
  private Path target;
  private Path keyFile;
  private Path tokenFile;
  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 204;

  @BeforeEach
  void setUp() throws IOException {
    source = Library.plex(dir.resolve("Plex"));
    target = dir.resolve("Jellyfin");
    keyFile = Files.writeString(dir.resolve("jellyfin.key"), KEY + "\n");
    tokenFile = Files.writeString(dir.resolve("plex.token"), TOKEN);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          String query = exchange.getRequestURI().getRawQuery();
          requests.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath()
                  + (query == null ? "" : "?" + URLDecoder.decode(query, StandardCharsets.UTF_8))
                  + " auth="
                  + exchange.getRequestHeaders().getFirst("Authorization")
                  + " plex="
                  + exchange.getRequestHeaders().getFirst("X-Plex-Token")
                  + " "
                  + body);
          String answer =
              exchange.getRequestURI().getPath().equals("/library/sections")
                  ? "{\"MediaContainer\":{\"Directory\":[{\"key\":\"4\",\"Location\":[{\"path\":\"/media/Jellyfin\"}]}]}}"
                  : "";
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          int s = status == 204 && bytes.length > 0 ? 200 : status;
          exchange.sendResponseHeaders(s, bytes.length == 0 ? -1 : bytes.length);
          if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private Cli sync(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "sync",
                "--create",
                "--notify-jellyfin",
                url(),
                "--jellyfin-key-file",
                keyFile.toString(),
                "--notify-plex",
                url(),
                "--plex-token-file",
                tokenFile.toString(),
                "--path-map",
                dir + "=/media"));
    args.addAll(List.of(extra));
    args.add(source.toString());
    args.add(target.toString());
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertNoSecret(Cli run) {
    assertFalse(run.out.contains(KEY) || run.err.contains(KEY), run.toString());
    assertFalse(run.out.contains(TOKEN) || run.err.contains(TOKEN), run.toString());
  }

  @Test
  void aSyncTellsBothServersWhichMovieFoldersChanged() throws IOException {
    Cli run = sync("--json");
    assertEquals(0, run.exit, run.toString());
    assertNoSecret(run);
    JsonNode doc = SchemaValidator.published().assertValid(run.out);
    JsonNode jellyfin = doc.at("/notifications/0");
    assertEquals("jellyfin", jellyfin.get("server").asText());
    assertEquals("sent", jellyfin.get("status").asText());
    assertEquals(url() + "/Library/Media/Updated", jellyfin.get("url").asText());
    assertEquals(3, jellyfin.get("paths").size());
    assertEquals("plex", doc.at("/notifications/1/server").asText());
    assertEquals(url() + "/library/sections/4/refresh", doc.at("/notifications/1/url").asText());

    String post = requests.get(0);
    assertTrue(
        post.startsWith(
            "POST /Library/Media/Updated auth=MediaBrowser Token=\"" + KEY + "\" plex=null "),
        post);
    JsonNode body = MAPPER.readTree(post.substring(post.indexOf(" {") + 1));
    assertEquals("/media/Jellyfin/" + Library.HEAT_JF, body.at("/Updates/1/Path").asText());
    assertEquals("Created", body.at("/Updates/1/UpdateType").asText());
    assertTrue(requests.get(1).startsWith("GET /library/sections auth=null plex=" + TOKEN));
    assertTrue(
        requests.contains(
            "GET /library/sections/4/refresh?path=/media/Jellyfin/"
                + Library.HEAT_JF
                + " auth=null plex="
                + TOKEN
                + " "),
        requests.toString());
    assertEquals(5, requests.size(), requests.toString());

    requests.clear();
    Cli again = sync();
    assertEquals(0, again.exit, again.toString());
    assertEquals(List.of(), requests, "nothing changed, nobody told");
  }

  @Test
  void aServerThatRefusesIsAWarningAndTheSyncStillSucceeds() {
    status = 401;
    Cli run = sync();
    assertEquals(0, run.exit, run.toString());
    assertTrue(
        run.err.contains(
                "warning: could not notify jellyfin at " + url() + "/Library/Media/Updated")
            && run.err.contains("HTTP 401"),
        run.err);
    assertTrue(run.err.contains("warning: could not notify plex at " + url()), run.err);
    assertTrue(run.out.contains("Summary:"), run.out);
    assertNoSecret(run);
    assertTrue(Files.exists(target.resolve(Library.HEAT_JF)));
  }

  @Test
  void aServerThatIsDownIsAWarningInJsonToo() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String down = "http://127.0.0.1:" + port;
    Cli run =
        Cli.run(
            "sync",
            "--create",
            "--json",
            "--notify-jellyfin",
            down,
            "--jellyfin-key-file",
            keyFile.toString(),
            source.toString(),
            target.toString());
    assertEquals(0, run.exit, run.toString());
    assertTrue(run.err.contains("connection refused"), run.err);
    JsonNode doc = SchemaValidator.published().assertValid(run.out);
    assertEquals("failed", doc.at("/notifications/0/status").asText());
    assertEquals(0, doc.get("exit_code").asInt());
    assertNoSecret(run);
  }

  @Test
  void aDryRunListsWhatItWouldSendAndSendsNothing() {
    Cli run = sync("--dry-run");
    assertEquals(0, run.exit, run.toString());
    assertEquals(List.of(), requests);
    assertTrue(run.err.contains("dry run: would notify jellyfin"), run.err);
    assertTrue(run.err.contains("  /media/Jellyfin/" + Library.HEAT_JF + "\n"), run.err);
    assertNoSecret(run);
  }

  @Test
  void aMissingKeyIsAUsageErrorBeforeAnythingIsTouched() {
    Cli run =
        Cli.run(
            "sync",
            "--create",
            "--notify-plex",
            url(),
            "--plex-token-file",
            dir.resolve("no-such-file").toString(),
            source.toString(),
            target.toString());
    assertEquals(2, run.exit, run.toString());
    assertTrue(run.err.contains("--plex-token-file"), run.err);
    assertFalse(Files.exists(target));
    Cli orphan = Cli.run("sync", "--jellyfin-key-file", keyFile.toString(), "a", "b");
    assertEquals(2, orphan.exit);
    assertTrue(orphan.err.contains("needs --notify-jellyfin"), orphan.err);
  }

  @Test
  void importTellsTheServerAboutTheFoldersItFilledIn() throws IOException {
    Path staging = dir.resolve("staging");
    Library.write(staging, "dl/" + Library.HEAT + ".mkv", "heat");
    Files.createDirectories(target);
    Cli run =
        Cli.run(
            "import",
            "--copy",
            "--json",
            "--notify-jellyfin",
            url(),
            "--jellyfin-key-file",
            keyFile.toString(),
            staging.toString(),
            target.toString());
    assertEquals(0, run.exit, run.toString());
    JsonNode doc = SchemaValidator.published().assertValid(run.out);
    assertEquals("sent", doc.at("/notifications/0/status").asText());
    assertEquals(1, requests.size());
    assertTrue(requests.get(0).contains("\"UpdateType\":\"Created\""), requests.get(0));
  }
}

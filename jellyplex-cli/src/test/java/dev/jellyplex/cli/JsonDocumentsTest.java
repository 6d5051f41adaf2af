package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON documents rendered from hand-built reports, validated against the published schema. */
class JsonDocumentsTest {
  private final SchemaValidator schema = SchemaValidator.published();

  private static String render(Map<String, Object> doc) {
    StringWriter s = new StringWriter();
    Json.write(doc, new PrintWriter(s));
    return s.toString();
  }

  @Test
  void aLargeDocumentStopsBeingWrittenOnceItsReaderHasGone() {
    // As with `jellyplex sync --json | head`: the output fails after a few kilobytes.
    java.util.concurrent.atomic.AtomicInteger made =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Object> items =
        new java.util.AbstractList<>() {
          @Override
          public Object get(int index) {
            made.incrementAndGet();
            return Map.of("target", "/media/jellyfin/Movie " + index + "/Movie " + index + ".mkv");
          }

          @Override
          public int size() {
            return 1_000_000;
          }
        };
    java.io.OutputStream closedAfter16KiB =
        new java.io.OutputStream() {
          private int written;

          @Override
          public void write(int b) throws java.io.IOException {
            if (++written > 16 * 1024) {
              throw new java.io.IOException("Broken pipe");
            }
          }
        };
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(
                closedAfter16KiB, java.nio.charset.StandardCharsets.UTF_8));
    Json.write(Map.of("events", items), out);
    assertTrue(out.checkError());
    assertTrue(made.get() < 10_000, "items made after the output failed: " + made.get());
  }

  @Test
  void syncDocumentHasTheSeedKeysAndMirrorsTheReport() {
    String json = render(JsonDocuments.sync(Reports.sync(true, 2), 1));
    assertTrue(json.endsWith("}\n"), "one document with a final newline");
    assertTrue(json.contains("\n  \"operation\": \"sync\""), "pretty-printed, two spaces");
    assertTrue(json.contains("\"events\": [\n"), json);
    JsonNode doc = schema.assertValid(json);
    assertEquals(1, doc.get("schema_version").asInt());
    assertEquals(1, doc.get("exit_code").asInt());
    assertTrue(doc.get("dry_run").asBoolean());
    assertEquals("/media/plex", doc.at("/source/path").asText());
    assertEquals("jellyfin", doc.at("/target/format").asText());
    JsonNode summary = doc.get("summary");
    assertEquals(1, summary.get("movies_total").asInt());
    assertEquals(3, summary.get("files_updated").asInt(), "link + replace + rename");
    assertEquals(1, summary.get("files_removed").asInt());
    assertEquals(1, summary.get("items_ignored").asInt());
    assertEquals(2, summary.get("strays_in_target").asInt());
    assertEquals(3, summary.get("clashes").asInt(), "two clashing folders + one video clash");
    assertEquals(2, summary.get("errors").asInt(), "plan error + file error");
    assertEquals("/media/plex/notes.txt", doc.at("/ignored/0/path").asText());
    assertEquals("notes.txt", doc.at("/ignored/0/name").asText());
    assertEquals("label", doc.at("/translation_losses/0/kind").asText());
    assertEquals(2, doc.get("translation_losses").size());
  }

  @Test
  void seedJqRecipesFindWhatTheyLookFor() {
    JsonNode doc = schema.assertValid(render(JsonDocuments.sync(Reports.sync(false, 0), 0)));
    // jq '.events[] | select(.action == "replace") | {source, target}'
    List<String> replaced = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    for (JsonNode e : doc.get("events")) {
      actions.add(e.get("action").asText());
      if (e.get("action").asText().equals("replace")) {
        replaced.add(e.get("source").asText() + " -> " + e.get("target").asText());
      }
    }
    assertEquals(
        List.of(
            "/media/plex/Heat (1995) {imdb-tt0113277}/poster.jpg -> "
                + "/media/jellyfin/Heat (1995) [imdbid-tt0113277]/poster.jpg"),
        replaced);
    assertEquals(List.of("link", "replace", "skip", "remove", "rename"), actions);
    assertEquals(
        "/media/jellyfin/Heat (1995) [imdbid-tt0113277]/Heat.en.srt",
        doc.at("/events/4/previous").asText());
    // jq '.events[] | select(.action == "remove")' : context says where the stray was
    JsonNode remove = doc.at("/events/3");
    assertEquals("movie_stray", remove.get("context").asText());
    assertFalse(remove.has("source"));
  }

  @Test
  void diffDocument() {
    JsonNode doc = schema.assertValid(render(JsonDocuments.diff(Reports.diff(), 1)));
    assertFalse(doc.get("in_sync").asBoolean());
    assertEquals("Ran (1985)", doc.at("/movies_only_in_source/0/source_folder").asText());
    assertEquals(
        "Ran (1985) [tmdbid-11645]", doc.at("/movies_only_in_source/0/expected_target").asText());
    assertEquals("Gone (2000)", doc.at("/movies_only_in_target/0").asText());
    assertEquals("c.mkv", doc.at("/differing_movies/0/not_same_file/0").asText());
  }

  @Test
  void planDocumentSortsFilesByRoleAndCarriesTheDisambiguation() {
    JsonNode doc = schema.assertValid(render(JsonDocuments.plan(Reports.plan(1), 0)));
    JsonNode movie = doc.at("/movies/0");
    assertEquals(Reports.HEAT_PLEX, movie.get("source").asText());
    assertEquals(Reports.HEAT_JF, movie.get("target_folder").asText());
    assertEquals("hash_suffix", movie.at("/videos/0/disambiguation/strategy").asText());
    assertEquals("0a1b2c3d", movie.at("/videos/0/disambiguation/detail").asText());
    assertEquals(1, movie.get("sidecars").size());
    assertEquals("poster.jpg", movie.at("/loose_files/0/target").asText());
    assertEquals("extra", movie.at("/assets/0/role").asText());
    assertEquals(1, doc.at("/summary/folder_clashes").asInt());
    assertEquals("Alien (1979)", doc.at("/folder_clashes/0/target_folder").asText());
  }

  @Test
  void importAndErrorDocuments() {
    String json = render(JsonDocuments.importing(Reports.importing(), 0));
    assertTrue(json.contains("\"errors\": [],\n"), "empty arrays are []: " + json);
    assertTrue(json.contains("\"notifications\": []\n"), "empty arrays are []: " + json);
    JsonNode doc = schema.assertValid(json);
    assertEquals(1, doc.at("/summary/files_imported").asInt());
    assertEquals("rename", doc.at("/events/0/action").asText());
    JsonNode error =
        schema.assertValid(render(JsonDocuments.error("diff", 2, "no such folder: /x")));
    assertEquals("no such folder: /x", error.get("error").asText());
  }

  @Test
  void aDocumentMissingAKeyFailsTheSchema() {
    Map<String, Object> doc = JsonDocuments.sync(Reports.sync(false, 0), 0);
    doc.remove("events");
    assertFalse(
        schema
            .errors(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(doc))
            .isEmpty());
  }

  @Test
  void nonAsciiNamesAreWrittenAsIs() {
    Map<String, Object> doc = JsonDocuments.error("sync", 2, "Крик (1996) — Amélie");
    assertTrue(render(doc).contains("Крик (1996) — Amélie"));
  }
}

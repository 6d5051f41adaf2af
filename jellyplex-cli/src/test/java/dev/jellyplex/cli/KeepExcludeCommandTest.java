package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --exclude}, {@code --keep} and {@code --no-default-keep} on sync, diff, plan. */
class KeepExcludeCommandTest {
  @TempDir Path tmp;
  private final SchemaValidator schema = SchemaValidator.published();
  private String src;
  private String dst;
  private Path target;

  @BeforeEach
  void library() throws IOException {
    src = Library.plex(tmp.resolve("plex")).toString();
    target = tmp.resolve("jellyfin");
    dst = target.toString();
    assertEquals(0, Cli.run("sync", "--create", src, dst).exit);
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void syncDiffAndPlanHonourKeepAndExclude() throws IOException {
    Library.write(target, Library.HEAT_JF + "/movie.nfo", "written by the server");
    Library.write(target, Library.HEAT_JF + "/" + Library.HEAT_JF + ".trickplay/0.jpg", "tiles");
    String[] flags = {"--exclude", "Крик (*)/", "--exclude", "*.txt", "--keep", "*.nfo"};

    Cli sync = Cli.run(concat(new String[] {"sync", "--delete"}, flags, src, dst));

    assertEquals(0, sync.exit, sync::toString);
    assertEquals(
        "Summary: 2 of 2 movies synced, 0 files updated, 1 file removed, 0 ignored,"
            + " 0 strays kept in target, 0 skipped due to clash, 2 protected by keep rules,"
            + " 2 excluded.",
        lastLine(sync.out));
    assertFalse(Files.exists(target.resolve(Library.SCREAM)));
    assertTrue(Files.exists(target.resolve(Library.HEAT_JF + "/movie.nfo")));

    JsonNode doc =
        schema.assertValid(Cli.run(concat(new String[] {"sync", "--json"}, flags, src, dst)).out);
    assertEquals(
        List.of(
            Library.HEAT_JF + "/" + Library.HEAT_JF + ".trickplay", Library.HEAT_JF + "/movie.nfo"),
        strings(doc.get("kept")));
    assertEquals(List.of("notes.txt", Library.SCREAM), strings(doc.get("excluded")));
    assertEquals(2, doc.get("summary").get("kept").asInt());
    assertEquals(2, doc.get("summary").get("excluded").asInt());

    Cli diff = Cli.run(concat(new String[] {"diff"}, flags, src, dst));
    assertEquals(0, diff.exit, diff::toString);
    JsonNode diffDoc =
        schema.assertValid(Cli.run(concat(new String[] {"diff", "--json"}, flags, src, dst)).out);
    assertEquals(strings(doc.get("kept")), strings(diffDoc.get("kept")));
    assertEquals(1, Cli.run("diff", src, dst).exit, "without the flags: differences");

    JsonNode plan =
        schema.assertValid(Cli.run("plan", "--json", "--exclude", "Крик (*)/", src, dst).out);
    assertEquals(List.of(Library.SCREAM), strings(plan.get("excluded")));
    assertEquals(2, plan.get("movies").size());
  }

  @Test
  void noDefaultKeepRemovesTrickplayFolders() throws IOException {
    Library.write(target, Library.HEAT_JF + "/" + Library.HEAT_JF + ".trickplay/0.jpg", "tiles");

    Cli kept = Cli.run("sync", "--delete", "--exclude", "notes.txt", src, dst);
    assertEquals(0, kept.exit, kept::toString);
    assertTrue(
        Files.exists(target.resolve(Library.HEAT_JF + "/" + Library.HEAT_JF + ".trickplay")));

    Cli removed = Cli.run("sync", "--delete", "--no-default-keep", src, dst);
    assertEquals(0, removed.exit, removed::toString);
    assertFalse(
        Files.exists(target.resolve(Library.HEAT_JF + "/" + Library.HEAT_JF + ".trickplay")));
  }

  @Test
  void aPatternThatNamesNoPathIsAUsageErrorNamingIt() {
    for (String command : List.of("sync", "diff", "plan")) {
      Cli r = Cli.run(command, "--exclude", "Kids//x", src, dst);
      assertEquals(2, r.exit, r::toString);
      assertTrue(r.err.contains("--exclude") && r.err.contains("\"Kids//x\""), r::toString);
    }
    Cli keep = Cli.run("sync", "--keep", "", src, dst);
    assertEquals(2, keep.exit, keep::toString);
    assertTrue(keep.err.contains("--keep") && keep.err.contains("\"\""), keep::toString);
  }

  private static String[] concat(String[] head, String[] flags, String src, String dst) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(flags));
    all.add(src);
    all.add(dst);
    return all.toArray(new String[0]);
  }
}

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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand and flag, in-process, on real folders under a temporary directory. */
class CommandsTest {
  @TempDir Path tmp;
  private final SchemaValidator schema = SchemaValidator.published();
  private Path src;
  private Path dst;

  @BeforeEach
  void library() throws IOException {
    src = Library.plex(tmp.resolve("plex"));
    dst = tmp.resolve("jellyfin");
  }

  private String s() {
    return src.toString();
  }

  private String d() {
    return dst.toString();
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static void assertNoStackTrace(Cli r) {
    assertFalse(r.err.contains("\tat "), r::toString);
  }

  // ---- sync

  @Test
  void syncMirrorsWithHardlinksAndEndsWithTheSummaryLine() throws IOException {
    Cli r = Cli.run("sync", "--create", s(), d());
    assertEquals(0, r.exit, r::toString);
    assertEquals(
        "Summary: 3 of 3 movies synced, 5 files updated, 0 files removed, 1 ignored,"
            + " 0 strays kept in target, 0 skipped due to clash.",
        lastLine(r.out));
    assertTrue(r.out.contains("ignored: notes.txt"), r::toString);
    assertTrue(r.out.contains("translation loss: label \"remux\""), r::toString);
    Path heat = dst.resolve(Library.HEAT_JF).resolve(Library.HEAT_JF + ".mkv");
    assertTrue(Files.isSameFile(heat, src.resolve(Library.HEAT).resolve(Library.HEAT + ".mkv")));
    assertTrue(Files.exists(dst.resolve(Library.SCREAM).resolve(Library.SCREAM + ".mkv")));
    assertEquals("", r.err, "a clean run logs nothing");

    Cli again = Cli.run(s(), d());
    assertEquals(0, again.exit, again::toString);
    assertTrue(lastLine(again.out).contains(" 0 files updated,"), again::toString);
  }

  @Test
  void implicitSyncIsTheSameProgram() {
    Cli r = Cli.run(s(), d());
    assertEquals(2, r.exit, "a missing target without --create is a setup error");
    assertTrue(r.err.startsWith("error: "), r::toString);
    assertTrue(r.err.contains("--create"), r::toString);
    assertEquals(1, r.err.split("\n").length, r::toString);
    assertNoStackTrace(r);
    assertFalse(Files.exists(dst));
  }

  @Test
  void uniquePrefixesOfLongOptionsWorkAsWithPythonsArgparse() {
    Cli r = Cli.run("sync", "--dry", "--cr", "--source", "plex", s(), d());
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.startsWith("Dry run:"), r::toString);
    assertFalse(Files.exists(dst));
    Cli ambiguous = Cli.run("sync", "--de", s(), d());
    assertEquals(2, ambiguous.exit, ambiguous::toString);
  }

  @Test
  void missingSourceIsASetupErrorAndDebugShowsTheStackTrace() {
    Cli r = Cli.run("sync", tmp.resolve("nope").toString(), d());
    assertEquals(2, r.exit, r::toString);
    assertNoStackTrace(r);
    Cli debug = Cli.run("sync", "--debug", tmp.resolve("nope").toString(), d());
    assertEquals(2, debug.exit);
    assertTrue(debug.err.contains("\tat "), debug::toString);
  }

  @Test
  void dryRunTouchesNothingAndSaysSo() throws IOException {
    Set<String> before = Library.tree(tmp);
    Cli r = Cli.run("sync", "--dry-run", "--create", "--delete", s(), d());
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.startsWith("Dry run: nothing was changed"), r::toString);
    assertEquals(before, Library.tree(tmp));

    Files.createDirectories(dst.resolve("Gone (2000)"));
    before = Library.tree(tmp);
    Cli json = Cli.run("sync", "--dry-run", "--delete", "--json", s(), d());
    JsonNode doc = schema.assertValid(json.out);
    assertTrue(doc.get("dry_run").asBoolean());
    assertTrue(actions(doc).contains("link") && actions(doc).contains("remove"), json::toString);
    assertEquals(before, Library.tree(tmp));
  }

  @Test
  void straysAreKeptWithAWarningNamingDeleteAndRemovedWithDelete() throws IOException {
    assertEquals(0, Cli.run("sync", "--create", s(), d()).exit);
    Library.write(dst, "Gone (2000)/Gone (2000).mkv", "gone");
    Library.write(dst, Library.HEAT_JF + "/old.nfo", "old");

    Cli kept = Cli.run(s(), d());
    assertEquals(0, kept.exit, kept::toString);
    assertTrue(lastLine(kept.out).contains(" 2 strays kept in target,"), kept::toString);
    assertTrue(kept.err.contains("warning:") && kept.err.contains("--delete"), kept::toString);
    assertTrue(Files.exists(dst.resolve("Gone (2000)")));

    Cli refused = Cli.run("sync", "--delete", "--max-delete", "1", s(), d());
    assertEquals(1, refused.exit, refused::toString);
    assertTrue(
        refused.err.startsWith("error: ") && refused.err.contains("max-delete"), refused::toString);
    assertTrue(Files.exists(dst.resolve("Gone (2000)")), "nothing removed when refused");
    Cli refusedJson = Cli.run("sync", "--json", "--delete", "--max-delete", "1", s(), d());
    assertEquals(1, refusedJson.exit, refusedJson::toString);
    assertTrue(schema.assertValid(refusedJson.out).get("error").asText().contains("max-delete"));

    Cli deleted = Cli.run("sync", "--delete", "--max-delete", "2", s(), d());
    assertEquals(0, deleted.exit, deleted::toString);
    assertTrue(lastLine(deleted.out).contains(" 2 files removed,"), deleted::toString);
    assertFalse(Files.exists(dst.resolve("Gone (2000)")));
    assertFalse(Files.exists(dst.resolve(Library.HEAT_JF).resolve("old.nfo")));
    assertFalse(deleted.err.contains("--delete"), deleted::toString);
  }

  @Test
  void copyAndForceCopyWriteIndependentFiles() throws IOException {
    Cli copy = Cli.run("sync", "--copy", "--create", s(), d());
    assertEquals(0, copy.exit, copy::toString);
    Path heat = dst.resolve(Library.HEAT_JF).resolve(Library.HEAT_JF + ".mkv");
    assertFalse(Files.isSameFile(heat, src.resolve(Library.HEAT).resolve(Library.HEAT + ".mkv")));
    assertEquals("heat", Files.readString(heat));

    JsonNode again = schema.assertValid(Cli.run("sync", "--copy", "--json", s(), d()).out);
    assertEquals(Set.of("skip"), Set.copyOf(actions(again)), "same size and mtime: skipped");
    JsonNode forced = schema.assertValid(Cli.run("sync", "--force-copy", "--json", s(), d()).out);
    assertFalse(actions(forced).contains("skip"), "--force-copy always rewrites");
  }

  @Test
  void hardlinksAcrossFilesystemsAreASetupErrorThatNamesCopy() throws IOException {
    Path shm = Path.of("/dev/shm");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm));
    Path other = Files.createTempDirectory(shm, "jellyplex-cli-test");
    try {
      Cli r = Cli.run("sync", "--create", s(), other.resolve("jf").toString());
      assertEquals(2, r.exit, r::toString);
      assertTrue(r.err.contains("--copy"), r::toString);
      assertNoStackTrace(r);
      Cli copy = Cli.run("sync", "--copy", "--create", s(), other.resolve("jf").toString());
      assertEquals(0, copy.exit, copy::toString);
    } finally {
      try (var walk = Files.walk(other)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aFolderClashIsAProblemWithExit1() throws IOException {
    Library.write(src, "Heat (1995)/Heat (1995).mkv", "a");
    Library.write(src, "Heat (1995) [remastered]/Heat (1995).mkv", "b");
    Cli r = Cli.run("sync", "--create", s(), d());
    assertEquals(1, r.exit, r::toString);
    assertTrue(r.err.contains("folder clash"), r::toString);
    assertTrue(lastLine(r.out).endsWith(" 2 skipped due to clash."), r::toString);
    JsonNode doc = schema.assertValid(Cli.run("sync", "--json", "--create", s(), d()).out);
    assertEquals(1, doc.get("exit_code").asInt());
    assertEquals(2, doc.at("/summary/clashes").asInt());
  }

  @Test
  void syncJsonIsOneValidDocumentAndStderrKeepsOnlyWarnings() throws IOException {
    Files.createDirectories(dst.resolve("Gone (2000)"));
    Cli r = Cli.run("sync", "--json", s(), d());
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.endsWith("}\n"));
    JsonNode doc = schema.assertValid(r.out);
    assertEquals(0, doc.get("exit_code").asInt());
    assertEquals(src.toString(), doc.at("/source/path").asText());
    assertEquals("plex", doc.at("/source/format").asText());
    assertEquals("jellyfin", doc.at("/target/format").asText());
    assertEquals(3, doc.at("/summary/movies_total").asInt());
    assertEquals(List.of("Gone (2000)"), texts(doc.get("strays_in_target")));
    assertTrue(r.err.startsWith("warning:"), r::toString);
    assertEquals(1, r.err.split("\n").length, "only the stray warning: " + r.err);

    Cli verbose = Cli.run("sync", "--json", "-v", s(), d());
    schema.assertValid(verbose.out);
    assertTrue(verbose.err.contains(Library.HEAT_JF + ": "), verbose::toString);
    assertTrue(verbose.err.contains("Summary: "), verbose::toString);
  }

  @Test
  void verboseLogsEveryMovieOnStderr() {
    Cli r = Cli.run("sync", "--create", "--verbose", s(), d());
    assertEquals(0, r.exit);
    assertTrue(r.err.contains(Library.HEAT_JF + ": 3 linked"), r::toString);
    assertTrue(r.err.contains(Library.SCREAM + ": 1 linked"), r::toString);
    assertFalse(r.out.contains(Library.HEAT_JF + ": "), r::toString);
    Cli quiet = Cli.run("sync", s(), d());
    assertFalse(quiet.err.contains(Library.HEAT_JF), quiet::toString);
    Cli debug = Cli.run("sync", "--debug", s(), d());
    assertTrue(debug.err.contains("  skip "), debug::toString);
    assertTrue(debug.err.contains("debug: sync " + s()), debug::toString);
    assertTrue(debug.err.contains("materializer=HARDLINK"), debug::toString);
  }

  @Test
  void explicitFormatsAndLintMode() throws IOException {
    Cli lint =
        Cli.run("sync", "--create", "--source-format", "plex", "--target-format", "PLEX", s(), d());
    assertEquals(0, lint.exit, lint::toString);
    assertTrue(
        Files.exists(dst.resolve(Library.HEAT).resolve(Library.HEAT + ".mkv")), lint::toString);

    Cli unknown = Cli.run("sync", "--source-format", "kodi", s(), d());
    assertEquals(2, unknown.exit);
    assertTrue(
        unknown.err.contains("unknown format 'kodi'; expected one of plex, jellyfin, auto"),
        unknown::toString);
  }

  @Test
  void progressBarOnlyOnATerminalAndNeverWithJson() {
    Cli tty = Cli.run(new Terminal(true, false), "sync", "--create", s(), d());
    assertEquals(0, tty.exit);
    assertTrue(tty.err.contains("\r[#"), tty::toString);
    assertTrue(tty.err.endsWith("\r\u001b[K"), "the bar is cleared at the end");
    Cli json = Cli.run(new Terminal(true, false), "sync", "--json", s(), d());
    assertFalse(json.err.contains("\r["), json::toString);
    Cli pipe = Cli.run("sync", s(), d());
    assertFalse(pipe.err.contains("\r["), pipe::toString);
  }

  @Test
  void theVerboseLogAndTheProgressBarShareStderrCleanly() {
    Cli r = Cli.run(new Terminal(true, false), "sync", "--create", "-v", s(), d());
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.err.contains("\r[#"), r::toString);
    assertTrue(r.err.contains(Library.HEAT_JF + ": 3 linked"), r::toString);
    for (String line : r.err.split("\n", -1)) {
      String visible = line.substring(line.lastIndexOf('\r') + 1);
      assertFalse(
          visible.contains(" files") && visible.contains(" linked"),
          "a log line was written over the bar: " + line);
    }
  }

  // ---- diff

  @Test
  void diffExitCodesFollowUnixDiff() throws IOException {
    assertEquals(2, Cli.run("diff", s(), d()).exit, "missing target");
    assertEquals(0, Cli.run("sync", "--create", s(), d()).exit);
    // a loose file at the library root is not mirrored: the source may not be deleted yet
    Cli loose = Cli.run("diff", s(), d());
    assertEquals(1, loose.exit, loose::toString);
    Files.delete(src.resolve("notes.txt"));
    Cli same = Cli.run("diff", s(), d());
    assertEquals(0, same.exit, same::toString);
    assertTrue(
        lastLine(same.out).startsWith("Summary: in sync: 3 of 3 movies in sync"), same::toString);

    Library.write(src, "Ran (1985)/Ran (1985).mkv", "ran");
    Cli differs = Cli.run("diff", s(), d());
    assertEquals(1, differs.exit, differs::toString);
    assertTrue(differs.out.contains("only in source: Ran (1985)"), differs::toString);
    JsonNode doc = schema.assertValid(Cli.run("diff", "--json", s(), d()).out);
    assertFalse(doc.get("in_sync").asBoolean());
    assertEquals(1, doc.get("exit_code").asInt());
    assertEquals("Ran (1985)", doc.at("/movies_only_in_source/0/source_folder").asText());
  }

  @Test
  void diffOfASourceNameThatIsNotUtf8IsTroubleReportedOnce() throws Exception {
    Files.delete(src.resolve("notes.txt")); // not mirrored: a difference of its own
    assertEquals(0, Cli.run("sync", "--create", s(), d()).exit);
    // a folder whose name holds the byte 0xff, made by the shell (the JVM cannot name it)
    Process mkdir =
        new ProcessBuilder("sh", "-c", "mkdir \"$1/Bad$(printf '\\377')Name (2000)\"", "sh", s())
            .start();
    assertEquals(0, mkdir.waitFor());
    // behavior §3: an entry that could not be read is trouble (2), as in Unix diff
    Cli r = Cli.run("diff", s(), d());
    assertEquals(2, r.exit, r::toString);
    String error = src.resolve("Bad\\xffName (2000)") + ": name is not valid UTF-8; rename it";
    assertEquals(1, r.err.split(java.util.regex.Pattern.quote(error), -1).length - 1, r::toString);
    JsonNode doc = schema.assertValid(Cli.run("diff", "--json", s(), d()).out);
    assertEquals(2, doc.get("exit_code").asInt());
    assertEquals(1, doc.get("errors").size(), doc::toPrettyString);
    assertEquals(src.resolve("Bad\\xffName (2000)").toString(), doc.at("/errors/0/path").asText());
  }

  @Test
  void diffWithCopySemanticsSeesHardlinksAsNotTheSame() throws IOException {
    Files.delete(src.resolve("notes.txt")); // not mirrored: a difference of its own
    assertEquals(0, Cli.run("sync", "--copy", "--create", s(), d()).exit);
    assertEquals(0, Cli.run("diff", "--copy", s(), d()).exit);
    Cli hard = Cli.run("diff", "--hardlink", s(), d());
    assertEquals(1, hard.exit, hard::toString);
    assertTrue(hard.out.contains("not the same file"), hard::toString);
  }

  // ---- plan

  @Test
  void planPrintsWithoutTouchingAndExits0() throws IOException {
    Library.write(src, "Heat (1995)/Heat (1995).mkv", "a");
    Library.write(src, "Heat (1995) [remastered]/Heat (1995).mkv", "b");
    Set<String> before = Library.tree(tmp);
    Cli r = Cli.run("plan", s(), d());
    assertEquals(0, r.exit, "clashes are information for plan: " + r);
    assertTrue(r.out.contains(Library.HEAT + " -> " + Library.HEAT_JF), r::toString);
    assertEquals(before, Library.tree(tmp));
    Cli verbose = Cli.run("plan", "-v", s(), d());
    assertTrue(verbose.out.contains("  video"), verbose::toString);
    JsonNode doc = schema.assertValid(Cli.run("plan", "--json", s(), d()).out);
    assertEquals(0, doc.get("exit_code").asInt());
    assertEquals(1, doc.at("/summary/folder_clashes").asInt());
    assertEquals(2, Cli.run("plan", tmp.resolve("nope").toString(), d()).exit);
  }

  @Test
  void planShowsCollectionPathsAndMergedEditionFolders() throws IOException {
    Library.write(src, "Action/" + Library.HEAT + "/" + Library.HEAT + ".mkv", "a");
    Library.write(src, "Action/folder.jpg", "art");
    String alien = "Alien (1979) {imdb-tt0078748}";
    String cut = alien + " {edition-Director's Cut}";
    Library.write(src, alien + "/" + alien + ".mkv", "b");
    Library.write(src, cut + "/" + cut + ".mkv", "c");

    Cli text = Cli.run("plan", "-v", s(), d());
    assertEquals(0, text.exit, text::toString);
    assertTrue(
        text.out.contains("Action/" + Library.HEAT + " -> Action/" + Library.HEAT_JF),
        text::toString);
    assertTrue(
        text.out.contains(alien + " + " + cut + " -> Alien (1979) [imdbid-tt0078748]"),
        text::toString);
    assertTrue(
        text.out.contains(
            "collection Action/" + System.lineSeparator() + "  loose          folder.jpg"),
        text::toString);

    JsonNode doc = schema.assertValid(Cli.run("plan", "--json", s(), d()).out);
    assertEquals("Action", doc.at("/collections/0/path").asText());
    assertEquals("folder.jpg", doc.at("/collections/0/loose_files/0/target").asText());
    assertEquals(0, doc.at("/summary/folder_clashes").asInt());
    JsonNode merged = doc.at("/movies/1");
    assertEquals("Alien (1979) [imdbid-tt0078748]", merged.get("target_folder").asText());
    assertEquals(alien, merged.at("/merged_folders/0").asText());
    assertEquals(cut, merged.at("/merged_folders/1").asText());
    assertEquals(cut + "/" + cut + ".mkv", merged.at("/videos/0/source").asText());
    assertEquals(alien + "/" + alien + ".mkv", merged.at("/videos/1/source").asText());
  }

  // ---- import

  @Test
  void importMovesByDefaultAndCopiesWithCopy() throws IOException {
    Path staging = tmp.resolve("staging");
    Library.write(staging, "dl/Ran (1985).mkv", "ran");
    Library.write(staging, "dl/readme.txt", "x");
    Path lib = Files.createDirectories(tmp.resolve("lib"));

    Cli dry = Cli.run("import", "--dry-run", "--json", staging.toString(), lib.toString());
    assertEquals(0, dry.exit, dry::toString);
    JsonNode doc = schema.assertValid(dry.out);
    assertTrue(doc.get("dry_run").asBoolean());
    assertEquals(Set.of(), Library.tree(lib), "dry run touches nothing");

    Cli copy = Cli.run("import", "--copy", staging.toString(), lib.toString());
    assertEquals(0, copy.exit, copy::toString);
    assertTrue(Files.exists(staging.resolve("dl/Ran (1985).mkv")), "--copy leaves the source");
    assertTrue(lastLine(copy.out).startsWith("Summary: 1 movie, 1 file imported"), copy::toString);
    assertTrue(copy.out.contains("ignored: dl/readme.txt"), copy::toString);

    Path lib2 = Files.createDirectories(tmp.resolve("lib2"));
    Cli move = Cli.run("import", staging.toString(), lib2.toString());
    assertEquals(0, move.exit, move::toString);
    assertFalse(Files.exists(staging.resolve("dl/Ran (1985).mkv")), "moved");
    assertEquals(
        1, Library.tree(lib2).stream().filter(p -> p.endsWith(".mkv")).count(), move::toString);
  }

  @Test
  void setupErrorsUnderJsonStillWriteOneValidDocument() {
    for (String command : List.of("sync", "diff", "plan", "import")) {
      Cli r = Cli.run(command, "--json", tmp.resolve("nope").toString(), d());
      assertEquals(2, r.exit, r::toString);
      JsonNode doc = schema.assertValid(r.out);
      assertEquals(command, doc.get("operation").asText());
      assertEquals(2, doc.get("exit_code").asInt());
      assertTrue(r.err.startsWith("error: "), r::toString);
    }
  }

  // ---- demo

  @Test
  void demoMakesALibraryMirrorsItAndNeverRecreatesIt() throws IOException {
    Path demo = tmp.resolve("demo");
    Cli r = Cli.run("demo", "--dir", demo.toString());
    assertEquals(0, r.exit, r::toString);
    assertTrue(r.out.startsWith(demo.resolve("plex") + "\n"), r::toString);
    assertTrue(r.out.contains("\n" + demo.resolve("jellyfin") + "\n"), r::toString);
    assertTrue(
        lastLine(r.out).startsWith("Summary: 5 of 5 movies synced, 15 files updated"), r::toString);
    Path heat = demo.resolve("plex/Iron Forest (1985) {tmdb-609266}/Iron Forest (1985).mkv");
    assertTrue(
        Files.isSameFile(
            heat,
            demo.resolve(
                "jellyfin/Iron Forest (1985) [tmdbid-609266]/Iron Forest (1985) [tmdbid-609266].mkv")));

    Files.writeString(heat, "my own content");
    Cli again = Cli.run("demo", "--dir", demo.toString(), "--json");
    assertEquals(0, again.exit, again::toString);
    assertEquals(0, schema.assertValid(again.out).at("/summary/files_updated").asInt());
    assertEquals("my own content", Files.readString(heat), "an existing demo library is kept");
  }

  private static List<String> actions(JsonNode doc) {
    List<String> actions = new ArrayList<>();
    doc.get("events").forEach(e -> actions.add(e.get("action").asText()));
    return actions;
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(e -> list.add(e.asText()));
    return list;
  }
}

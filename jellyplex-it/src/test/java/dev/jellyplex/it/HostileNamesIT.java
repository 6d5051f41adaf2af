package dev.jellyplex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.jellyplex.engine.FileError;
import dev.jellyplex.engine.JellyPlex;
import dev.jellyplex.engine.SetupException;
import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile names, from a corpus and generated, fed through plan and sync: no crash, and every source
 * file either synced (same inode in the target) or reported as ignored or in error.
 */
class HostileNamesIT {
  @TempDir Path tmp;

  /** The corpus, with escapes decoded. */
  static List<String> corpus() throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = HostileNamesIT.class.getResourceAsStream("/hostile-names.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n", -1)) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        names.add(unescape(line));
      }
    }
    return names;
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case '\\' -> out.append('\\');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append('\\').append(n);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> corpusNamesSyncOrAreReported() throws IOException {
    List<String> names = corpus();
    return names.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    printable(name),
                    () -> {
                      Path root = Files.createTempDirectory(tmp, "case");
                      checkName(root, name, FormatId.PLEX, FormatId.JELLYFIN);
                      Path root2 = Files.createTempDirectory(tmp, "case");
                      checkName(root2, name, FormatId.JELLYFIN, FormatId.PLEX);
                    }));
  }

  @Test
  void invalidUtf8NamesAreSyncedOrReported() throws Exception {
    Path source = tmp.resolve("source");
    Files.createDirectories(source.resolve("Fine (2000)"));
    Trees.touch(source, "Fine (2000)/Fine (2000).mkv");
    // Raw bytes that are not UTF-8: only a shell can make them from here.
    Process p =
        new ProcessBuilder(
                "bash",
                "-c",
                "cd \"$1\" && mkdir $'Bad \\xff (2001)' && touch $'Bad \\xff (2001)/Bad \\xff (2001).mkv'"
                    + " && touch $'Fine (2000)/Fine (2000) \\xfe\\xfe.en.srt'",
                "bash",
                source.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, out);
    Path target = tmp.resolve("target");
    SyncReport report =
        JellyPlex.sync(
            source,
            target,
            SyncOptions.defaults()
                .withCreate(true)
                .withSourceFormat(FormatId.PLEX)
                .withTargetFormat(FormatId.JELLYFIN));
    assertEveryFileAccountedFor(source, target, report);
    assertTrue(Files.exists(target.resolve("Fine (2000)").resolve("Fine (2000).mkv")));
  }

  @Test
  void generatedNamesNeverCrashPlanOrSync() {
    // Names drawn from an alphabet of brackets, separators, digits, letters and odd code points.
    String alphabet = "([{}])-. _'!#0123456789ptcdBDk4ipabxyzé\u202e\u200b\u0301Ж😀\t";
    qt().withExamples(150)
        .withShrinkCycles(200)
        .forAll(
            lists()
                .of(integers().between(0, alphabet.codePointCount(0, alphabet.length()) - 1))
                .ofSizeBetween(1, 40))
        .checkAssert(
            indexes -> {
              int[] cps = alphabet.codePoints().toArray();
              StringBuilder sb = new StringBuilder();
              indexes.forEach(i -> sb.appendCodePoint(cps[i]));
              String name = sb.toString();
              try (FileSystem fs =
                  Jimfs.newFileSystem(
                      Configuration.unix().toBuilder()
                          .setAttributeViews("basic", "owner", "posix", "unix")
                          .build())) {
                Path root = fs.getPath("/work");
                Files.createDirectories(root);
                checkName(root, name, FormatId.PLEX, FormatId.JELLYFIN);
              } catch (IOException e) {
                throw new AssertionError(printable(name) + ": " + e, e);
              }
            });
  }

  /**
   * Builds a small library around {@code name} (as a movie folder with a video and a subtitle named
   * after it, and as a file in an ordinary movie folder), syncs it, and checks that every file is
   * accounted for.
   */
  static void checkName(Path root, String name, FormatId from, FormatId to) throws IOException {
    Path source = root.resolve("source");
    Path target = root.resolve("target");
    Files.createDirectories(source);
    String safe =
        from.equals(FormatId.PLEX)
            ? "Safe (2000) {imdb-tt0000009}"
            : "Safe (2000) [imdbid-tt0000009]";
    Trees.touch(source, safe + "/" + safe + ".mkv");
    tryCreate(source, name + "/" + name + ".mkv");
    tryCreate(source, name + "/" + name + ".en.srt");
    tryCreate(source, safe + "/" + name + ".mkv");
    tryCreate(source, safe + "/" + name);
    SyncOptions options =
        SyncOptions.defaults().withCreate(true).withSourceFormat(from).withTargetFormat(to);
    try {
      JellyPlex.plan(source, target, options);
      SyncReport report = JellyPlex.sync(source, target, options);
      assertEveryFileAccountedFor(source, target, report);
      SyncReport again = JellyPlex.sync(source, target, options);
      assertEquals(
          report.successful(), again.successful(), "a second run judged the library differently");
    } catch (SetupException e) {
      fail("setup error on " + printable(name) + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw new AssertionError("crash on " + printable(name) + ": " + e, e);
    }
  }

  private static void tryCreate(Path root, String relative) {
    try {
      Trees.touch(root, relative);
    } catch (FileSystemException | java.nio.file.InvalidPathException e) {
      // The filesystem itself refuses this name (e.g. over 255 bytes): nothing to sync.
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static void assertEveryFileAccountedFor(Path source, Path target, SyncReport report)
      throws IOException {
    Set<Object> targetKeys = new HashSet<>();
    for (Map.Entry<String, Trees.Fingerprint> e : Trees.fingerprint(target, false).entrySet()) {
      String last = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      assertTrue(
          last.getBytes(StandardCharsets.UTF_8).length <= 255, "over 255 bytes: " + e.getKey());
      targetKeys.add(e.getValue().inode());
    }
    List<String> reported = new ArrayList<>();
    for (IgnoredEntry i : report.plan().ignored()) {
      reported.add(i.relativePath());
    }
    for (FileError e : report.plan().errors()) {
      reported.add(e.path().toString());
    }
    for (FileError e : report.errors()) {
      reported.add(e.path().toString());
    }
    report.plan().movieClashes().forEach(c -> reported.addAll(c.sourceFileNames()));
    report.plan().folderClashes().forEach(c -> reported.addAll(c.sourceFolders()));
    // names that are not UTF-8 are reported byte-escaped (\xff); the JVM lists them with U+FFFD
    List.copyOf(reported).forEach(r -> reported.add(r.replaceAll("\\\\x[0-9a-f]{2}", "\uFFFD")));
    for (Map.Entry<String, Trees.Fingerprint> e : Trees.fingerprint(source, false).entrySet()) {
      String rel = e.getKey();
      boolean hidden = Stream.of(rel.split("/")).anyMatch(seg -> seg.startsWith("."));
      if (hidden || targetKeys.contains(e.getValue().inode())) {
        continue;
      }
      String folder = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
      String file = rel.substring(rel.lastIndexOf('/') + 1);
      boolean isReported =
          reported.stream()
              .anyMatch(
                  r ->
                      r.equals(rel)
                          || r.equals(folder)
                          || r.equals(file)
                          || r.endsWith("/" + rel)
                          || r.endsWith("/" + folder)
                          || (r.startsWith(folder + "/") && rel.startsWith(r))
                          || r.contains(source.resolve(folder).toString()));
      if (!isReported) {
        fail(
            "neither synced nor reported: "
                + printable(rel)
                + "\nignored/errors: "
                + reported.stream().map(HostileNamesIT::printable).toList());
      }
    }
  }

  static String printable(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}

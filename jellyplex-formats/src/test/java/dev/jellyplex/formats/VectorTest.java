package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jellyplex.formats.NamingVectors.Line;
import dev.jellyplex.model.TranslationLoss;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the project's copy of the naming vectors ({@link NamingVectors}) through the
 * translators, one dynamic test per case.
 *
 * <p>A case's {@code L} lines are the exact set of losses ({@code kind:value}) its folders report,
 * not a subset: the shared vectors list only the loss a case is about, so the project copy adds
 * every other loss the naming contract implies for that case (a 1080i or 576i label Jellyfin's
 * {@code BD}/{@code DVD} cannot keep, labels and version text a Jellyfin name drops, a label of a
 * Plex folder name). A change that reports one loss more or less fails here.
 */
class VectorTest {

  static NamingFormat format(char c) {
    return c == 'p' ? Codecs.PLEX : Codecs.JELLYFIN;
  }

  @TestFactory
  Stream<DynamicTest> vectors() throws IOException {
    return NamingVectors.cases().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> run(e.getValue())));
  }

  private static void run(List<Line> lines) {
    String dir = lines.get(0).dir();
    LibraryTranslator translator = Codecs.translator(format(dir.charAt(0)), format(dir.charAt(2)));
    Map<String, List<String>> folders = new TreeMap<>();
    List<String> rootFiles = new ArrayList<>();
    Set<String> expected = new TreeSet<>();
    List<String> expectedLosses = new ArrayList<>();
    List<String> expectedErrors = new ArrayList<>();
    for (Line l : lines) {
      switch (l.kind()) {
        case "S" -> {
          int slash = l.path().indexOf('/');
          if (slash > 0) {
            folders
                .computeIfAbsent(l.path().substring(0, slash), k -> new ArrayList<>())
                .add(l.path().substring(slash + 1));
          } else {
            rootFiles.add(l.path());
          }
        }
        case "T" -> expected.add(l.path());
        case "L" -> expectedLosses.add(l.path());
        case "X" -> expectedErrors.add(l.path());
        default -> throw new IllegalStateException("unknown kind " + l.kind());
      }
    }
    List<MovieTranslation> translations = new ArrayList<>();
    // each top-level folder as the naming contract's section 8 classifies it
    folders.forEach((name, files) -> translations.addAll(translator.translateTree(name, files)));
    translations.addAll(translator.translateTree("", rootFiles));

    Map<String, List<MovieTranslation>> byTarget = new TreeMap<>();
    for (MovieTranslation t : translations) {
      t.targetFolder()
          .ifPresent(
              f ->
                  byTarget
                      .computeIfAbsent(f.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                      .add(t));
    }
    Set<String> actual = new TreeSet<>();
    Set<String> errors = new TreeSet<>();
    Set<String> losses = new TreeSet<>();
    for (List<MovieTranslation> group : byTarget.values()) {
      MovieTranslation t = group.get(0);
      if (group.size() > 1) {
        // edition folders of one movie (top-level folders here) merge; anything else clashes
        Map<String, List<String>> named = new TreeMap<>();
        group.forEach(
            g -> named.put(g.sourceFolder(), folders.getOrDefault(g.sourceFolder(), List.of())));
        Optional<MovieTranslation> merged = translator.translateEditionFolders(named);
        if (merged.isEmpty()) {
          errors.add("folder_clash");
          continue;
        }
        t = merged.get();
      }
      for (FileMapping m : t.files()) {
        actual.add(t.targetFolder().orElseThrow() + "/" + m.target());
      }
    }
    for (MovieTranslation t : translations) {
      t.error().ifPresent(e -> errors.add(e.substring(0, e.indexOf(':'))));
      for (TranslationLoss loss : t.losses()) {
        losses.add(loss.kind().jsonName() + ":" + loss.value());
      }
    }
    assertEquals(
        String.join("\n", expected),
        String.join("\n", actual),
        lines.get(0).caseId() + ": target tree");
    assertEquals(
        String.join("\n", new TreeSet<>(expectedLosses)),
        String.join("\n", losses),
        lines.get(0).caseId() + ": losses");
    assertEquals(new TreeSet<>(expectedErrors), errors, lines.get(0).caseId() + ": errors");
  }
}

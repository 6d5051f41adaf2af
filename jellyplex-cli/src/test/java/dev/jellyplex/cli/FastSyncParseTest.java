package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.cli.FastSyncParse.Kind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@link FastSyncParse} against picocli: the options it knows are the ones picocli's model of
 * {@code sync} has, and every command line it takes leaves the command as picocli leaves it.
 */
class FastSyncParseTest {
  @TempDir Path tmp;

  private static Output output() {
    return new Output(
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        Terminal.plain(),
        "jellyplex");
  }

  private static CommandSpec syncSpec() {
    CommandLine sync = Main.commandLine(output(), "sync").getSubcommands().get("sync");
    return Objects.requireNonNull(sync).getCommandSpec();
  }

  /**
   * Fails when {@code sync} gains an option the fast path neither handles nor lists as one to leave
   * to picocli, or when a handled option is not what the fast path takes it for.
   */
  @Test
  void everyOptionOfSyncIsHandledOrLeftToPicocli() {
    CommandSpec spec = syncSpec();
    Set<String> model = new TreeSet<>();
    for (OptionSpec option : spec.options()) {
      List<String> names = Arrays.asList(option.names());
      model.addAll(names);
      boolean handled = FastSyncParse.OPTIONS.keySet().containsAll(names);
      boolean left = FastSyncParse.FALL_BACK.containsAll(names);
      assertTrue(
          handled != left,
          "sync option "
              + names
              + ": add it to FastSyncParse.OPTIONS (and parse it) or to FastSyncParse.FALL_BACK");
      if (!handled) {
        continue;
      }
      Kind kind = Objects.requireNonNull(FastSyncParse.OPTIONS.get(names.get(0)));
      for (String name : names) {
        assertEquals(kind, FastSyncParse.OPTIONS.get(name), name);
      }
      String what = names + " " + option.arity() + " " + option.type();
      assertNull(option.defaultValue(), what + ": a defaultValue the fast path does not set");
      assertFalse(option.negatable(), what);
      assertEquals("", option.splitRegex(), what);
      assertFalse(option.arity().isVariable(), what);
      switch (kind) {
        case FLAG -> {
          assertEquals(boolean.class, option.type(), what);
          assertEquals(0, option.arity().max(), what);
        }
        case VALUE -> {
          assertFalse(option.isMultiValue(), what);
          assertEquals(1, option.arity().min(), what);
          assertEquals(1, option.arity().max(), what);
        }
        case REPEATED -> {
          assertEquals(List.class, option.type(), what);
          assertEquals(1, option.arity().min(), what);
          assertEquals(1, option.arity().max(), what);
        }
      }
      ArgGroupSpec group = option.group();
      boolean materializer = Set.of("--hardlink", "--copy", "--force-copy").containsAll(names);
      assertEquals(materializer, group != null, what + ": in an argument group");
      if (group != null) {
        assertTrue(group.exclusive(), what);
        assertEquals(0, group.multiplicity().min(), what);
        assertEquals(1, group.multiplicity().max(), what);
      }
    }
    assertTrue(model.containsAll(FastSyncParse.OPTIONS.keySet()), "no longer in sync: " + model);
    assertTrue(model.containsAll(FastSyncParse.FALL_BACK), "no longer in sync: " + model);
    assertEquals(2, spec.positionalParameters().size());
    for (PositionalParamSpec p : spec.positionalParameters()) {
      assertEquals(String.class, p.type());
      assertEquals(1, p.arity().min());
      assertEquals(1, p.arity().max());
    }
    assertTrue(spec.subcommands().isEmpty());
    assertNull(spec.defaultValueProvider());
    assertTrue(spec.parser().expandAtFiles()); // why the fast path refuses "@..."
    assertFalse(spec.parser().caseInsensitiveEnumValuesAllowed());
    assertFalse(spec.optionsCaseInsensitive());
    assertFalse(spec.parser().overwrittenOptionsAllowed());
    assertFalse(spec.parser().toggleBooleanFlags());
    assertFalse(spec.parser().unmatchedArgumentsAllowed());
    assertFalse(spec.parser().trimQuotes());
    assertFalse(spec.parser().stopAtPositional());
  }

  /** A line the fast path must take, to show the grid below is not vacuous. */
  @Test
  void takesTheCommonLines() {
    for (String[] line :
        List.of(
            new String[] {"sync", "a", "b"},
            new String[] {"sync", "--delete", "--dry-run", "-v", "a", "b"},
            new String[] {"sync", "a", "--json", "b", "--copy", "--exclude", "*.nfo"},
            new String[] {"sync", "--max-delete=10%", "--source-format", "Plex", "a", "b"},
            new String[] {"sync", "--keep", "x", "--keep=y", "--exclude", "z", "a", "b"})) {
      SyncCommand fast = FastSyncParse.parse(output(), line);
      assertNotNull(fast, Arrays.toString(line));
      SyncCommand slow = picocli(line);
      assertNotNull(slow, Arrays.toString(line));
      assertEquals(state(slow), state(fast), Arrays.toString(line));
    }
  }

  /** Lines the fast path must leave to picocli, whatever picocli makes of them. */
  @Test
  void refusesWhatItIsNotSureAbout() {
    for (String[] line :
        List.of(
            new String[] {"sync", "a", "b", "--help"},
            new String[] {"sync", "-h", "a", "b"},
            new String[] {"sync", "-V", "a", "b"},
            new String[] {"sync", "--version", "a", "b"},
            new String[] {"sync", "--dry", "a", "b"},
            new String[] {"sync", "--del", "a", "b"},
            new String[] {"sync", "-vv", "a", "b"},
            new String[] {"sync", "--delete", "--delete", "a", "b"},
            new String[] {"sync", "-v", "--verbose", "a", "b"},
            new String[] {"sync", "--copy", "--force-copy", "a", "b"},
            new String[] {"sync", "--copy", "--copy", "a", "b"},
            new String[] {"sync", "--max-delete", "1", "--max-delete", "2", "a", "b"},
            new String[] {"sync", "a", "b", "--max-delete"},
            new String[] {"sync", "a"},
            new String[] {"sync", "a", "b", "c"},
            new String[] {"sync", "--", "a", "b"},
            new String[] {"sync", "a", "", "b"},
            new String[] {"sync", "", "b"},
            new String[] {"sync", "@args", "b"},
            new String[] {"sync", "--exclude", "", "a", "b"},
            new String[] {"sync", "--exclude=", "a", "b"},
            new String[] {"sync", "--exclude", "-x", "a", "b"},
            new String[] {"sync", "--delete=true", "a", "b"},
            new String[] {"sync", "--source-format", "plx", "a", "b"},
            new String[] {"sync", "--notify-jellyfin", "http://j", "a", "b"},
            new String[] {"sync", "--path-map", "a=b", "a", "b"},
            new String[] {"diff", "a", "b"},
            new String[] {"--verbose", "sync", "a", "b"})) {
      assertNull(FastSyncParse.parse(output(), line), Arrays.toString(line));
    }
  }

  /**
   * Random command lines from options, values and positionals, good and bad: whatever the fast path
   * takes, picocli takes too and leaves the command in the same state; whatever picocli rejects or
   * answers with help, the fast path refuses.
   */
  @Test
  void agreesWithPicocliOnRandomCommandLines() {
    Random random = new Random(17);
    int taken = 0;
    int refusedAlthoughValid = 0;
    for (int n = 0; n < 2500; n++) {
      String[] line = randomLine(random);
      SyncCommand fast = FastSyncParse.parse(output(), line);
      @Nullable SyncCommand slow;
      try {
        slow = picocli(line);
      } catch (ParameterException e) {
        slow = null;
      }
      if (fast == null) {
        refusedAlthoughValid += slow == null ? 0 : 1;
        continue;
      }
      taken++;
      if (slow == null) {
        throw new AssertionError(
            "picocli rejects (or answers with help) what the fast path takes: " + List.of(line));
      }
      assertEquals(state(slow), state(fast), () -> List.of(line).toString());
    }
    // not vacuous: a good share of the lines is taken, and some valid ones are left to picocli
    assertTrue(taken > 300, "taken: " + taken);
    assertTrue(refusedAlthoughValid > 50, "refused although valid: " + refusedAlthoughValid);
  }

  private static final List<String> FLAGS =
      List.of(
          "-v",
          "--verbose",
          "--debug",
          "--json",
          "--create",
          "--delete",
          "--dry-run",
          "--no-default-keep",
          "--hardlink",
          "--copy",
          "--force-copy",
          // never taken by the fast path
          "-h",
          "--help",
          "-V",
          "--version",
          "--",
          "-",
          "-vv",
          "-v=true",
          "--delete=true",
          "--json=false",
          "--del",
          "--dry",
          "--verb",
          "--unknown",
          "-x",
          "--DELETE",
          "--copy=");

  private static final Map<String, List<String>> VALUES =
      Map.of(
          "--max-delete", List.of("10", "10%", "all", "ALL", " 5 ", "-1", "x", "", "@f", "1=2"),
          "--exclude", List.of("Kids/", "*.nfo", "", "a=b", "\"q\"", "-x", "--delete", "@file"),
          "--keep", List.of("poster.jpg", "**/x", "/", "a//b", "'q'", "-v", "=x", " "),
          "--source-format", List.of("plex", "JELLYFIN", "auto", "Auto", "plx", "", "-v", "@a"),
          "--target-format", List.of("jellyfin", "Plex", "AUTO", "jf", " plex", "x=y"),
          // never taken by the fast path
          "--notify-jellyfin", List.of("http://jellyfin:8096", ""),
          "--path-map", List.of("/a=/b"),
          "--max-del", List.of("3"),
          "--exc", List.of("x"));

  private static final List<String> POSITIONALS =
      List.of(
          "src",
          "tgt",
          "/media/plex",
          "My Movies",
          "a=b",
          "sync",
          "Kids/",
          "demo",
          "-",
          "",
          "@args",
          "--",
          "ü",
          "x\ty");

  private static String[] randomLine(Random random) {
    List<String> line = new ArrayList<>(List.of("sync"));
    int positionals = random.nextInt(5) == 0 ? random.nextInt(4) : 2;
    int options = random.nextInt(7);
    List<String> keys = VALUES.keySet().stream().sorted(FastSyncParseTest::handledFirst).toList();
    List<List<String>> items = new ArrayList<>();
    for (int i = 0; i < positionals; i++) {
      String p =
          random.nextInt(4) == 0
              ? POSITIONALS.get(random.nextInt(POSITIONALS.size()))
              : POSITIONALS.get(random.nextInt(4));
      items.add(List.of(p));
    }
    for (int i = 0; i < options; i++) {
      if (random.nextBoolean()) {
        // mostly the handled flags
        int bound = random.nextInt(3) == 0 ? FLAGS.size() : 11;
        items.add(List.of(FLAGS.get(random.nextInt(bound))));
      } else {
        // mostly the handled value options
        int bound = random.nextInt(4) == 0 ? keys.size() : 5;
        String key = keys.get(random.nextInt(bound));
        List<String> values = Objects.requireNonNull(VALUES.get(key));
        String value = values.get(random.nextInt(values.size()));
        switch (random.nextInt(6)) {
          case 0 -> items.add(List.of(key + "=" + value));
          case 1 -> items.add(List.of(key)); // no value, or the next item taken as one
          default -> items.add(List.of(key, value));
        }
      }
    }
    // options anywhere between and around the positionals, as picocli allows
    java.util.Collections.shuffle(items, random);
    items.forEach(line::addAll);
    return line.toArray(new String[0]);
  }

  private static int handledFirst(String a, String b) {
    boolean ha = FastSyncParse.OPTIONS.containsKey(a);
    boolean hb = FastSyncParse.OPTIONS.containsKey(b);
    return ha == hb ? a.compareTo(b) : ha ? -1 : 1;
  }

  /**
   * The sync command picocli makes of {@code line}, as {@code execute} would before calling it;
   * null when picocli would print help or the version instead.
   */
  private static @Nullable SyncCommand picocli(String[] line) {
    CommandLine top = Main.commandLine(output(), "sync");
    ParseResult result = top.parseArgs(line);
    if (!result.hasSubcommand()) {
      return null;
    }
    ParseResult sync = result.subcommand();
    if (result.isUsageHelpRequested()
        || result.isVersionHelpRequested()
        || sync.isUsageHelpRequested()
        || sync.isVersionHelpRequested()) {
      return null;
    }
    return (SyncCommand) sync.commandSpec().userObject();
  }

  /** Everything of a parsed sync command that its run reads, and what it builds from it. */
  private static List<Object> state(SyncCommand c) {
    List<Object> state = new ArrayList<>();
    state.add(c.source);
    state.add(c.target);
    state.add(List.of(c.output.verbose, c.output.debug, c.output.json));
    state.add(List.of(c.create, c.delete, c.dryRun, String.valueOf(c.maxDelete)));
    state.add(List.copyOf(c.excludes.exclude));
    state.add(List.copyOf(c.keeps.keep));
    state.add(c.keeps.noDefaultKeep);
    state.add(c.formats.source.format());
    state.add(c.formats.target.format());
    MaterializerOptions m = c.materializer;
    state.add(m == null ? "no group" : List.of(m.hardlink, m.copy, m.forceCopy));
    NotifyFlags n = c.notify;
    state.add(Arrays.asList(n.jellyfin, n.jellyfinKeyFile, n.plex, n.plexTokenFile));
    state.add(List.copyOf(n.pathMaps));
    try {
      state.add(
          SyncCommand.options(
                  c.formats,
                  c.materializer,
                  c.delete,
                  c.dryRun,
                  c.create,
                  c.maxDelete,
                  c.excludes,
                  c.keeps)
              .build());
    } catch (IOException | RuntimeException e) {
      state.add("options: " + e);
    }
    try {
      state.add(c.notify.options(c.dryRun, name -> "secret").toString());
    } catch (IOException e) {
      state.add("notify: " + e);
    }
    return state;
  }

  // ---- end to end, through Main.run, with and without the fast path ----

  private record Run(int exit, String out, String err, Set<String> tree) {}

  private Run run(String[] args, Path target, boolean fast) throws IOException {
    Cli c = Cli.run(Terminal.plain(), fast, args);
    Set<String> tree = Library.tree(target);
    delete(target);
    // the only thing that differs between runs: how long a step took
    return new Run(c.exit, c.out, c.err.replaceAll("\\d+ ms", "N ms"), tree);
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void runsLikePicocliEndToEnd() throws IOException {
    String src = Library.plex(tmp.resolve("plex")).toString();
    Path target = tmp.resolve("jellyfin");
    String dst = target.toString();
    String missing = tmp.resolve("missing").toString();
    List<String[]> lines =
        List.of(
            new String[] {src, dst, "--create"},
            new String[] {"sync", "--create", "--dry-run", src, dst},
            new String[] {"sync", src, dst, "--create", "--json", "-v"},
            new String[] {"sync", "--create", "--json", src, dst},
            new String[] {"sync", "--create", "--copy", "--exclude", "*.txt", src, dst, "--debug"},
            new String[] {"sync", "--create", "--keep=poster.jpg", "--no-default-keep", src, dst},
            new String[] {"sync", "--create", "--delete", "--max-delete", "all", src, dst},
            new String[] {"sync", "--create", "--max-delete", "lots", src, dst, "--json"},
            new String[] {"sync", "--create", "--exclude", "a//b", src, dst},
            new String[] {"sync", "--create", "--source-format", "JellyFin", src, dst},
            new String[] {"sync", "--create", "--target-format=plex", src, dst},
            new String[] {"sync", src, dst},
            new String[] {"sync", missing, dst, "--create"});
    Set<Boolean> nonEmptyTrees = new HashSet<>();
    for (String[] line : lines) {
      String[] full = Main.withImplicitSync(line);
      assertNotNull(FastSyncParse.parse(output(), full), () -> List.of(line).toString());
      Run fast = run(line, target, true);
      Run slow = run(line, target, false);
      assertEquals(slow, fast, () -> List.of(line).toString());
      nonEmptyTrees.add(fast.tree().isEmpty());
    }
    assertEquals(Set.of(true, false), nonEmptyTrees); // some synced, some failed or dry
  }

  @Test
  void theVersionAloneIsPrintedAsPicocliPrintsIt() throws IOException {
    Path nowhere = tmp.resolve("nothing");
    for (String flag : List.of("--version", "-V")) {
      Run fast = run(new String[] {flag}, nowhere, true);
      Run slow = run(new String[] {flag}, nowhere, false);
      assertEquals(slow, fast, flag);
      assertEquals(0, fast.exit());
      assertTrue(fast.out().contains(" (Java "), fast.out());
    }
  }
}

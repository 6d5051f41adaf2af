package dev.jellyplex.engine;

import dev.jellyplex.formats.Detection;
import dev.jellyplex.formats.LibraryTranslator;
import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Wires the phases to one set of name codecs: discover → plan → reconcile → apply (sync, import) or
 * summarise (diff).
 */
final class Engine {
  /**
   * A plan, the source attributes discovery read while making it, and, when only some movie folders
   * were planned, the target folder names they concern at the library root.
   */
  record Planned(
      Plan plan, Discovery.SourceAttributes sourceAttributes, @Nullable Set<String> scope) {}

  private final Naming naming;

  Engine(Naming naming) {
    this.naming = naming;
  }

  static Engine standard() {
    return new Engine(Naming.FORMATS);
  }

  Planned planned(Path source, Path target, SyncOptions options) throws IOException {
    Guards.requireSourceFolder(source, "source");
    Guards.requireSeparate(source, target, "source", "target");
    SourceExclusions.Result ex =
        SourceExclusions.apply(Discovery.discover(source), PathGlobs.of(options.exclude()));
    Discovery.Listing listing = ex.listing();
    if (options.delete()
        && options.sourceFormat().isEmpty()
        && !Planner.videoFileNames(listing, naming).hasNext()) {
      throw Guards.noMovieInSource(source); // before "cannot tell the naming format"
    }
    Codecs c = codecs(source, listing, options);
    Plan plan = excluded(Planner.plan(listing, target, c.source(), c.target(), c.translator()), ex);
    return new Planned(plan, listing.attributes(), null);
  }

  /** {@code plan} listing the entries {@code ex} excluded. */
  private static Plan excluded(Plan plan, SourceExclusions.Result ex) {
    return ex.excluded().isEmpty()
        ? plan
        : ImmutablePlan.builder().from(plan).excluded(ex.excluded()).build();
  }

  /** The two formats of a run and their translator. */
  private record Codecs(FormatId source, FormatId target, LibraryTranslator translator) {}

  private Codecs codecs(Path source, Discovery.Listing listing, SyncOptions options)
      throws SetupException {
    FormatId src =
        options.sourceFormat().isPresent()
            ? options.sourceFormat().get()
            : detect(source, Planner.videoFileNames(listing, naming));
    FormatId tgt =
        options.targetFormat().isPresent() ? options.targetFormat().get() : opposite(src);
    return new Codecs(src, tgt, translator(src, tgt));
  }

  /**
   * Plans only the source movie folders {@code folders} (names at the source root; a name that is
   * no folder any more is a movie gone from the source).
   */
  Planned planned(Path source, Path target, SyncOptions options, Collection<String> folders)
      throws IOException {
    Guards.requireSourceFolder(source, "source");
    Guards.requireSeparate(source, target, "source", "target");
    List<Discovery.SourceFolder> listed = new ArrayList<>();
    Set<String> gone = new TreeSet<>();
    for (String name : new TreeSet<>(folders)) {
      if (name.isEmpty() || name.contains("/") || Scanner.isHiddenOrSystem(name)) {
        throw new IllegalArgumentException(
            "movie folders are names at the source root, got \"" + name + "\"");
      }
      Path dir = source.resolve(name);
      if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        listed.add(Discovery.listFolder(source, name));
      } else {
        gone.add(name);
      }
    }
    SourceExclusions.Result ex =
        SourceExclusions.apply(
            new Discovery.Listing(source, List.copyOf(listed), List.of()),
            PathGlobs.of(options.exclude()));
    Discovery.Listing listing = ex.listing();
    Codecs c = codecs(source, listing, options);
    LibraryTranslator translator = c.translator();
    Plan plan = excluded(Planner.plan(listing, target, c.source(), c.target(), translator), ex);
    // the names at the target's root these folders concern: a collection keeps its own name
    Set<String> scope = new HashSet<>();
    plan.movies().forEach(m -> scope.add(Scanner.firstSegment(m.targetFolder())));
    plan.collections().keySet().forEach(path -> scope.add(Scanner.firstSegment(path)));
    for (String name : gone) {
      scope.add(name);
      translator.translate(name, List.of()).targetFolder().ifPresent(scope::add);
    }
    for (String name : ex.excluded()) {
      if (name.indexOf('/') < 0) { // an excluded movie folder: its old mirror is a stray
        translator.translate(name, List.of()).targetFolder().ifPresent(scope::add);
      }
    }
    return new Planned(plan, listing.attributes(), scope);
  }

  /**
   * Detects a library's format, listing folders one at a time and only as far as detection asks for
   * more names: the videos at the root, then each folder's, then those of the folders in it (a
   * collection folder holds its movies one level down).
   */
  Detection detect(Path library) throws IOException {
    Guards.requireSourceFolder(library, "library");
    Iterator<String> names = videoNames(library, 0).filter(naming::isVideoFileName).iterator();
    return naming.detect(names);
  }

  /** The file names in {@code dir}, then those below its folders, lazily; none past depth 8. */
  private static java.util.stream.Stream<String> videoNames(Path dir, int depth) {
    FileTable files;
    try {
      files = Scanner.table(dir);
    } catch (IOException e) {
      return java.util.stream.Stream.empty(); // unreadable: no hint from it
    }
    java.util.stream.Stream<String> here =
        java.util.stream.IntStream.range(0, files.size())
            .filter(i -> files.entry(i).isFile())
            .mapToObj(files::name);
    if (depth >= 8) {
      return here;
    }
    java.util.stream.Stream<String> below =
        java.util.stream.IntStream.range(0, files.size())
            .filter(i -> files.entry(i).isDirectory() && !Scanner.isHiddenOrSystem(files.name(i)))
            .mapToObj(files::name)
            .flatMap(name -> videoNames(dir.resolve(name), depth + 1));
    return java.util.stream.Stream.concat(here, below);
  }

  FormatId detect(Path library, Iterator<String> videoNames) throws SetupException {
    Detection d = naming.detect(videoNames);
    if (d.format().isPresent()) {
      return d.format().get();
    }
    throw new SetupException(
        "cannot tell the naming format of "
            + library
            + ": "
            + d.explanation()
            + "; name it withSourceFormat(PLEX) or withSourceFormat(JELLYFIN)");
  }

  FormatId opposite(FormatId source) throws SetupException {
    try {
      return naming.opposite(source);
    } catch (IllegalArgumentException e) {
      throw new SetupException(
          "no default target format for " + source.name() + ": name it withTargetFormat(...)");
    }
  }

  LibraryTranslator translator(FormatId source, FormatId target) throws SetupException {
    try {
      return naming.translator(source, target);
    } catch (IllegalArgumentException e) {
      throw new SetupException("unknown format: " + e.getMessage());
    }
  }

  Plan plan(Path source, Path target, SyncOptions options) throws IOException {
    return planned(source, target, options).plan();
  }

  SyncReport sync(Path source, Path target, SyncOptions options, SyncListener listener)
      throws IOException {
    Guards.requireTargetFolder(target, options.create());
    // A real run into an existing target takes its lock first, so that the target's root can be
    // read while the source is listed (issue 17: no phase waits for another it does not need).
    try (Preflight early = Preflight.early(source, target, options)) {
      TargetReader.Root root = TargetReader.Root.start(target);
      return run(planned(source, target, options), options, listener, early, root);
    }
  }

  SyncReport sync(
      Path source,
      Path target,
      SyncOptions options,
      Collection<String> folders,
      SyncListener listener)
      throws IOException {
    Guards.requireTargetFolder(target, options.create());
    return run(
        planned(source, target, options, folders),
        options,
        listener,
        Preflight.NONE,
        TargetReader.Root.whenAsked(target));
  }

  SyncReport realize(Plan plan, SyncOptions options, SyncListener listener) throws IOException {
    if (!(plan instanceof ImmutablePlan)) {
      throw new IllegalArgumentException(
          "realize a Plan made by JellyPlex.plan, not a " + plan.getClass().getName());
    }
    return run(
        new Planned(plan, Discovery.SourceAttributes.NONE, null),
        options,
        listener,
        Preflight.NONE,
        TargetReader.Root.whenAsked(plan.target()));
  }

  /**
   * Guards, hold on the target ({@code early} when it has taken the lock already), reconcile,
   * deletion bound, apply.
   */
  private SyncReport run(
      Planned p,
      SyncOptions options,
      SyncListener listener,
      Preflight early,
      TargetReader.Root targetRoot)
      throws IOException {
    Plan plan = p.plan();
    Preflight.check(plan, options, p.scope() == null ? !plan.movies().isEmpty() : anyMovie(plan));
    Preflight hold = early.hold(plan, options);
    try {
      Reconciliation r =
          Reconciler.sync(
              plan,
              options.materializer(),
              options.delete(),
              p.sourceAttributes(),
              p.scope(),
              KeepRules.of(options, plan.targetFormat()),
              targetRoot);
      p.sourceAttributes().release(); // every operation knows its source entry now
      Preflight.checkDeletions(r, options);
      return Applier.apply(r, options.dryRun(), listener);
    } finally {
      hold.close();
    }
  }

  /** Whether the source root of {@code plan} holds any folder that may be a movie. */
  private static boolean anyMovie(Plan plan) throws IOException {
    FileTable top = Scanner.table(plan.source());
    for (int i = 0; i < top.size(); i++) {
      if (top.entry(i).isDirectory() && !Scanner.isHiddenOrSystem(top.name(i))) {
        return true;
      }
    }
    return false;
  }

  DiffReport diff(Path source, Path target, SyncOptions options) throws IOException {
    Guards.requireTargetFolder(target, false);
    TargetReader.Root root = TargetReader.Root.start(target); // read while the source is listed
    Planned p = planned(source, target, options);
    Materializer semantics =
        options.materializer() == Materializer.HARDLINK ? Materializer.HARDLINK : Materializer.COPY;
    // what a sync with deletion would do: every operation is a difference
    return DiffSummary.of(
        Reconciler.sync(
            p.plan(),
            semantics,
            true,
            p.sourceAttributes(),
            p.scope(),
            KeepRules.of(options, p.plan().targetFormat()),
            root));
  }

  SyncReport importFiles(Path staging, Path target, ImportOptions options, SyncListener listener)
      throws IOException {
    Guards.requireSourceFolder(staging, "staging folder");
    Guards.requireTargetFolder(target, options.create());
    Guards.requireSeparate(staging, target, "staging folder", "target");
    Guards.requireWritableTarget(target, options.dryRun());
    ImportPlanner.Planned planned =
        ImportPlanner.plan(naming, this::translator, staging, target, options);
    Preflight hold = Preflight.openForImport(target, options.dryRun());
    try {
      Reconciliation r = Reconciler.imports(planned, options.materializer());
      return Applier.apply(r, options.dryRun(), listener);
    } finally {
      hold.close();
    }
  }
}

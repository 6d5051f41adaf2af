package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Realizes a plan: the only code that writes to the target, and the only code that knows about dry
 * runs. It first reads the target and works out every operation (so that the {@code --max-delete}
 * guard can refuse before anything changes), then applies them in order; a dry run walks the same
 * operations and records the same events without touching the disk.
 */
final class Realizer {
  private enum OpKind {
    REMOVE,
    RENAME,
    SKIP,
    LINK,
    REPLACE
  }

  /**
   * One operation, its paths as names relative to its folder (the plan's own strings where it has
   * them): a {@link Path} is built only when the operation is performed, so a large plan does not
   * hold two absolute paths per file.
   *
   * @param target relative to the work's folder ({@code ""} is the movie folder itself)
   * @param source relative to the source movie folder
   * @param from relative to the work's folder
   */
  private record Op(
      OpKind kind,
      String target,
      @Nullable String source,
      @Nullable Entry sourceEntry,
      @Nullable String from,
      @Nullable StrayLevel level) {

    static Op remove(String target, StrayLevel level) {
      return new Op(OpKind.REMOVE, target, null, null, null, level);
    }
  }

  /** The operations of one movie folder (or, with {@code movie == null}, of the library root). */
  private static final class Work {
    final @Nullable PlannedMovie movie;

    /** The movie's folders; null for the library root. */
    final @Nullable MovieDirs dirs;

    final Path root;
    // Made on the first element: a large library has many works, most without temps or errors.
    List<Path> temps = List.of();
    List<Op> ops = List.of();
    List<FileError> errors = List.of();
    List<String> strays = List.of();

    /** Whether nothing was at the movie folder's name when planning: its folders are all new. */
    boolean freshFolder;

    /** The work of {@code movie}, or of the library root {@code root} when it is null. */
    Work(@Nullable PlannedMovie movie, @Nullable MovieDirs dirs, Path root) {
      this.movie = movie;
      this.dirs = dirs;
      this.root = root;
    }

    void temp(Path p) {
      if (temps.isEmpty()) {
        temps = new ArrayList<>();
      }
      temps.add(p);
    }

    void op(Op o) {
      if (ops.isEmpty()) {
        ops = new ArrayList<>();
      }
      ops.add(o);
    }

    void error(FileError e) {
      if (errors.isEmpty()) {
        errors = new ArrayList<>();
      }
      errors.add(e);
    }

    void stray(String relative) {
      if (strays.isEmpty()) {
        strays = new ArrayList<>();
      }
      strays.add(relative);
    }

    /** The target path of an operation's {@code relative} name. */
    Path target(String relative) {
      return dirs != null ? dirs.target(relative) : root.resolve(relative);
    }

    /** The source path of an operation's {@code relative} name. */
    Path source(String relative) {
      if (dirs == null) {
        throw new IllegalStateException("a library-root operation without a movie: " + relative);
      }
      return dirs.source(relative);
    }
  }

  private final Plan plan;
  private final SyncOptions options;
  private final SyncListener listener;
  private final Discovery.SourceAttributes sourceCache;
  private final Path target;
  private final boolean dryRun;
  private final List<Event> events = new ArrayList<>();
  private final List<FileError> errors = new ArrayList<>();
  private final Set<String> strays = new TreeSet<>();

  private Realizer(
      Plan plan,
      SyncOptions options,
      SyncListener listener,
      Discovery.SourceAttributes sourceCache) {
    this.plan = plan;
    this.options = options;
    this.listener = listener;
    this.sourceCache = sourceCache;
    this.target = plan.target();
    this.dryRun = options.dryRun();
  }

  /**
   * Realizes {@code plan}; {@code sourceCache} holds source attributes already read by discovery
   * (others are read when needed).
   */
  static SyncReport realize(
      Plan plan, SyncOptions options, SyncListener listener, Discovery.SourceAttributes sourceCache)
      throws IOException {
    return new Realizer(plan, options, listener, sourceCache).run();
  }

  private SyncReport run() throws IOException {
    Materializer m = options.materializer();
    if (m == Materializer.MOVE) {
      throw new IllegalArgumentException(
          "materializer MOVE is for import only; use HARDLINK, COPY or FORCE_COPY to sync");
    }
    Path source = plan.source();
    Guards.requireSourceFolder(source, "source");
    Guards.requireTargetFolder(target, options.create());
    Guards.requireSeparate(source, target, "source", "target");
    Guards.requireWritableTarget(target, dryRun);
    if (!plan.folderClashes().isEmpty()) {
      // Two source folders map to one target folder: refuse the whole sync, write nothing.
      return report(0);
    }
    if (options.delete() && plan.movies().isEmpty()) {
      throw new SetupException(
          "refusing --delete: source "
              + source
              + " holds no movie at all (is the share mounted?); nothing was touched");
    }
    if (m == Materializer.HARDLINK) {
      Guards.requireOneFilesystem(source, target);
    }
    boolean created = false;
    if (!dryRun && !Files.isDirectory(target)) {
      Files.createDirectories(target);
      created = true;
    }
    TargetLock lock = dryRun ? null : TargetLock.acquire(target);
    try {
      if (m == Materializer.HARDLINK && !dryRun) {
        try {
          probeHardlink();
        } catch (SetupException e) {
          if (lock != null) {
            lock.close();
            lock = null;
          }
          if (created) {
            AtomicFiles.deleteQuietly(target);
          }
          throw e;
        }
      }
      List<Work> works = planWork();
      sourceCache.release(); // every operation knows its source entry now
      long removes =
          works.stream().flatMap(w -> w.ops.stream()).filter(o -> o.kind == OpKind.REMOVE).count();
      if (options.maxDelete().isPresent() && removes > options.maxDelete().getAsInt()) {
        throw new RefusedException(
            "refusing to remove "
                + removes
                + " entries from "
                + target
                + ": more than --max-delete "
                + options.maxDelete().getAsInt()
                + "; nothing was changed");
      }
      start(works);
      int[] processed = {0};
      // Movie folders are written in parallel (each folder's operations in order, one thread per
      // folder); results reach the listener and the report in plan order. The library root's
      // removals come last, after every movie folder is done.
      Work library = works.remove(works.size() - 1);
      Parallel.forEachOrdered(
          works,
          writeThreads(),
          this::perform,
          done -> {
            if (deliver(done) && done.work().movie != null) {
              processed[0]++;
            }
          });
      deliver(perform(library));
      return report(processed[0]);
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }

  private SyncReport report(int processed) {
    return SyncReport.builder()
        .plan(plan)
        .dryRun(dryRun)
        .events(events)
        .strays(strays)
        .errors(errors)
        .moviesProcessed(processed)
        .build();
  }

  /** Tries one real hardlink into the target root, so a cross-filesystem mirror fails up front. */
  private void probeHardlink() throws IOException {
    for (PlannedMovie movie : plan.movies()) {
      for (FileMapping f : movie.files()) {
        Path src = Scanner.resolve(plan.source().resolve(movie.sourceFolder()), f.source());
        Path probe = AtomicFiles.tempFor(target.resolve("probe"));
        try {
          Files.createLink(probe, src);
        } catch (NoSuchFileException e) {
          continue; // the source file vanished; try another one
        } catch (UnsupportedOperationException e) {
          throw Guards.crossDevice(plan.source(), target, "the filesystem has no hardlinks");
        } catch (IOException e) {
          if (Errors.isCrossDevice(e)) {
            throw Guards.crossDevice(plan.source(), target, "they are on different filesystems");
          }
          return; // another problem (permissions, link limit): reported per file
        }
        AtomicFiles.deleteQuietly(probe);
        return;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Working out the operations (reads only)

  private List<Work> planWork() throws IOException {
    FileTable root = Files.isDirectory(target) ? Scanner.table(target) : FileTable.EMPTY;
    // Read each existing movie folder and work out its operations in parallel: reading is
    // latency-bound on a NAS, deciding is CPU work; both are per folder.
    List<Work> works =
        new ArrayList<>(
            Parallel.map(
                plan.movies(), movie -> planMovie(scan(movie, root.get(movie.targetFolder())))));
    Set<String> plannedFolders = new HashSet<>();
    for (PlannedMovie movie : plan.movies()) {
      plannedFolders.add(movie.targetFolder());
    }
    Map<String, List<String>> byLowerCase = null; // built on the first unplanned name
    Work library = new Work(null, null, target);
    for (int i = 0; i < root.size(); i++) {
      String name = root.name(i);
      if (name.startsWith(Scanner.TEMP_PREFIX)) {
        library.temp(target.resolve(name));
      } else if (!Scanner.isOwnName(name)
          && !Scanner.isHiddenOrSystem(name)
          && !plannedFolders.contains(name)
          && !plan.protectedTargetFolders().contains(name)) {
        if (byLowerCase == null) {
          byLowerCase = byLowerCase(plannedFolders);
          byLowerCase.putAll(byLowerCase(plan.protectedTargetFolders()));
        }
        if (!aliasOfPlanned(target, name, byLowerCase)) {
          stray(library, name, name, StrayLevel.LIBRARY_STRAY);
        }
      }
    }
    works.add(library);
    for (Work w : works) {
      strays.addAll(w.strays);
    }
    return works;
  }

  /** Records the stray {@code relative} (to the library) and its removal of {@code op}. */
  private void stray(Work w, String relative, String op, StrayLevel level) {
    w.stray(relative);
    if (options.delete()) {
      w.op(Op.remove(op, level));
    }
  }

  /** What the target holds for one planned movie. */
  private record Scan(
      PlannedMovie movie, @Nullable Entry rootEntry, FileTable existing, @Nullable String error) {}

  private Scan scan(PlannedMovie movie, @Nullable Entry rootEntry) {
    if (rootEntry == null || !rootEntry.isDirectory()) {
      return new Scan(movie, rootEntry, FileTable.EMPTY, null);
    }
    try {
      return new Scan(movie, rootEntry, Scanner.walk(target.resolve(movie.targetFolder())), null);
    } catch (IOException e) {
      return new Scan(
          movie,
          rootEntry,
          FileTable.EMPTY,
          "cannot read the target movie folder: " + Errors.reason(e));
    }
  }

  private Work planMovie(Scan scan) {
    PlannedMovie movie = scan.movie();
    Entry rootEntry = scan.rootEntry();
    MovieDirs dirs = MovieDirs.of(plan, movie);
    Work w = new Work(movie, dirs, target);
    w.freshFolder = rootEntry == null;
    String folder = movie.targetFolder();
    Path dir = dirs.targetDir();
    FileTable existing = scan.existing();
    String scanError = scan.error();
    if (scanError != null) {
      w.error(FileError.of(dir, scanError));
      return w;
    }
    if (rootEntry != null) {
      if (!rootEntry.isDirectory()) {
        // a file or a link where the movie folder belongs
        stray(w, folder, "", StrayLevel.LIBRARY_STRAY);
        if (!options.delete()) {
          w.error(
              FileError.of(
                  dir, "something that is not a folder is in the way; rerun with --delete"));
          return w;
        }
      }
    }

    List<FileMapping> planned = byTarget(movie.files());
    Set<String> requiredDirs = new HashSet<>();
    for (FileMapping f : planned) {
      for (String p = Scanner.parent(f.target()); !p.isEmpty(); p = Scanner.parent(p)) {
        requiredDirs.add(p);
      }
    }

    // Classify what the target folder holds.
    Set<String> visibleDirs = new HashSet<>();
    // sorted: entries are classified in sorted order, each once
    List<String> blockers = new ArrayList<>();
    List<String> topStrays = new ArrayList<>();
    for (int i = 0; i < existing.size(); i++) {
      String rel = existing.name(i);
      Entry entry = existing.entry(i);
      String parent = Scanner.parent(rel);
      if (!parent.isEmpty() && !visibleDirs.contains(parent)) {
        continue; // inside a stray folder or a blocker
      }
      String name = Scanner.lastSegment(rel);
      if (name.startsWith(Scanner.TEMP_PREFIX)) {
        w.temp(Scanner.resolve(dir, rel));
      } else if (Scanner.isHiddenOrSystem(name)) {
        // hidden and NAS system entries are left alone
      } else if (isPlanned(planned, rel)) {
        if (entry.isDirectory() || entry.kind() == Entry.Kind.OTHER) {
          blockers.add(rel);
        }
      } else if (requiredDirs.contains(rel)) {
        if (entry.isDirectory()) {
          visibleDirs.add(rel);
        } else {
          blockers.add(rel);
        }
      } else {
        topStrays.add(rel);
      }
    }

    // Files that are the same as a planned source file can be renamed into place (hardlinks).
    Map<Object, String> renameCandidates = new HashMap<>();
    if (options.materializer() == Materializer.HARDLINK) {
      for (int i = 0; i < existing.size(); i++) {
        String rel = existing.name(i);
        Object key = existing.entry(i).key();
        if (existing.entry(i).isFile()
            && key != null
            && !isPlanned(planned, rel)
            && !Scanner.hasHiddenOrSystemSegment(rel)
            && !under(rel, blockers)) {
          renameCandidates.putIfAbsent(key, rel);
        }
      }
    }

    List<Op> removesFirst = new ArrayList<>();
    for (String b : blockers) {
      w.stray(folder + "/" + b);
      if (options.delete()) {
        removesFirst.add(Op.remove(b, level(b)));
      }
    }
    Map<String, List<String>> existingByLowerCase = null; // built on the first missing name
    List<Op> renames = new ArrayList<>();
    List<Op> files = new ArrayList<>(planned.size());
    Set<String> consumed = new HashSet<>();
    for (FileMapping f : planned) {
      String rel = f.target();
      String srcRel = f.source();
      Entry s;
      try {
        s = sourceEntry(dirs, srcRel);
      } catch (IOException ex) {
        w.error(FileError.of(dirs.source(srcRel), Errors.reason(ex)));
        continue;
      }
      if (!s.isFile()) {
        w.error(FileError.of(dirs.source(srcRel), "not a regular file any more"));
        continue;
      }
      String blocker = blockerOf(rel, blockers);
      if (blocker != null && !options.delete()) {
        w.error(
            FileError.of(
                dirs.target(rel),
                "cannot write: "
                    + Scanner.resolve(dir, blocker)
                    + " is in the way; rerun with --delete"));
        continue;
      }
      Entry t = blocker == null ? existing.get(rel) : null;
      if (t == null && blocker == null && !existing.isEmpty()) {
        if (existingByLowerCase == null) {
          existingByLowerCase = byLowerCase(existing.names());
        }
        t = caseVariant(existing, existingByLowerCase, rel, dir);
      }
      if (t == null) {
        String candidate = s.key() == null ? null : renameCandidates.get(s.key());
        if (candidate != null && consumed.add(candidate)) {
          renames.add(new Op(OpKind.RENAME, rel, srcRel, s, candidate, null));
        } else {
          files.add(new Op(OpKind.LINK, rel, srcRel, s, null, null));
        }
      } else if (t.alreadyRight(s, options.materializer())) {
        files.add(new Op(OpKind.SKIP, rel, srcRel, null, null, null)); // nothing to write
      } else {
        files.add(new Op(OpKind.REPLACE, rel, srcRel, s, null, null));
      }
    }
    List<Op> removesLast = new ArrayList<>();
    Map<String, List<String>> plannedByLowerCase = null; // built on the first stray
    for (String rel : topStrays) {
      if (consumed.contains(rel)) {
        continue; // renamed into place: not a stray any more
      }
      if (plannedByLowerCase == null) {
        plannedByLowerCase = byLowerCase(planned.stream().map(FileMapping::target).toList());
        plannedByLowerCase.putAll(byLowerCase(requiredDirs));
      }
      if (aliasOfPlanned(dir, rel, plannedByLowerCase)) {
        continue; // a case-insensitive target: this is the planned entry under another case
      }
      w.stray(folder + "/" + rel);
      if (options.delete()) {
        removesLast.add(Op.remove(rel, level(rel)));
      }
    }
    sourceCache.release(movie.sourceFolder()); // every operation of the movie has its entry now
    int n = w.ops.size() + removesFirst.size() + renames.size() + files.size() + removesLast.size();
    if (n > 0 && n == files.size()) {
      w.ops = files; // the common case: one operation per planned file, nothing else
    } else if (n > 0) {
      List<Op> ops = new ArrayList<>(n);
      ops.addAll(w.ops);
      ops.addAll(removesFirst);
      ops.addAll(renames);
      ops.addAll(files);
      ops.addAll(removesLast);
      w.ops = ops;
    }
    return w;
  }

  /**
   * On a case-insensitive target, the existing entry that the planned path {@code rel} (in the
   * movie folder {@code dir}) resolves to although its listed name differs in case; null when there
   * is none.
   */
  private static @Nullable Entry caseVariant(
      FileTable existing, Map<String, List<String>> existingByLowerCase, String rel, Path dir) {
    List<String> variants = existingByLowerCase.get(rel.toLowerCase(java.util.Locale.ROOT));
    if (variants == null) {
      return null;
    }
    Entry resolved;
    try {
      resolved = Entry.read(Scanner.resolve(dir, rel));
    } catch (IOException e) {
      return null; // a case-sensitive target: the planned name does not exist
    }
    for (String v : variants) {
      Entry e = existing.get(v);
      if (e != null && e.key() != null && e.key().equals(resolved.key())) {
        return e;
      }
    }
    return null;
  }

  private static Map<String, List<String>> byLowerCase(java.util.Collection<String> names) {
    Map<String, List<String>> out = new HashMap<>();
    for (String n : names) {
      out.computeIfAbsent(n.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(n);
    }
    return out;
  }

  /**
   * Whether {@code rel} (unplanned) is, on a case-insensitive target (SMB, APFS), the very entry a
   * planned name differing only in case resolves to; deleting it would delete the planned file.
   */
  private static boolean aliasOfPlanned(
      Path dir, String rel, Map<String, List<String>> plannedByLowerCase) {
    List<String> candidates = plannedByLowerCase.get(rel.toLowerCase(java.util.Locale.ROOT));
    if (candidates == null) {
      return false;
    }
    for (String p : candidates) {
      if (p.equals(rel)) {
        continue;
      }
      try {
        Object a = Entry.read(Scanner.resolve(dir, rel)).key();
        Object b = Entry.read(Scanner.resolve(dir, p)).key();
        if (a != null && a.equals(b)) {
          return true;
        }
      } catch (IOException e) {
        // the planned name does not exist: a case-sensitive target, a real stray
      }
    }
    return false;
  }

  /**
   * The mappings sorted by target, one per target (the last one of a target wins): the plan's own
   * list when it is sorted already, as a planned movie's files are.
   */
  static List<FileMapping> byTarget(List<FileMapping> files) {
    for (int i = 1; i < files.size(); i++) {
      if (files.get(i - 1).target().compareTo(files.get(i).target()) >= 0) {
        SortedMap<String, FileMapping> byTarget = new TreeMap<>();
        for (FileMapping f : files) {
          byTarget.put(f.target(), f);
        }
        return new ArrayList<>(byTarget.values());
      }
    }
    return files;
  }

  /**
   * Whether {@code rel} is the target of one of the {@code planned} mappings (sorted by target).
   */
  private static boolean isPlanned(List<FileMapping> planned, String rel) {
    int lo = 0;
    int hi = planned.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = planned.get(mid).target().compareTo(rel);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static StrayLevel level(String relativeToMovie) {
    return relativeToMovie.indexOf('/') < 0 ? StrayLevel.MOVIE_STRAY : StrayLevel.ASSET_STRAY;
  }

  private static boolean under(String rel, List<String> dirs) {
    for (String d : dirs) {
      if (rel.equals(d) || rel.startsWith(d + "/")) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String blockerOf(String rel, List<String> blockers) {
    for (String b : blockers) {
      if (rel.equals(b) || rel.startsWith(b + "/")) {
        return b;
      }
    }
    return null;
  }

  private Entry sourceEntry(MovieDirs dirs, String relative) throws IOException {
    Entry cached = sourceCache.get(dirs.sourceFolder(), relative);
    return cached != null ? cached : Entry.read(dirs.source(relative));
  }

  // ---------------------------------------------------------------------------------------------
  // Applying the operations (the only writes)

  private void start(List<Work> works) {
    long files = 0;
    long bytes = 0;
    boolean copies = options.materializer() != Materializer.HARDLINK;
    for (Work w : works) {
      for (Op o : w.ops) {
        if (o.kind == OpKind.REMOVE) {
          continue;
        }
        files++;
        Entry s = o.sourceEntry;
        if (copies && s != null && (o.kind == OpKind.LINK || o.kind == OpKind.REPLACE)) {
          bytes += s.size();
        }
      }
    }
    listener.started(files, bytes);
  }

  /**
   * Threads that write at once. Links and removals are metadata operations: on a local disk they
   * contend for the kernel's folder locks, so one thread per core is best (measured: more threads
   * only burn system time); on a network share each one waits a round trip, so {@link
   * Parallel#THREADS} go at once. Copies move bytes and a disk (a spinning one above all) is
   * fastest with few streams: two. A dry run writes nothing and stays on the calling thread. The
   * {@code jellyplex.threads} property, when set, decides for links everywhere.
   */
  private int writeThreads() {
    if (dryRun) {
      return 1;
    }
    if (options.materializer() != Materializer.HARDLINK) {
      return Math.min(2, Parallel.THREADS);
    }
    return Parallel.EXPLICIT || onNetworkShare(target) ? Parallel.THREADS : Parallel.cpuThreads();
  }

  /** Whether {@code p} is on a network filesystem (NFS, SMB/CIFS, FUSE, 9p, Ceph, GlusterFS). */
  static boolean onNetworkShare(Path p) {
    try {
      String type = Files.getFileStore(p).type().toLowerCase(java.util.Locale.ROOT);
      return type.startsWith("nfs")
          || type.startsWith("cifs")
          || type.startsWith("smb")
          || type.startsWith("fuse")
          || type.equals("9p")
          || type.startsWith("ceph")
          || type.startsWith("glusterfs");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The outcome of one operation: its event and bytes written, or its error. */
  private record Outcome(@Nullable Event event, long bytes, @Nullable FileError error) {}

  /** What performing one folder's operations gave, in operation order. */
  private record Performed(Work work, List<Outcome> outcomes) {}

  /**
   * Performs one folder's operations on disk (a dry run only describes them); touches nothing but
   * its own folder and may run on any thread.
   */
  private Performed perform(Work w) {
    if (!dryRun) {
      for (Path temp : w.temps) {
        AtomicFiles.deleteQuietly(temp);
      }
    }
    Set<Path> knownFolders = new HashSet<>();
    List<Outcome> outcomes = new ArrayList<>(w.ops.size());
    MovieDirs dirs = w.dirs;
    for (Op o : w.ops) {
      try {
        long bytes = dryRun ? 0 : write(w, o, knownFolders);
        Event event;
        if (dirs != null) {
          event = new EventValue.InMovie(action(o.kind), dirs, o.target, o.source, o.level, o.from);
        } else {
          Event.Builder e = Event.builder().action(action(o.kind)).target(w.target(o.target));
          if (o.level != null) {
            e.context(o.level);
          }
          event = e.build();
        }
        outcomes.add(new Outcome(event, bytes, null));
      } catch (IOException ex) {
        outcomes.add(new Outcome(null, 0, FileError.of(w.target(o.target), Errors.reason(ex))));
      }
    }
    return new Performed(w, outcomes);
  }

  /**
   * Reports one performed folder to the listener and the report (on the calling thread, in plan
   * order); returns whether all of its operations succeeded.
   */
  private boolean deliver(Performed p) {
    Work w = p.work();
    PlannedMovie movie = w.movie;
    if (movie != null) {
      listener.movieStarted(movie.targetFolder());
    }
    boolean ok = true;
    for (FileError e : w.errors) {
      error(e);
      ok = false;
    }
    for (Outcome o : p.outcomes()) {
      FileError failed = o.error();
      Event event = o.event();
      if (failed != null) {
        error(failed);
        ok = false;
      } else if (event != null) {
        events.add(event);
        listener.event(event, o.bytes());
      }
    }
    w.ops = List.of(); // done: its source entries need not stay in memory until the end
    return ok;
  }

  private void error(FileError e) {
    errors.add(e);
    listener.error(e);
  }

  private static Action action(OpKind k) {
    return switch (k) {
      case REMOVE -> Action.REMOVE;
      case RENAME -> Action.RENAME;
      case SKIP -> Action.SKIP;
      case LINK -> Action.LINK;
      case REPLACE -> Action.REPLACE;
    };
  }

  /** Performs one operation of {@code w} on disk; returns the bytes written. */
  private long write(Work w, Op o, Set<Path> knownFolders) throws IOException {
    if (o.kind == OpKind.SKIP) {
      return 0;
    }
    Path dst = w.target(o.target);
    return switch (o.kind) {
      case SKIP -> 0;
      case REMOVE -> {
        AtomicFiles.deleteTree(dst, target);
        yield 0;
      }
      case RENAME -> {
        createParent(dst, w.source(require(o.source)), knownFolders, w.freshFolder);
        AtomicFiles.rename(w.target(require(o.from)), dst);
        yield 0;
      }
      case LINK, REPLACE -> {
        Path src = w.source(require(o.source));
        createParent(dst, src, knownFolders, w.freshFolder);
        if (options.materializer() == Materializer.HARDLINK) {
          if (o.kind == OpKind.LINK) {
            AtomicFiles.linkNew(src, dst);
          } else {
            AtomicFiles.link(src, dst);
          }
          yield 0;
        }
        Entry s = o.sourceEntry;
        yield AtomicFiles.copy(src, dst, s == null ? null : s.mtime());
      }
    };
  }

  private static String require(@Nullable String relative) {
    if (relative == null) {
      throw new IllegalStateException("operation without a path");
    }
    return relative;
  }

  /**
   * Makes sure the folder of {@code file} exists: checked (and made) once per folder, so a folder
   * of many files costs one check, not one per file ({@code knownFolders} belongs to one movie
   * folder's operations, which run on one thread). In a movie folder that did not exist when
   * planning ({@code freshFolder}) folders are made without looking first: one {@code mkdir} each.
   */
  private void createParent(Path file, Path source, Set<Path> knownFolders, boolean freshFolder)
      throws IOException {
    Path parent = file.getParent();
    if (parent != null && !knownFolders.contains(parent)) {
      if (freshFolder || !Files.isDirectory(parent)) {
        Path sourceParent = source.getParent();
        AtomicFiles.createFolders(
            parent, sourceParent == null ? plan.source() : sourceParent, target, plan.source());
      }
      knownFolders.add(parent);
    }
  }
}

package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

  private record Op(
      OpKind kind,
      Path target,
      @Nullable Path source,
      @Nullable Entry sourceEntry,
      @Nullable Path from,
      @Nullable StrayLevel level) {

    static Op remove(Path target, StrayLevel level) {
      return new Op(OpKind.REMOVE, target, null, null, null, level);
    }
  }

  /** The operations of one movie folder (or, with {@code movie == null}, of the library root). */
  private static final class Work {
    final @Nullable PlannedMovie movie;
    final List<Path> temps = new ArrayList<>();
    final List<Op> ops = new ArrayList<>();
    final List<FileError> errors = new ArrayList<>();
    final List<String> strays = new ArrayList<>();

    /** Whether nothing was at the movie folder's name when planning: its folders are all new. */
    boolean freshFolder;

    Work(@Nullable PlannedMovie movie) {
      this.movie = movie;
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
    SortedMap<String, Entry> root =
        Files.isDirectory(target) ? Scanner.list(target) : Collections.emptySortedMap();
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
    Work library = new Work(null);
    for (var e : root.entrySet()) {
      String name = e.getKey();
      if (name.startsWith(Scanner.TEMP_PREFIX)) {
        library.temps.add(target.resolve(name));
      } else if (!Scanner.isOwnName(name)
          && !Scanner.isHiddenOrSystem(name)
          && !plannedFolders.contains(name)
          && !plan.protectedTargetFolders().contains(name)) {
        if (byLowerCase == null) {
          byLowerCase = byLowerCase(plannedFolders);
          byLowerCase.putAll(byLowerCase(plan.protectedTargetFolders()));
        }
        if (!aliasOfPlanned(target, name, byLowerCase)) {
          stray(library, name, target.resolve(name), StrayLevel.LIBRARY_STRAY);
        }
      }
    }
    works.add(library);
    for (Work w : works) {
      strays.addAll(w.strays);
    }
    return works;
  }

  private void stray(Work w, String relative, Path path, StrayLevel level) {
    w.strays.add(relative);
    if (options.delete()) {
      w.ops.add(Op.remove(path, level));
    }
  }

  /** What the target holds for one planned movie. */
  private record Scan(
      PlannedMovie movie,
      @Nullable Entry rootEntry,
      SortedMap<String, Entry> existing,
      @Nullable String error) {}

  private Scan scan(PlannedMovie movie, @Nullable Entry rootEntry) {
    if (rootEntry == null || !rootEntry.isDirectory()) {
      return new Scan(movie, rootEntry, Collections.emptySortedMap(), null);
    }
    try {
      return new Scan(movie, rootEntry, Scanner.walk(target.resolve(movie.targetFolder())), null);
    } catch (IOException e) {
      return new Scan(
          movie,
          rootEntry,
          Collections.emptySortedMap(),
          "cannot read the target movie folder: " + Errors.reason(e));
    }
  }

  private Work planMovie(Scan scan) {
    PlannedMovie movie = scan.movie();
    Entry rootEntry = scan.rootEntry();
    Work w = new Work(movie);
    w.freshFolder = rootEntry == null;
    String folder = movie.targetFolder();
    Path dir = target.resolve(folder);
    SortedMap<String, Entry> existing = scan.existing();
    String scanError = scan.error();
    if (scanError != null) {
      w.errors.add(FileError.of(dir, scanError));
      return w;
    }
    if (rootEntry != null) {
      if (!rootEntry.isDirectory()) {
        // a file or a link where the movie folder belongs
        stray(w, folder, dir, StrayLevel.LIBRARY_STRAY);
        if (!options.delete()) {
          w.errors.add(
              FileError.of(
                  dir, "something that is not a folder is in the way; rerun with --delete"));
          return w;
        }
      }
    }

    SortedMap<String, FileMapping> planned = new TreeMap<>();
    Set<String> requiredDirs = new HashSet<>();
    for (FileMapping f : movie.files()) {
      planned.put(f.target(), f);
      for (String p = Scanner.parent(f.target()); !p.isEmpty(); p = Scanner.parent(p)) {
        requiredDirs.add(p);
      }
    }

    // Classify what the target folder holds.
    Set<String> visibleDirs = new HashSet<>();
    Set<String> blockers = new TreeSet<>();
    List<String> topStrays = new ArrayList<>();
    for (var e : existing.entrySet()) {
      String rel = e.getKey();
      Entry entry = e.getValue();
      String parent = Scanner.parent(rel);
      if (!parent.isEmpty() && !visibleDirs.contains(parent)) {
        continue; // inside a stray folder or a blocker
      }
      String name = Scanner.lastSegment(rel);
      if (name.startsWith(Scanner.TEMP_PREFIX)) {
        w.temps.add(Scanner.resolve(dir, rel));
      } else if (Scanner.isHiddenOrSystem(name)) {
        // hidden and NAS system entries are left alone
      } else if (planned.containsKey(rel)) {
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
      for (var e : existing.entrySet()) {
        String rel = e.getKey();
        Object key = e.getValue().key();
        if (e.getValue().isFile()
            && key != null
            && !planned.containsKey(rel)
            && !Scanner.hasHiddenOrSystemSegment(rel)
            && !under(rel, blockers)) {
          renameCandidates.putIfAbsent(key, rel);
        }
      }
    }

    List<Op> removesFirst = new ArrayList<>();
    for (String b : blockers) {
      w.strays.add(folder + "/" + b);
      if (options.delete()) {
        removesFirst.add(Op.remove(Scanner.resolve(dir, b), level(b)));
      }
    }
    Map<String, List<String>> existingByLowerCase = null; // built on the first missing name
    List<Op> renames = new ArrayList<>();
    List<Op> files = new ArrayList<>();
    Set<String> consumed = new HashSet<>();
    Path sourceDir = plan.source().resolve(movie.sourceFolder());
    for (var e : planned.entrySet()) {
      String rel = e.getKey();
      Path src = Scanner.resolve(sourceDir, e.getValue().source());
      Path dst = Scanner.resolve(dir, rel);
      Entry s;
      try {
        s = sourceEntry(movie.sourceFolder(), e.getValue().source(), src);
      } catch (IOException ex) {
        w.errors.add(FileError.of(src, Errors.reason(ex)));
        continue;
      }
      if (!s.isFile()) {
        w.errors.add(FileError.of(src, "not a regular file any more"));
        continue;
      }
      String blocker = blockerOf(rel, blockers);
      if (blocker != null && !options.delete()) {
        w.errors.add(
            FileError.of(
                dst,
                "cannot write: "
                    + Scanner.resolve(dir, blocker)
                    + " is in the way; rerun with --delete"));
        continue;
      }
      Entry t = blocker == null ? existing.get(rel) : null;
      if (t == null && blocker == null && !existing.isEmpty()) {
        if (existingByLowerCase == null) {
          existingByLowerCase = byLowerCase(existing.keySet());
        }
        t = caseVariant(existing, existingByLowerCase, rel, dst);
      }
      if (t == null) {
        String candidate = s.key() == null ? null : renameCandidates.get(s.key());
        if (candidate != null && consumed.add(candidate)) {
          renames.add(new Op(OpKind.RENAME, dst, src, s, Scanner.resolve(dir, candidate), null));
        } else {
          files.add(new Op(OpKind.LINK, dst, src, s, null, null));
        }
      } else if (t.alreadyRight(s, options.materializer())) {
        files.add(new Op(OpKind.SKIP, dst, src, null, null, null)); // nothing to write
      } else {
        files.add(new Op(OpKind.REPLACE, dst, src, s, null, null));
      }
    }
    List<Op> removesLast = new ArrayList<>();
    Map<String, List<String>> plannedByLowerCase = null; // built on the first stray
    for (String rel : topStrays) {
      if (consumed.contains(rel)) {
        continue; // renamed into place: not a stray any more
      }
      if (plannedByLowerCase == null) {
        plannedByLowerCase = byLowerCase(planned.keySet());
        plannedByLowerCase.putAll(byLowerCase(requiredDirs));
      }
      if (aliasOfPlanned(dir, rel, plannedByLowerCase)) {
        continue; // a case-insensitive target: this is the planned entry under another case
      }
      w.strays.add(folder + "/" + rel);
      if (options.delete()) {
        removesLast.add(Op.remove(Scanner.resolve(dir, rel), level(rel)));
      }
    }
    w.ops.addAll(removesFirst);
    w.ops.addAll(renames);
    w.ops.addAll(files);
    w.ops.addAll(removesLast);
    return w;
  }

  /**
   * On a case-insensitive target, the existing entry that the planned path {@code dst} resolves to
   * although its listed name differs in case; null when there is none.
   */
  private static @Nullable Entry caseVariant(
      SortedMap<String, Entry> existing,
      Map<String, List<String>> existingByLowerCase,
      String rel,
      Path dst) {
    List<String> variants = existingByLowerCase.get(rel.toLowerCase(java.util.Locale.ROOT));
    if (variants == null) {
      return null;
    }
    Entry resolved;
    try {
      resolved = Entry.read(dst);
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

  private static StrayLevel level(String relativeToMovie) {
    return relativeToMovie.indexOf('/') < 0 ? StrayLevel.MOVIE_STRAY : StrayLevel.ASSET_STRAY;
  }

  private static boolean under(String rel, Set<String> dirs) {
    for (String d : dirs) {
      if (rel.equals(d) || rel.startsWith(d + "/")) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String blockerOf(String rel, Set<String> blockers) {
    for (String b : blockers) {
      if (rel.equals(b) || rel.startsWith(b + "/")) {
        return b;
      }
    }
    return null;
  }

  private Entry sourceEntry(String folder, String relative, Path src) throws IOException {
    Entry cached = sourceCache.get(folder, relative);
    return cached != null ? cached : Entry.read(src);
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
    for (Op o : w.ops) {
      try {
        long bytes = dryRun ? 0 : write(o, knownFolders, w.freshFolder);
        Event.Builder e = Event.builder().action(action(o.kind)).target(o.target);
        if (o.source != null) {
          e.source(o.source);
        }
        if (o.level != null) {
          e.context(o.level);
        }
        if (o.from != null) {
          e.previous(o.from);
        }
        outcomes.add(new Outcome(e.build(), bytes, null));
      } catch (IOException ex) {
        outcomes.add(new Outcome(null, 0, FileError.of(o.target, Errors.reason(ex))));
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

  /** Performs one operation on disk; returns the bytes written. */
  private long write(Op o, Set<Path> knownFolders, boolean freshFolder) throws IOException {
    return switch (o.kind) {
      case SKIP -> 0;
      case REMOVE -> {
        AtomicFiles.deleteTree(o.target, target);
        yield 0;
      }
      case RENAME -> {
        createParent(o.target, knownFolders, freshFolder);
        AtomicFiles.rename(require(o.from), o.target);
        yield 0;
      }
      case LINK, REPLACE -> {
        createParent(o.target, knownFolders, freshFolder);
        if (options.materializer() == Materializer.HARDLINK) {
          if (o.kind == OpKind.LINK) {
            AtomicFiles.linkNew(require(o.source), o.target);
          } else {
            AtomicFiles.link(require(o.source), o.target);
          }
          yield 0;
        }
        Entry s = o.sourceEntry;
        yield AtomicFiles.copy(require(o.source), o.target, s == null ? null : s.mtime());
      }
    };
  }

  private static Path require(@Nullable Path p) {
    if (p == null) {
      throw new IllegalStateException("operation without a path");
    }
    return p;
  }

  /**
   * Makes sure the folder of {@code file} exists: checked (and made) once per folder, so a folder
   * of many files costs one check, not one per file ({@code knownFolders} belongs to one movie
   * folder's operations, which run on one thread). In a movie folder that did not exist when
   * planning ({@code freshFolder}) folders are made without looking first: one {@code mkdir} each.
   */
  private static void createParent(Path file, Set<Path> knownFolders, boolean freshFolder)
      throws IOException {
    Path parent = file.getParent();
    if (parent != null && !knownFolders.contains(parent)) {
      if (freshFolder || !Files.isDirectory(parent)) {
        Files.createDirectories(parent); // an existing folder is fine, anything else is not
      }
      knownFolders.add(parent);
    }
  }
}

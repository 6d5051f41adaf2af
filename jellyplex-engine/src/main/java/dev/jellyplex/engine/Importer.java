package dev.jellyplex.engine;

import dev.jellyplex.formats.Detection;
import dev.jellyplex.formats.LibraryTranslator;
import dev.jellyplex.formats.MovieTranslation;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.TranslationLoss;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Files loose, properly named videos from a staging folder into one folder per movie in a target
 * library. Never removes or overwrites anything in the target.
 */
final class Importer {
  /** Video names looked at at most to detect the target library's format. */
  private static final int DETECTION_SAMPLE = 500;

  private Importer() {}

  static ImportReport run(
      Engine engine,
      Naming naming,
      Path staging,
      Path target,
      ImportOptions options,
      SyncListener listener)
      throws IOException {
    Materializer m = options.materializer();
    if (m != Materializer.MOVE && m != Materializer.COPY) {
      throw new IllegalArgumentException(
          "import files with Materializer.MOVE or Materializer.COPY, not " + m);
    }
    Guards.requireSourceFolder(staging, "staging folder");
    Guards.requireTargetFolder(target, options.create());
    Guards.requireSeparate(staging, target, "staging folder", "target");
    Guards.requireWritableTarget(target, options.dryRun());

    // Discover the staging folder.
    SortedMap<String, Entry> staged = new TreeMap<>();
    List<IgnoredEntry> ignored = new ArrayList<>();
    walk(staging, "", staged, ignored);
    List<String> videos = new ArrayList<>();
    for (var e : staged.entrySet()) {
      if (naming.isVideoFileName(Scanner.lastSegment(e.getKey()))) {
        videos.add(e.getKey());
      } else {
        ignored.add(IgnoredEntry.of(e.getKey(), "not a video file"));
      }
    }

    FormatId tgt =
        options.targetFormat().isPresent()
            ? options.targetFormat().get()
            : detectTarget(naming, target).orElse(FormatId.PLEX);
    FormatId srcFormat;
    if (options.sourceFormat().isPresent()) {
      srcFormat = options.sourceFormat().get();
    } else {
      // Loose names often carry no hint either way; they then read the same in both formats.
      Detection d = naming.detect(videos.stream().map(Scanner::lastSegment).iterator());
      srcFormat = d.format().orElse(tgt);
    }
    LibraryTranslator translator = engine.translator(srcFormat, tgt);

    // Plan: target path relative to the library root -> staged files.
    Map<String, List<String>> byTarget = new TreeMap<>();
    Set<TranslationLoss> losses = new LinkedHashSet<>();
    List<FileError> errors = new ArrayList<>();
    for (String rel : videos) {
      MovieTranslation t;
      try {
        t = translator.translateLoose(Scanner.lastSegment(rel));
      } catch (RuntimeException e) {
        errors.add(FileError.of(Scanner.resolve(staging, rel), "cannot read the name: " + e));
        continue;
      }
      if (t.error().isPresent()) {
        errors.add(FileError.of(Scanner.resolve(staging, rel), t.error().get()));
        continue;
      }
      if (t.movie().isEmpty() || t.targetFolder().isEmpty() || t.files().isEmpty()) {
        ignored.add(IgnoredEntry.of(rel, "name does not read as a movie"));
        continue;
      }
      losses.addAll(t.losses());
      String dest = t.targetFolder().get() + "/" + t.files().get(0).target();
      byTarget.computeIfAbsent(dest, k -> new ArrayList<>()).add(rel);
    }

    List<Event> events = new ArrayList<>();
    Set<String> movies = new TreeSet<>();
    boolean dryRun = options.dryRun();
    if (!dryRun && !Files.isDirectory(target)) {
      Files.createDirectories(target);
    }
    long bytes = 0;
    for (var e : byTarget.entrySet()) {
      Entry only = e.getValue().size() == 1 ? staged.get(e.getValue().get(0)) : null;
      if (only != null) {
        bytes += only.size();
      }
    }
    listener.started(byTarget.size(), m == Materializer.COPY ? bytes : 0);
    TargetLock lock = dryRun ? null : TargetLock.acquire(target);
    try {
      for (var e : byTarget.entrySet()) {
        String dest = e.getKey();
        Path dst = Scanner.resolve(target, dest);
        if (e.getValue().size() > 1) {
          for (String rel : e.getValue()) {
            error(
                errors,
                listener,
                FileError.of(
                    Scanner.resolve(staging, rel),
                    "several staged files map to " + dest + "; none of them was imported"));
          }
          continue;
        }
        String rel = e.getValue().get(0);
        Path src = Scanner.resolve(staging, rel);
        Entry s = java.util.Objects.requireNonNull(staged.get(rel), "every staged name was listed");
        String folder = Scanner.parent(dest);
        listener.movieStarted(folder);
        try {
          Entry existing = readIfExists(dst);
          Action action;
          long written = 0;
          if (existing != null) {
            if (s.sameFileAs(existing) || s.sameSizeAndTime(existing)) {
              action = Action.SKIP;
              if (m == Materializer.MOVE && s.sameFileAs(existing) && !dryRun) {
                // a move interrupted between link and unlink: finish it
                Files.delete(src);
              }
            } else {
              error(
                  errors,
                  listener,
                  FileError.of(
                      dst,
                      "exists with other content; import never overwrites (staged file "
                          + src
                          + ")"));
              continue;
            }
          } else {
            action = Action.LINK;
            if (!dryRun) {
              Path parent = dst.getParent();
              if (parent != null) {
                Files.createDirectories(parent);
              }
              written =
                  m == Materializer.MOVE
                      ? AtomicFiles.move(src, dst)
                      : AtomicFiles.copy(src, dst, false);
            }
          }
          movies.add(folder);
          Event event = Event.builder().action(action).target(dst).source(src).build();
          events.add(event);
          listener.event(event, written);
        } catch (IOException ex) {
          error(errors, listener, FileError.of(dst, Errors.reason(ex)));
        }
      }
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
    return ImportReport.builder()
        .source(staging)
        .target(target)
        .sourceFormat(srcFormat)
        .targetFormat(tgt)
        .dryRun(dryRun)
        .movies(movies.size())
        .events(events)
        .ignored(
            ignored.stream()
                .sorted(
                    java.util.Comparator.comparing(IgnoredEntry::relativePath)
                        .thenComparing(IgnoredEntry::reason))
                .toList())
        .losses(losses)
        .errors(errors)
        .build();
  }

  private static void error(List<FileError> errors, SyncListener listener, FileError e) {
    errors.add(e);
    listener.error(e);
  }

  private static @org.jspecify.annotations.Nullable Entry readIfExists(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return Entry.read(p);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static void walk(
      Path dir, String prefix, SortedMap<String, Entry> files, List<IgnoredEntry> ignored)
      throws IOException {
    FileTable listed = Scanner.table(dir);
    for (int i = 0; i < listed.size(); i++) {
      String name = listed.name(i);
      String rel = prefix + name;
      Entry entry = listed.entry(i);
      if (Scanner.isOwnName(name)) {
        continue;
      }
      if (Scanner.isHiddenOrSystem(name)) {
        ignored.add(IgnoredEntry.of(rel, entry.isDirectory() ? "hidden folder" : "hidden file"));
      } else if (entry.isDirectory()) {
        walk(dir.resolve(name), rel + "/", files, ignored);
      } else if (entry.isFile()) {
        files.put(rel, entry);
      } else {
        ignored.add(IgnoredEntry.of(rel, "not a regular file"));
      }
    }
  }

  /** The format of an existing target library, from a sample of its video names. */
  private static java.util.Optional<FormatId> detectTarget(Naming naming, Path target)
      throws IOException {
    if (!Files.isDirectory(target)) {
      return java.util.Optional.empty();
    }
    List<String> names = new ArrayList<>();
    FileTable folders = Scanner.table(target);
    for (int i = 0; i < folders.size(); i++) {
      if (names.size() >= DETECTION_SAMPLE) {
        break;
      }
      String folder = folders.name(i);
      if (!folders.entry(i).isDirectory() || Scanner.isHiddenOrSystem(folder)) {
        continue;
      }
      for (String name : Scanner.table(target.resolve(folder)).names()) {
        if (naming.isVideoFileName(name)) {
          names.add(name);
        }
      }
    }
    if (names.isEmpty()) {
      return java.util.Optional.empty();
    }
    return naming.detect(names.iterator()).format();
  }
}

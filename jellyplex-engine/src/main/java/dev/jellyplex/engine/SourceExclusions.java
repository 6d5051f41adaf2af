package dev.jellyplex.engine;

import dev.jellyplex.model.IgnoredEntry;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Takes the entries that {@code exclude} patterns match out of a source listing, as if they were
 * absent (behaviour contract 2.1): an excluded folder takes everything in it along, and neither an
 * excluded entry nor anything in it is ignored, unreadable or planned. Runs after discovery, so
 * discovery needs no hook; without patterns it returns the listing as it is.
 */
final class SourceExclusions {
  private SourceExclusions() {}

  /**
   * The listing without the excluded entries, and those entries (the topmost matching one of each
   * excluded subtree), relative to the library root, sorted.
   */
  record Result(Discovery.Listing listing, List<String> excluded) {}

  static Result apply(Discovery.Listing listing, PathGlobs exclude) {
    if (exclude.isEmpty()) {
      return new Result(listing, List.of());
    }
    Path root = listing.root();
    Set<String> excluded = new TreeSet<>();
    List<Discovery.SourceFolder> folders = new ArrayList<>(listing.folders().size());
    for (Discovery.SourceFolder f : listing.folders()) {
      // the library root's own files come as a folder named "" (naming 8, rule 3)
      String prefix = f.name().isEmpty() ? "" : f.name() + "/";
      String top = f.name().isEmpty() ? null : topmost(exclude, f.name(), true);
      if (top != null) {
        excluded.add(top);
        continue;
      }
      FileTable.Builder files = new FileTable.Builder();
      boolean changed = false;
      for (int i = 0; i < f.files().size(); i++) {
        String rel = f.files().name(i);
        String hit = topmost(exclude, prefix + rel, false);
        if (hit == null) {
          files.add(rel, f.files().entry(i));
        } else {
          excluded.add(hit);
          changed = true;
        }
      }
      List<IgnoredEntry> ignored = ignored(root, exclude, f.ignored(), excluded);
      List<FileError> unreadable = unreadable(root, exclude, f.unreadable());
      if (changed
          || ignored.size() != f.ignored().size()
          || unreadable.size() != f.unreadable().size()) {
        f =
            new Discovery.SourceFolder(
                f.name(), changed ? files.build() : f.files(), ignored, f.error(), unreadable);
      }
      folders.add(f);
    }
    Discovery.Listing out =
        new Discovery.Listing(
            root,
            List.copyOf(folders),
            ignored(root, exclude, listing.ignored(), excluded),
            unreadable(root, exclude, listing.unreadable()));
    return new Result(out, List.copyOf(excluded));
  }

  /**
   * The topmost of {@code relative} and the folders it is in that a pattern matches, or null; a
   * folder of the path is tested as a folder, the entry itself as {@code folder} says.
   */
  static @Nullable String topmost(PathGlobs exclude, String relative, boolean folder) {
    for (int slash = relative.indexOf('/'); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
      String dir = relative.substring(0, slash);
      if (exclude.matches(dir, true)) {
        return dir;
      }
    }
    return exclude.matches(relative, folder) ? relative : null;
  }

  /**
   * The ignored entries a pattern does not cover; a covered one that is not hidden (a loose file at
   * the library root, a folder that reads as nothing) is listed as excluded instead.
   */
  private static List<IgnoredEntry> ignored(
      Path root, PathGlobs exclude, List<IgnoredEntry> ignored, Set<String> excluded) {
    List<IgnoredEntry> out = new ArrayList<>(ignored.size());
    for (IgnoredEntry e : ignored) {
      String rel = e.relativePath();
      String hit = topmost(exclude, rel, isFolder(root, rel));
      if (hit == null) {
        out.add(e);
      } else if (!Scanner.hasHiddenOrSystemSegment(rel)) {
        excluded.add(hit);
      }
    }
    return out.size() == ignored.size() ? ignored : List.copyOf(out);
  }

  private static List<FileError> unreadable(
      Path root, PathGlobs exclude, List<FileError> unreadable) {
    List<FileError> out = new ArrayList<>(unreadable.size());
    for (FileError e : unreadable) {
      Path p = e.path();
      if (!p.startsWith(root) || p.equals(root)) {
        out.add(e);
        continue;
      }
      String rel =
          String.join(
              "/",
              java.util.stream.StreamSupport.stream(root.relativize(p).spliterator(), false)
                  .map(Path::toString)
                  .toList());
      if (topmost(exclude, rel, isFolder(root, rel)) == null) {
        out.add(e);
      }
    }
    return out.size() == unreadable.size() ? unreadable : List.copyOf(out);
  }

  private static boolean isFolder(Path root, String relative) {
    try {
      return Files.isDirectory(Scanner.resolve(root, relative), LinkOption.NOFOLLOW_LINKS);
    } catch (RuntimeException e) {
      return false; // a shown (escaped) name that names nothing
    }
  }
}

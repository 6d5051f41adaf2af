package dev.jellyplex.watch;

import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.PlannedMovie;
import dev.jellyplex.engine.StrayLevel;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.notify.ChangeType;
import dev.jellyplex.notify.FolderChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The movie folders of a target that a sync or import changed, read from its report's events: what
 * a media server is told to rescan.
 *
 * <ul>
 *   <li>a planned movie folder with a link, replace, rename or remove inside is {@code Created}
 *       when every one of its files is new (no file was skipped or replaced: the folder did not
 *       exist, or was empty), else {@code Modified};
 *   <li>a removed folder at the library level (a stray movie folder, with {@code --delete}), and
 *       the old folder of a renamed movie folder, are {@code Deleted}.
 * </ul>
 *
 * Skips change nothing; a report with only skips has no changed folder. Dry runs report what a real
 * run would change.
 *
 * @since 0.1.0
 */
public final class ChangedFolders {
  private ChangedFolders() {}

  /** The folders a sync or import {@code report} changed, sorted by path. */
  public static List<FolderChange> of(SyncReport report) {
    Path root = report.plan().target();
    Set<String> planned = new HashSet<>();
    for (PlannedMovie m : report.plan().movies()) {
      planned.add(m.targetFolder());
    }
    return collect(root, planned, report.events());
  }

  /** Per folder: whether it changed, and whether it held anything already. */
  private static final class State {
    boolean changed;
    boolean existed;
    boolean deleted;
  }

  private static List<FolderChange> collect(Path root, Set<String> planned, List<Event> events) {
    Map<String, State> folders = new TreeMap<>();
    for (Event e : events) {
      String rel = relative(root, e.target());
      Optional<String> movie = folderOf(rel, planned);
      if (movie.isPresent()) {
        State s = folders.computeIfAbsent(movie.get(), k -> new State());
        if (e.action() == Action.SKIP || e.action() == Action.REPLACE) {
          s.existed = true;
        }
        if (e.action() == Action.REMOVE) {
          s.existed = true; // something was there to remove
        }
        if (e.action() != Action.SKIP) {
          s.changed = true;
        }
      } else if (e.action() == Action.REMOVE
          && e.context().orElse(null) == StrayLevel.LIBRARY_STRAY) {
        State s = folders.computeIfAbsent(rel, k -> new State());
        s.changed = true;
        s.deleted = true;
      } else if (e.action() != Action.SKIP && !rel.isEmpty()) {
        State s = folders.computeIfAbsent(firstName(rel), k -> new State());
        s.changed = true;
        s.existed = true;
      }
      if (e.action() == Action.RENAME && e.previous().isPresent()) {
        String before = relative(root, e.previous().get());
        Optional<String> old = folderOf(before, planned);
        if (old.isEmpty()) {
          // the file came from a folder the plan does not hold: a renamed movie folder's old name
          State s = folders.computeIfAbsent(firstName(before), k -> new State());
          s.changed = true;
          s.deleted = true;
        } else {
          State s = folders.computeIfAbsent(old.get(), k -> new State());
          s.changed = true;
          s.existed = true; // a file was there before
        }
      }
    }
    List<FolderChange> changes = new ArrayList<>();
    for (Map.Entry<String, State> f : folders.entrySet()) {
      State s = f.getValue();
      if (!s.changed || f.getKey().isEmpty()) {
        continue;
      }
      ChangeType type =
          s.deleted ? ChangeType.DELETED : s.existed ? ChangeType.MODIFIED : ChangeType.CREATED;
      changes.add(FolderChange.of(resolve(root, f.getKey()), type));
    }
    return List.copyOf(changes);
  }

  /** The planned folder that holds {@code rel} ({@code a/b/c}: {@code a}, {@code a/b}, ...). */
  private static Optional<String> folderOf(String rel, Set<String> planned) {
    int from = 0;
    while (true) {
      int slash = rel.indexOf('/', from);
      String prefix = slash < 0 ? rel : rel.substring(0, slash);
      if (planned.contains(prefix)) {
        return Optional.of(prefix);
      }
      if (slash < 0) {
        return Optional.empty();
      }
      from = slash + 1;
    }
  }

  private static String firstName(String rel) {
    int slash = rel.indexOf('/');
    return slash < 0 ? rel : rel.substring(0, slash);
  }

  private static String relative(Path root, Path p) {
    if (!p.startsWith(root)) {
      return "";
    }
    Path r = root.relativize(p);
    StringBuilder b = new StringBuilder();
    for (Path name : r) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(name);
    }
    return b.toString();
  }

  private static Path resolve(Path root, String rel) {
    Path p = root;
    for (String name : rel.split("/", -1)) {
      p = p.resolve(name);
    }
    return p;
  }
}

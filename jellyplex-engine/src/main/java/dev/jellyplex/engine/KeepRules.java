package dev.jellyplex.engine;

import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.formats.FileRole;
import dev.jellyplex.model.FormatId;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a sync never removes, replaces or reports as a stray in the target (behaviour contract 2.1):
 * entries matching a {@code keep} pattern (a kept folder keeps everything in it), and on a Jellyfin
 * target, unless turned off, a {@code <video stem>.trickplay} folder next to a planned video.
 * Looked at only for entries that would otherwise be strays or replaced, so a run without strays
 * does no extra work for it.
 */
final class KeepRules {
  /** Keeps nothing. */
  static final KeepRules NONE = new KeepRules(PathGlobs.NONE, false);

  private static final String TRICKPLAY = ".trickplay";

  private final PathGlobs globs;
  private final boolean trickplay;

  private KeepRules(PathGlobs globs, boolean trickplay) {
    this.globs = globs;
    this.trickplay = trickplay;
  }

  /** The rules of a sync's options for a target of format {@code target}. */
  static KeepRules of(SyncOptions options, FormatId target) {
    boolean trickplay = options.defaultKeep() && target.equals(FormatId.JELLYFIN);
    PathGlobs globs = PathGlobs.of(options.keep());
    return globs.isEmpty() && !trickplay ? NONE : new KeepRules(globs, trickplay);
  }

  /** Whether there is no rule at all. */
  boolean isEmpty() {
    return globs.isEmpty() && !trickplay;
  }

  /** Whether there is a keep pattern (the trickplay rule aside). */
  boolean hasPatterns() {
    return !globs.isEmpty();
  }

  /**
   * Whether a keep pattern covers the target entry {@code relative} (to the library root): it, or a
   * folder it is in, matches.
   */
  boolean covers(String relative, boolean folder) {
    return !globs.isEmpty() && globs.covers(relative, folder);
  }

  /** Whether some keep pattern matches an entry of {@code below} (relative to {@code base}). */
  boolean coversAnyOf(String base, FileTable below) {
    if (globs.isEmpty()) {
      return false;
    }
    for (int i = 0; i < below.size(); i++) {
      if (globs.matches(base + below.name(i), below.entry(i).isDirectory())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sorts the would-be strays {@code candidates} (entries of {@code below}, relative to the folder
   * {@code base} names relative to the library root, e.g. {@code "Heat (1995)/"}) into kept entries
   * and strays; a stray folder holding kept entries is not a stray itself, its other entries are.
   *
   * @param planned the movie's planned files, sorted by target (for the trickplay rule); null at
   *     the library root
   * @param kept receives the kept entries, relative to {@code base}
   * @param strays receives the strays, relative to {@code base}
   */
  void sort(
      String base,
      FileTable below,
      List<String> candidates,
      @Nullable List<FileMapping> planned,
      List<String> kept,
      List<String> strays) {
    for (String rel : candidates) {
      Entry e = below.get(rel);
      boolean folder = e != null && e.isDirectory();
      if (planned != null && folder && isTrickplayOfPlanned(rel, planned)) {
        kept.add(rel);
      } else if (globs.isEmpty()) {
        strays.add(rel);
      } else if (globs.covers(base + rel, folder)) {
        kept.add(rel);
      } else if (folder && holdsKept(base, below, rel)) {
        sort(base, below, children(below, rel), planned, kept, strays);
      } else {
        strays.add(rel);
      }
    }
  }

  /** Whether a pattern matches an entry inside the folder {@code rel} of {@code below}. */
  private boolean holdsKept(String base, FileTable below, String rel) {
    String prefix = rel + "/";
    int i = Collections.binarySearch(below.names(), rel) + 1;
    for (; i > 0 && i < below.size() && below.name(i).startsWith(prefix); i++) {
      if (globs.matches(base + below.name(i), below.entry(i).isDirectory())) {
        return true;
      }
    }
    return false;
  }

  /** The entries directly inside the folder {@code rel} of the sorted table {@code below}. */
  private static List<String> children(FileTable below, String rel) {
    String prefix = rel + "/";
    List<String> out = new java.util.ArrayList<>();
    int i = Collections.binarySearch(below.names(), rel) + 1;
    for (; i > 0 && i < below.size() && below.name(i).startsWith(prefix); i++) {
      if (below.name(i).indexOf('/', prefix.length()) < 0) {
        out.add(below.name(i));
      }
    }
    return out;
  }

  /**
   * Whether the folder {@code rel} (in a movie folder) is {@code <stem>.trickplay} and {@code
   * <stem>.<ext>} is a planned video (a main video or an extra) of the same folder.
   */
  private boolean isTrickplayOfPlanned(String rel, List<FileMapping> planned) {
    if (!trickplay || !rel.endsWith(TRICKPLAY) || rel.length() == TRICKPLAY.length()) {
      return false;
    }
    String prefix = rel.substring(0, rel.length() - TRICKPLAY.length()) + ".";
    int lo = 0;
    int hi = planned.size();
    while (lo < hi) { // the first target not before the prefix
      int mid = (lo + hi) >>> 1;
      if (planned.get(mid).target().compareTo(prefix) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < planned.size() && planned.get(i).target().startsWith(prefix); i++) {
      FileMapping f = planned.get(i);
      String ext = f.target().substring(prefix.length());
      boolean video = f.role() != FileRole.VIDEO_SIDECAR && f.role() != FileRole.SIDECAR;
      if (video && !ext.isEmpty() && ext.indexOf('.') < 0 && ext.indexOf('/') < 0) {
        return true;
      }
    }
    return false;
  }
}

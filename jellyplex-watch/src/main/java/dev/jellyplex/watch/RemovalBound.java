package dev.jellyplex.watch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The deletion bound of a watch with {@code --delete}: a share that unmounts folder by folder makes
 * movie folders vanish a few at a time, each batch small. So the movie folders gone from the source
 * are counted over a window (removals applied within it plus those of the batch at hand) against
 * the movie folders of the last whole sync; more than half of them (and more than 3) is refused
 * until a whole sync, or {@code --max-delete}, says otherwise. A source with no entry left at all
 * is refused outright (an unmounted share looks empty). Memory: one record per batch in the window.
 */
final class RemovalBound {
  private final Path source;
  private final long windowNanos;
  private final ArrayDeque<long[]> recent = new ArrayDeque<>();
  private int movies = -1;

  RemovalBound(Path source, long windowNanos) {
    this.source = source;
    this.windowNanos = windowNanos;
  }

  /** A whole sync saw {@code movies} movies: the base of the bound; the window starts afresh. */
  void wholeSync(int movies) {
    this.movies = movies;
    recent.clear();
  }

  /** How many of {@code folders} are gone from the source. */
  int gone(Set<String> folders) {
    int gone = 0;
    for (String name : folders) {
      if (!Files.exists(source.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        gone++;
      }
    }
    return gone;
  }

  /**
   * Why a batch must be refused, or null when it may run: {@code gone} of its folders are gone from
   * the source, and {@code pendingGone} of the folders it and the ones still settling name.
   */
  @Nullable String refusal(int gone, int pendingGone, long now) {
    if (gone == 0) {
      return null;
    }
    if (sourceIsEmpty()) {
      return "refusing --delete: source "
          + source
          + " holds nothing at all (is the share mounted?); nothing was touched";
    }
    while (!recent.isEmpty() && now - recent.peekFirst()[0] > windowNanos) {
      recent.removeFirst();
    }
    long total = Math.max(gone, pendingGone);
    for (long[] r : recent) {
      total += r[1];
    }
    if (movies >= 0 && total > 3 && total * 2 > movies) {
      return "refusing to remove the mirrors of "
          + total
          + " movie folders that left the source within a short time, more than half of the "
          + movies
          + " of the last full sync: is the share only partly mounted? Nothing was changed; to"
          + " allow it, set withMaxDeleteAll(true) or a bound of your own (withMaxDelete)";
    }
    return null;
  }

  /** A batch that removed the mirrors of {@code gone} folders ran at {@code now}. */
  void applied(int gone, long now) {
    if (gone > 0) {
      recent.addLast(new long[] {now, gone});
    }
  }

  private boolean sourceIsEmpty() {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(source)) {
      for (Path p : s) {
        if (ChangeSource.entryOf(source, p) != null) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return true; // unreadable: as good as unmounted
    }
  }
}

package dev.jellyplex.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The operating system's change events (inotify on Linux) through a {@link WatchService}: every
 * folder of the source is registered, and new folders as they appear. Events are queued by the
 * kernel while a batch runs, so none is lost; if its queue overflows, {@link #lostChanges()} asks
 * for a full run.
 */
final class EventSource implements ChangeSource {
  /** Registering a folder failed because the watch limit is reached. */
  static final class LimitReached extends IOException {
    private static final long serialVersionUID = 1L;

    LimitReached(String message) {
      super(message);
    }
  }

  private final Path source;
  private final WatchService service;
  private final LongSupplier clock;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private boolean lost;

  EventSource(Path source, LongSupplier clock) throws IOException {
    this.source = source;
    this.clock = clock;
    this.service = source.getFileSystem().newWatchService();
    try {
      registerTree(source);
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
  }

  /** How many folders are watched. */
  int watched() {
    return folders.size();
  }

  private void registerTree(Path top) throws IOException {
    Files.walkFileTree(
        top,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(source) && dir.getFileName().toString().startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE; // hidden: never mirrored
            }
            register(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // gone or unreadable: the sync reports it
          }
        });
  }

  private void register(Path dir) throws IOException {
    try {
      folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("inotify") || m.contains("limit") || m.contains("No space left")) {
        throw new LimitReached(m);
      }
      if (dir.equals(source)) {
        throw e;
      }
      // a folder that went away or cannot be read: its entry is still marked changed
    }
  }

  @Override
  public void await(long timeoutNanos, Pending pending) throws IOException {
    WatchKey key;
    try {
      key = timeoutNanos <= 0 ? service.poll() : service.poll(timeoutNanos, TimeUnit.NANOSECONDS);
    } catch (ClosedWatchServiceException e) {
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    while (key != null) {
      handle(key, pending);
      try {
        key = service.poll(); // drain what else is queued
      } catch (ClosedWatchServiceException e) {
        return;
      }
    }
  }

  private void handle(WatchKey key, Pending pending) throws IOException {
    Path dir = folders.get(key);
    long now = clock.getAsLong();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        lost = true;
        continue;
      }
      if (dir == null || !(event.context() instanceof Path name)) {
        continue;
      }
      Path child = dir.resolve(name);
      String entry = ChangeSource.entryOf(source, child);
      if (entry != null) {
        pending.changed(entry, now);
      }
      if (event.kind() == ENTRY_CREATE
          && entry != null
          && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        registerTree(child); // a new folder (or one moved in, with all it holds)
      }
    }
    if (!key.reset()) {
      folders.remove(key); // the folder is gone
    }
  }

  @Override
  public boolean lostChanges() {
    boolean l = lost;
    lost = false;
    return l;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}

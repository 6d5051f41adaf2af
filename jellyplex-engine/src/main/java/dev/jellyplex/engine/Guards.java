package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** The safety checks that run before anything is touched; each failure names the fix. */
final class Guards {
  private Guards() {}

  /** The source must be an existing folder. */
  static void requireSourceFolder(Path source, String what) throws SetupException {
    if (!Files.exists(source)) {
      throw new SetupException(what + " " + source + " does not exist; check the path and mounts");
    }
    if (!Files.isDirectory(source)) {
      throw new SetupException(what + " " + source + " is not a folder");
    }
  }

  /** The target must be a folder, or missing when {@code create} allows making it. */
  static void requireTargetFolder(Path target, boolean create) throws SetupException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new SetupException("target " + target + " is not a folder");
      }
    } else if (!create) {
      throw new SetupException(
          "target " + target + " does not exist; create it or rerun with --create");
    }
  }

  /**
   * A target root that exists must be writable by this process (a read-only mount, a folder owned
   * by another user): found before anything is touched, not as one error per file. A dry run writes
   * nothing and is not refused.
   */
  static void requireWritableTarget(Path target, boolean dryRun) throws SetupException {
    if (dryRun || !Files.isDirectory(target)) {
      return;
    }
    if (!Files.isWritable(target)) {
      throw new SetupException(
          "target "
              + target
              + " is not writable by this user (a read-only mount, or a folder owned by someone"
              + " else); fix its permissions or mount, or run as a user that may write it;"
              + " nothing was touched");
    }
  }

  /**
   * The refusal of {@code --delete} against a source with no movie at all: an unmounted share looks
   * like an empty folder, and mirroring it would empty the target.
   */
  static SetupException noMovieInSource(Path source) {
    return new SetupException(
        "refusing --delete: no movie in the source "
            + source
            + ": is the share mounted? nothing was touched");
  }

  /** Source and target must be different folders, neither inside the other. */
  static void requireSeparate(Path source, Path target, String sourceName, String targetName)
      throws IOException {
    Path s = realish(source);
    Path t = realish(target);
    if (s.equals(t)) {
      throw new SetupException(
          sourceName + " and " + targetName + " are the same folder (" + s + "); give two folders");
    }
    if (t.startsWith(s)) {
      throw new SetupException(
          targetName
              + " "
              + target
              + " is inside "
              + sourceName
              + " "
              + source
              + "; put it outside");
    }
    if (s.startsWith(t)) {
      throw new SetupException(
          sourceName
              + " "
              + source
              + " is inside "
              + targetName
              + " "
              + target
              + "; put it outside");
    }
  }

  /**
   * The real path of {@code p}: resolved through its nearest existing ancestor, the missing rest
   * appended, so that links and {@code ..} cannot hide nesting.
   */
  static Path realish(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
  }

  /** The nearest existing folder at or above {@code p}. */
  static Path nearestExisting(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null ? abs : existing;
  }

  /** Hardlinks need source and target on one filesystem (one mount). */
  static void requireOneFilesystem(Path source, Path target) throws IOException {
    FileStore s = Files.getFileStore(source);
    FileStore t = Files.getFileStore(nearestExisting(target));
    if (!s.equals(t)) {
      throw crossDevice(source, target, "they are on different filesystems");
    }
  }

  static SetupException crossDevice(Path source, Path target, String why) {
    return new SetupException(
        "cannot hardlink from "
            + source
            + " into "
            + target
            + ": "
            + why
            + "; use --copy (or put both on one filesystem)");
  }
}

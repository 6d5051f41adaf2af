package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Turns filesystem exceptions into short reasons for reports. */
final class Errors {
  private Errors() {}

  /** A few words saying what went wrong, e.g. {@code permission denied}. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file (did it disappear during the run?)";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "the name exists already";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Whether the exception says that a hardlink would cross filesystems. */
  static boolean isCrossDevice(IOException e) {
    return e instanceof FileSystemException fse
        && fse.getReason() != null
        && fse.getReason().toLowerCase(Locale.ROOT).contains("cross-device");
  }
}

package dev.jellyplex.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns filesystem exceptions into short reasons for reports, each known cause with its way out: a
 * hardlink across filesystems or over the link-count limit → {@code --copy}; a hardlink the kernel
 * refuses ({@code protected_hardlinks}) → run as the file's owner or {@code --copy}; a full disk →
 * the path and the space left; a name too long → the name and its length in bytes.
 */
final class Errors {
  private Errors() {}

  // The kernel's own words (strerror), as the JDK puts them into FileSystemException's reason.
  private static final String EXDEV = "invalid cross-device link";
  private static final String EMLINK = "too many links";
  private static final String EPERM = "operation not permitted";
  private static final String ENOSPC = "no space left on device";
  private static final String ENAMETOOLONG = "file name too long";

  /** A few words saying what went wrong and, for a known cause, the way out. */
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
    String words = kernelWords(e);
    if (words.equals(EXDEV)) {
      return "invalid cross-device link: a hardlink cannot cross filesystems; use --copy";
    }
    if (words.equals(EMLINK)) {
      return "too many links: the file has as many hardlinks as the filesystem allows"
          + " (link-count limit); use --copy";
    }
    if (words.equals(EPERM) && e instanceof FileSystemException fse && fse.getOtherFile() != null) {
      // link(2) is the one operation here that names two files
      return "operation not permitted: the kernel lets only a file's owner hardlink it"
          + " (fs.protected_hardlinks); run as the owner of "
          + fse.getOtherFile()
          + " or use --copy";
    }
    if (words.equals(ENAMETOOLONG) && e instanceof FileSystemException fse) {
      String file = fse.getFile();
      if (file != null) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return "file name too long: \""
            + name
            + "\" is "
            + name.getBytes(StandardCharsets.UTF_8).length
            + " bytes (most filesystems allow 255); shorten it in the source";
      }
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return lowerFirst(fse.getReason());
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : lowerFirst(m);
  }

  /**
   * What another thread failed with, to be thrown on this one: an {@link IOException} is returned
   * as it is (the caller throws it), an unchecked exception or an error is thrown as it is, and
   * anything else is returned wrapped in an {@code IOException}.
   */
  static IOException rethrown(@Nullable Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IOException(cause);
  }

  /** Whether the exception says that a hardlink would cross filesystems. */
  static boolean isCrossDevice(IOException e) {
    return kernelWords(e).equals(EXDEV) || kernelWords(e).contains("cross-device");
  }

  /** Whether the exception says that the device is full. */
  static boolean isNoSpace(IOException e) {
    return kernelWords(e).equals(ENOSPC);
  }

  /**
   * {@code e} with what a report needs that the JDK leaves out: for a full device (a write says
   * only "No space left on device") the path written and the space left there. Other exceptions are
   * returned as they are.
   */
  static IOException explain(IOException e, Path written) {
    if (!isNoSpace(e)) {
      return e;
    }
    String free;
    try {
      free =
          bytes(Files.getFileStore(Guards.nearestExisting(written)).getUsableSpace())
              + " free there";
    } catch (IOException | RuntimeException unknown) {
      free = "free space unknown";
    }
    FileSystemException out =
        new FileSystemException(
            written.toString(), null, "no space left on device (" + free + "); free some space");
    out.initCause(e);
    return out;
  }

  /** A byte count for people: {@code 512 bytes}, {@code 1.5 MiB}. */
  static String bytes(long n) {
    if (n < 1024) {
      return n + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** The kernel's words in {@code e} (lower case), or {@code ""}. */
  private static String kernelWords(IOException e) {
    String words = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    return words == null ? "" : words.toLowerCase(Locale.ROOT).trim();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}

package dev.jellyplex.formats;

import java.util.Locale;
import java.util.Set;

/** The video extensions of the naming contract. */
final class VideoExtensions {
  private VideoExtensions() {}

  private static final Set<String> ALL =
      Set.of(
          ".mkv", ".mk3d", ".mp4", ".m4v", ".avi", ".mov", ".wmv", ".webm", ".ts", ".m2ts", ".mts",
          ".m2t", ".mpg", ".mpeg", ".mpe", ".m2v", ".vob", ".ogm", ".ogv", ".flv", ".f4v", ".divx",
          ".xvid", ".3gp", ".3g2", ".asf", ".rm", ".rmvb", ".wtv", ".dvr-ms", ".iso", ".img",
          ".strm", ".tp", ".trp");

  static boolean isVideo(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = FileNames.extensionDot(name);
    return dot >= 0 && ALL.contains(name.substring(dot).toLowerCase(Locale.ROOT));
  }
}

package dev.jellyplex.engine;

import dev.jellyplex.model.IgnoredEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which staged files go with which video in an import (naming contract 8.1): a file next to a video
 * whose name starts with the video's stem and {@code .} or {@code -} ({@code ….en.srt}), and the
 * files of a {@code Subs}/{@code Subtitles} folder of a release folder (one holding a single video;
 * with several, only those named after one of them). Release notes ({@code .nfo}, {@code .txt}) and
 * everything else are not imported. Pure.
 */
final class ReleaseFiles {
  /** Why release notes are not imported. */
  static final String RELEASE_NOTES = "release notes (not imported)";

  /** Why a sample folder is not imported. */
  static final String SAMPLE_FOLDER = "sample folder (not imported)";

  private ReleaseFiles() {}

  /**
   * The companions of each video, relative to the video's folder, and the staged files that go with
   * no video (with the reason).
   */
  record Assignment(Map<String, List<String>> companions, List<IgnoredEntry> ignored) {}

  /** Whether the staged folder {@code name} is a release's sample folder. */
  static boolean isSampleFolder(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("sample") || n.equals("samples");
  }

  /**
   * Assigns the non-video staged files {@code others} to the importable {@code videos} (paths
   * relative to the staging folder).
   */
  static Assignment assign(List<String> videos, List<String> others) {
    Map<String, List<String>> byFolder = new HashMap<>();
    for (String v : videos) {
      byFolder.computeIfAbsent(Scanner.parent(v), k -> new ArrayList<>()).add(v);
    }
    Map<String, List<String>> companions = new TreeMap<>();
    List<IgnoredEntry> ignored = new ArrayList<>();
    for (String rel : others) {
      String name = Scanner.lastSegment(rel);
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".nfo") || lower.endsWith(".txt")) {
        ignored.add(IgnoredEntry.of(rel, RELEASE_NOTES));
        continue;
      }
      String folder = Scanner.parent(rel);
      String video = namedAfter(name, byFolder.getOrDefault(folder, List.of()));
      String companion = name;
      if (video == null) {
        String release = releaseOfSubs(folder);
        if (release != null) {
          List<String> there = byFolder.getOrDefault(release, List.of());
          video = namedAfter(name, there);
          if (video == null && there.size() == 1) {
            video = there.get(0);
          }
          companion = release.isEmpty() ? rel : rel.substring(release.length() + 1);
          if (video == null && there.size() > 1) {
            ignored.add(
                IgnoredEntry.of(
                    rel, "subtitles of a folder of several videos; name them after one of them"));
            continue;
          }
        }
      }
      if (video == null) {
        ignored.add(IgnoredEntry.of(rel, "not a video file"));
      } else {
        companions.computeIfAbsent(video, k -> new ArrayList<>()).add(companion);
      }
    }
    return new Assignment(companions, ignored);
  }

  /** The video of {@code videos} whose stem (the longest) starts {@code name}, or null. */
  private static @Nullable String namedAfter(String name, List<String> videos) {
    String best = null;
    int bestLength = -1;
    for (String v : videos) {
      String file = Scanner.lastSegment(v);
      int dot = file.lastIndexOf('.');
      String stem = dot <= 0 ? file : file.substring(0, dot);
      if (name.length() > stem.length()
          && name.startsWith(stem)
          && (name.charAt(stem.length()) == '.' || name.charAt(stem.length()) == '-')
          && stem.length() > bestLength) {
        best = v;
        bestLength = stem.length();
      }
    }
    return best;
  }

  /**
   * The release folder of a file's folder {@code folder} when it lies in a {@code Subs} or {@code
   * Subtitles} folder of it (at any depth below that), else null.
   */
  private static @Nullable String releaseOfSubs(String folder) {
    String rest = folder;
    while (!rest.isEmpty()) {
      String last = Scanner.lastSegment(rest);
      String parent = Scanner.parent(rest);
      if (last.equalsIgnoreCase("subs") || last.equalsIgnoreCase("subtitles")) {
        return parent;
      }
      rest = parent;
    }
    return null;
  }
}

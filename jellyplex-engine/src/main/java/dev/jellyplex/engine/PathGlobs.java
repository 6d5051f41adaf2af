package dev.jellyplex.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code --keep}/{@code --exclude} patterns (behaviour contract 2.1), matched against paths
 * relative to a library root, {@code /}-separated, case-sensitive. Only {@code *} (any characters
 * but {@code /}), {@code **} (any characters including {@code /}, also none: {@code a/**}{@code /b}
 * matches {@code a/b}) and {@code ?} (one character but {@code /}) are wildcards; every other
 * character, {@code [ ] { } \} included, stands for itself, since movie names are full of them. A
 * pattern without {@code /} matches the last name at any depth; a pattern ending in {@code /}
 * matches folders only; a leading {@code /} anchors a pattern at the library root.
 *
 * <p>The JDK's {@code glob:} {@link java.nio.file.PathMatcher} does not fit: it gives {@code [ ] {
 * }} meanings, its {@code a/**}{@code /b} does not match {@code a/b}, and it matches {@link
 * java.nio.file.Path}s where these are plain strings (no path is built per entry). So each pattern
 * becomes one {@link Pattern}.
 */
final class PathGlobs {
  /** No pattern: matches nothing, and says so cheaply ({@link #isEmpty()}). */
  static final PathGlobs NONE = new PathGlobs(List.of(), List.of());

  private final List<String> patterns;
  private final List<Glob> globs;

  /** One compiled pattern. */
  private record Glob(Pattern regex, boolean lastNameOnly, boolean foldersOnly) {}

  private PathGlobs(List<String> patterns, List<Glob> globs) {
    this.patterns = patterns;
    this.globs = globs;
  }

  /**
   * Compiles {@code patterns}.
   *
   * @throws IllegalArgumentException naming the first pattern that can match nothing (empty, an
   *     empty segment as in {@code a//b}, a {@code .} or {@code ..} segment, a NUL character)
   */
  static PathGlobs of(List<String> patterns) {
    if (patterns.isEmpty()) {
      return NONE;
    }
    List<Glob> globs = new ArrayList<>(patterns.size());
    for (String p : patterns) {
      globs.add(compile(p));
    }
    return new PathGlobs(List.copyOf(patterns), List.copyOf(globs));
  }

  /** Whether there is no pattern at all (then nothing matches). */
  boolean isEmpty() {
    return globs.isEmpty();
  }

  /** The patterns as given. */
  List<String> patterns() {
    return patterns;
  }

  /**
   * Whether the entry {@code relative} (to the library root, {@code /}-separated) itself matches a
   * pattern; {@code folder} says whether it is a folder.
   */
  boolean matches(String relative, boolean folder) {
    String last = null;
    for (Glob g : globs) {
      if (g.foldersOnly() && !folder) {
        continue;
      }
      if (g.lastNameOnly()) {
        if (last == null) {
          last = Scanner.lastSegment(relative);
        }
        if (g.regex().matcher(last).matches()) {
          return true;
        }
      } else if (g.regex().matcher(relative).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code relative} or one of the folders it is in matches a pattern (a matching folder
   * covers everything in it); {@code folder} says whether the entry itself is a folder.
   */
  boolean covers(String relative, boolean folder) {
    for (int slash = relative.indexOf('/'); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
      if (matches(relative.substring(0, slash), true)) {
        return true;
      }
    }
    return matches(relative, folder);
  }

  private static Glob compile(String pattern) {
    String p = pattern;
    boolean foldersOnly = p.endsWith("/");
    if (foldersOnly) {
      p = p.substring(0, p.length() - 1);
    }
    boolean anchored = p.startsWith("/");
    if (anchored) {
      p = p.substring(1);
    }
    if (p.isEmpty() || p.indexOf('\0') >= 0) {
      throw invalid(pattern, "it names no path");
    }
    for (String segment : p.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw invalid(pattern, "a path segment is empty, '.' or '..'");
      }
    }
    boolean lastNameOnly = !anchored && p.indexOf('/') < 0;
    return new Glob(Pattern.compile(regex(p)), lastNameOnly, foldersOnly);
  }

  private static IllegalArgumentException invalid(String pattern, String why) {
    return new IllegalArgumentException(
        "invalid path pattern \""
            + pattern
            + "\": "
            + why
            + " (patterns are library-relative"
            + " paths like 'Heat (1995)*/' or '**/*.nfo')");
  }

  /** The regular expression of a pattern whose only wildcards are {@code * ** ?}. */
  static String regex(String p) {
    StringBuilder out = new StringBuilder(p.length() + 16);
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '*' || c == '?') {
        if (literal.length() > 0) {
          out.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        if (c == '?') {
          out.append("[^/]");
          i++;
        } else if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
          boolean segmentStart = i == 0 || p.charAt(i - 1) == '/';
          if (segmentStart && i + 2 < p.length() && p.charAt(i + 2) == '/') {
            out.append("(?:.*/)?"); // "**/" also stands for no folder at all
            i += 3;
          } else {
            out.append(".*");
            i += 2;
          }
        } else {
          out.append("[^/]*");
          i++;
        }
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      out.append(Pattern.quote(literal.toString()));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return patterns.toString();
  }
}

package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The glob dialect of {@code --keep}/{@code --exclude} (behaviour contract 2.1), as a table. */
class PathGlobsTest {

  @ParameterizedTest(name = "{0} ~ {1} (folder {2}) = {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a pattern without '/' matches the last name at any depth
        "*.nfo | movie.nfo | false | true",
        "*.nfo | Heat (1995)/movie.nfo | false | true",
        "*.nfo | Kids/Up (2009)/Up (2009).nfo | false | true",
        "*.nfo | movie.nfo.bak | false | false",
        "*.nfo | Heat (1995)/x.nfo/poster.jpg | false | false",
        // ? is one character but '/'
        "?.jpg | a.jpg | false | true",
        "?.jpg | ab.jpg | false | false",
        "a?b | a/b | false | false",
        // * never crosses '/'
        "Heat*/x.mkv | Heat (1995)/x.mkv | false | true",
        "Heat*/x.mkv | Heat (1995)/Subs/x.mkv | false | false",
        "H*t (1995)/poster.jpg | Heat (1995)/poster.jpg | false | true",
        // ** crosses '/', and '**/' also stands for no folder
        "Heat (1995)/**/x.srt | Heat (1995)/x.srt | false | true",
        "Heat (1995)/**/x.srt | Heat (1995)/Subs/x.srt | false | true",
        "Heat (1995)/**/x.srt | Heat (1995)/Subs/en/x.srt | false | true",
        "Heat (1995)/**/x.srt | Heat (1996)/x.srt | false | false",
        "**/*.nfo | movie.nfo | false | true",
        "**/*.nfo | a/b/c.nfo | false | true",
        "Kids/** | Kids/Up (2009)/Up (2009).mkv | false | true",
        "Kids/** | Kids | true | false",
        "a/**b | a/x/yb | false | true",
        // brackets, braces and backslashes are literal: movie names are full of them
        "Heat (1995) [imdbid-tt0113277]/ | Heat (1995) [imdbid-tt0113277] | true | true",
        "Heat (1995) [imdbid-tt0113277]/ | Heat (1995) i | true | false",
        "Heat (1995) {imdb-tt0113277}/ | Heat (1995) {imdb-tt0113277} | true | true",
        "Heat (1995) {imdb-tt0113277}/ | Heat (1995) imdb-tt0113277 | true | false",
        "*[1080p]* | Heat (1995) [1080p].mkv | false | true",
        "*[1080p]* | Heat (1995) 1.mkv | false | false",
        "*{edition-*}* | Alien (1979) {edition-Director's Cut}.mkv | false | true",
        "{a,b}.mkv | {a,b}.mkv | false | true",
        "{a,b}.mkv | a.mkv | false | false",
        "a\\b.mkv | a\\b.mkv | false | true",
        "a.b+c$ | a.b+c$ | false | true",
        "a.b+c$ | aXb+c$ | false | false",
        "x\\E.* | x\\E.mkv | false | true",
        // a pattern ending in '/' matches folders only
        "*.trickplay/ | Heat (1995)/Heat (1995).trickplay | true | true",
        "*.trickplay/ | Heat (1995)/Heat (1995).trickplay | false | false",
        "Heat (1995)/Subs/ | Heat (1995)/Subs | true | true",
        // a pattern with '/' matches from the library root; a leading '/' anchors a bare name
        "Subs/x.srt | Heat (1995)/Subs/x.srt | false | false",
        "/poster.jpg | poster.jpg | false | true",
        "/poster.jpg | Heat (1995)/poster.jpg | false | false",
        // case-sensitive
        "*.NFO | movie.nfo | false | false",
        "heat*/ | Heat (1995) | true | false",
      })
  void matches(String pattern, String path, boolean folder, boolean expected) {
    assertEquals(expected, PathGlobs.of(List.of(pattern)).matches(path, folder));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "//", "a//b", "./x", "a/../b", "a/.", "x\0y"})
  void patternsThatNameNoPathAreRejectedByName(String pattern) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PathGlobs.of(List.of("ok", pattern)));
    assertTrue(String.valueOf(e.getMessage()).contains("\"" + pattern + "\""), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a//b"})
  void syncOptionsRejectThemWhenBuilt(String pattern) {
    assertThrows(
        IllegalArgumentException.class, () -> SyncOptions.builder().addKeep(pattern).build());
    assertThrows(
        IllegalArgumentException.class, () -> SyncOptions.builder().addExclude(pattern).build());
  }

  @org.junit.jupiter.api.Test
  void aMatchingFolderCoversEverythingInIt() {
    PathGlobs g = PathGlobs.of(List.of("Kids/", "*.trickplay/"));
    assertTrue(g.covers("Kids/Up (2009)/Up (2009).mkv", false));
    assertTrue(g.covers("Heat (1995)/Heat (1995).trickplay/1.jpg", false));
    assertFalse(g.covers("Heat (1995)/Heat (1995).trickplay.jpg", false));
    assertFalse(g.covers("Kidsville/x.mkv", false));
    assertTrue(PathGlobs.NONE.isEmpty());
    assertFalse(PathGlobs.NONE.covers("anything", true));
  }

  @org.junit.jupiter.api.Test
  void theTopmostMatchStandsForAnExcludedSubtree() {
    PathGlobs g = PathGlobs.of(List.of("Subs/", "*.srt"));
    assertEquals(
        "Heat (1995)/Subs", SourceExclusions.topmost(g, "Heat (1995)/Subs/en/x.srt", false));
    assertEquals("Heat (1995)/x.srt", SourceExclusions.topmost(g, "Heat (1995)/x.srt", false));
    assertEquals(null, SourceExclusions.topmost(g, "Heat (1995)/x.mkv", false));
  }
}

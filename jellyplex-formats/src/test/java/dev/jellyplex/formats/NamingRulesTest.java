package dev.jellyplex.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The tricky naming rules, one example each. */
class NamingRulesTest {
  private static final NamingFormat PLEX = Codecs.PLEX;
  private static final NamingFormat JELLYFIN = Codecs.JELLYFIN;

  private static MovieTranslation translate(
      NamingFormat from, NamingFormat to, String folder, String... files) {
    return Codecs.translator(from, to).translate(folder, List.of(files));
  }

  /** Source path to target path of every file. */
  private static Map<String, String> targets(MovieTranslation t) {
    Map<String, String> m = new TreeMap<>();
    t.files().forEach(f -> m.put(f.source(), f.target()));
    return m;
  }

  private static boolean lost(MovieTranslation t, LossKind kind, String value) {
    return t.losses().stream().anyMatch(l -> l.kind() == kind && l.value().equals(value));
  }

  private static Video plexVideo(String folder, String file) {
    Movie movie = PLEX.readFolder(folder).movie().orElseThrow();
    return PLEX.readVideo(folder, movie, file).video().orElseThrow();
  }

  private static Video jellyfinVideo(String folder, String file) {
    Movie movie = JELLYFIN.readFolder(folder).movie().orElseThrow();
    return JELLYFIN.readVideo(folder, movie, file).video().orElseThrow();
  }

  // ------------------------------------------------------------------ Radarr names

  @Test
  void radarrQualityLabelGivesTheResolutionAndStaysALabel() {
    Video v =
        plexVideo(
            "The Movie Title (2010) {imdb-tt0066921}",
            "The Movie Title (2010) {imdb-tt0066921} - {edition-Ultimate Extended Edition}"
                + " [CF Name][Bluray-2160p Proper][DV HDR10][x265]-RlsGrp.mkv");
    assertEquals(Optional.of(Resolution.UHD), v.resolution());
    assertEquals(Optional.of("Ultimate Extended Edition"), v.edition());
    assertEquals(
        List.of("CF Name", "Bluray-2160p Proper", "DV HDR10", "x265", "RlsGrp"), v.labels());
    assertEquals(Optional.empty(), v.versionText());
  }

  @Test
  void trashJellyfinNamesKeepTheirLabelsOnTheWayToPlex() {
    String jf = "The Movie Title (2010) [imdbid-tt0106145]";
    Video v =
        jellyfinVideo(
            jf,
            jf
                + " - {Ultimate Extended Edition} [3D][CF Name][Bluray-2160p Proper][DV HDR10]"
                + "[x265]-RlsGrp.mkv");
    assertEquals(Optional.of("Ultimate Extended Edition"), v.edition());
    assertEquals(Optional.of(Resolution.UHD), v.resolution());
    assertEquals(
        List.of("3D", "CF Name", "Bluray-2160p Proper", "DV HDR10", "x265", "RlsGrp"), v.labels());
    MovieTranslation t =
        translate(JELLYFIN, PLEX, jf, jf + " - Director's Cut [CF][Bluray-1080p]-Grp.mkv");
    assertEquals(
        "The Movie Title (2010) {imdb-tt0106145} {edition-Director's Cut} [CF] [Bluray-1080p]"
            + " [Grp].mkv",
        t.files().get(0).target());
  }

  @Test
  void lintKeepsARadarrQualityLabelWithoutAddingAResolutionLabel() {
    String folder = "Heat (1995) {imdb-tt0113277}";
    MovieTranslation t = translate(PLEX, PLEX, folder, folder + " [WEBDL-1080p][x264]-GRP.mkv");
    assertEquals(
        List.of(folder + " [WEBDL-1080p] [x264] [GRP].mkv"), new ArrayList<>(targets(t).values()));
  }

  @Test
  void aGluedPartIsNotAReleaseGroup() {
    Video v = plexVideo("Heat (1995)", "Heat (1995) [1080p]-pt2.mkv");
    assertEquals(Optional.of(Part.of("pt", "2")), v.part());
    assertEquals(List.of(), v.labels());
  }

  @Test
  void aBareBraceBlockIsVersionText() {
    Video v = plexVideo("Heat (1995)", "Heat (1995) - {Open Matte} [1080p].mkv");
    assertEquals(Optional.of("Open Matte"), v.versionText());
    MovieTranslation t = translate(PLEX, JELLYFIN, "Heat (1995)", "Heat (1995) - {Open Matte}.mkv");
    assertEquals("Heat (1995) - Open Matte.mkv", t.files().get(0).target());
    assertTrue(lost(t, LossKind.VERSION_TEXT, "Open Matte"));
  }

  // ------------------------------------------------------------------ titles

  @Test
  void aDashInsideTheTitleStaysInTheTitle() {
    String jf = "Mission - Impossible (1996) [imdbid-tt0117060]";
    Movie m = JELLYFIN.readFolder(jf).movie().orElseThrow();
    assertEquals("Mission - Impossible", m.title());
    assertEquals(Map.of("imdb", "tt0117060"), m.ids());
    Video v = jellyfinVideo(jf, jf + ".mkv");
    assertEquals(Video.of(".mkv"), v);
    assertEquals(
        "Mission - Impossible (1996)",
        PLEX.readFolder("Mission - Impossible (1996)")
            .movie()
            .map(PLEX::writeFolder)
            .orElseThrow()
            .name());
    MovieTranslation t = translate(JELLYFIN, PLEX, jf, jf + " - 4k.mkv");
    assertEquals(
        "Mission - Impossible (1996) {imdb-tt0117060} [2160p].mkv", t.files().get(0).target());
  }

  @Test
  void aJellyfinFolderWithoutAYearEndsItsTitleAtTheFirstDash() {
    FolderReading r = JELLYFIN.readFolder("Heat - Director's Cut");
    assertEquals("Heat", r.movie().orElseThrow().title());
    assertTrue(r.losses().stream().anyMatch(l -> l.value().equals("Director's Cut")));
  }

  @Test
  void textAfterTheYearAndFolderLabelsAreLost() {
    FolderReading r = PLEX.readFolder("Heat (1995) [remastered] extended {imdb-tt0113277}");
    assertEquals(
        Movie.builder().title("Heat").year(1995).putIds("imdb", "tt0113277").build(),
        r.movie().orElseThrow());
    assertEquals(
        List.of(
            TranslationLoss.of(LossKind.LABEL, "", "remastered", "folder names keep no labels"),
            TranslationLoss.of(LossKind.TEXT, "", "extended", "text after the year")),
        r.losses());
  }

  @Test
  void aFolderThatIsNotAMovieIsIgnoredNotDropped() {
    for (String name : List.of("[1080p]", "{imdb-tt1}", "   ", ".hidden (2000)", "[x] - (1999)")) {
      MovieTranslation t = translate(PLEX, JELLYFIN, name, "a.mkv");
      assertEquals(Optional.empty(), t.movie(), name);
      assertEquals(List.of(), t.files());
      assertEquals(List.of(name), t.ignored().stream().map(IgnoredEntry::relativePath).toList());
    }
  }

  @Test
  void lintModeKeepsOtherFolderAttributesTranslationReportsThem() {
    MovieTranslation jellyfin =
        translate(
            JELLYFIN, JELLYFIN, "Akira (1988) [anidbid-12] [imdbid-tt0094625]", "Akira (1988).mkv");
    assertEquals(
        Optional.of("Akira (1988) [imdbid-tt0094625] [anidbid-12]"), jellyfin.targetFolder());
    MovieTranslation plex = translate(PLEX, PLEX, "Akira (1988) {anidb-12}", "Akira (1988).mkv");
    assertEquals(Optional.of("Akira (1988) {anidb-12}"), plex.targetFolder());
    assertEquals(List.of(), plex.losses());
    MovieTranslation across =
        translate(PLEX, JELLYFIN, "Akira (1988) {anidb-12}", "Akira (1988).mkv");
    assertEquals(Optional.of("Akira (1988)"), across.targetFolder());
    assertTrue(lost(across, LossKind.ATTRIBUTE, "12"));
  }

  // ------------------------------------------------------------------ editions

  @Test
  void aFolderEditionIsInheritedByVideosWithoutTheirOwn() {
    String folder = "Blade Runner (1982) {edition-Final Cut}";
    MovieTranslation t =
        translate(
            PLEX,
            JELLYFIN,
            folder,
            "Blade Runner (1982) [2160p].mkv",
            "Blade Runner (1982) {edition-Workprint} [DVD].mkv");
    assertEquals(Optional.of("Blade Runner (1982)"), t.targetFolder());
    assertEquals(
        Map.of(
            "Blade Runner (1982) [2160p].mkv", "Blade Runner (1982) - 4k Final Cut.mkv",
            "Blade Runner (1982) {edition-Workprint} [DVD].mkv",
                "Blade Runner (1982) - DVD Workprint.mkv"),
        targets(t));
    // Plex to Plex keeps the folder's edition (Plex's edition-per-folder layout, naming 2.1)
    MovieTranslation lint = translate(PLEX, PLEX, folder, "Blade Runner (1982) [2160p].mkv");
    assertEquals(Optional.of(folder), lint.targetFolder());
    assertEquals(
        "Blade Runner (1982) {edition-Final Cut} [2160p].mkv", lint.files().get(0).target());
  }

  @Test
  void jellyfinLabelsReadResolutionFirstOrLast() {
    String f = "Das Boot (1981)";
    Video last = jellyfinVideo(f, f + " - Theatrical Cut BD.mkv");
    assertEquals(Optional.of(Resolution.FULL_HD), last.resolution());
    assertEquals(Optional.of("Theatrical Cut"), last.edition());
    Video first = jellyfinVideo(f, f + " - 4K Theatrical Cut - part2.mkv");
    assertEquals(Optional.of(Resolution.UHD), first.resolution());
    assertEquals(Optional.of(Part.of("part", "2")), first.part());
    Video bracketed = jellyfinVideo(f, f + " [1080p].mkv");
    assertEquals(Optional.of(Resolution.FULL_HD), bracketed.resolution());
    Video groups = jellyfinVideo(f, f + " [Director's Cut] [HDR] [93326a2a].mkv");
    assertEquals(Optional.of("Director's Cut"), groups.edition());
    assertEquals(List.of("HDR"), groups.labels());
    assertEquals(Optional.of("93326a2a"), groups.disambiguation());
    assertEquals(
        Optional.of(Part.of("Disc", "01")), jellyfinVideo(f, f + " - BD (Disc 01).mkv").part());
    assertEquals(Optional.of(Part.of("cd", "2")), jellyfinVideo(f, f + " [cd2].mkv").part());
    assertEquals(Optional.of(Part.of("disk", "2")), jellyfinVideo(f, f + " - disk_2.mkv").part());
    assertEquals(Optional.of(Part.of("pt", "1")), jellyfinVideo(f, f + ".pt1.mkv").part());
    assertEquals(
        Optional.of("Director's Cut [Remastered] Special"),
        jellyfinVideo(f, f + " - Director's Cut [Remastered] Special.mkv").edition());
    assertEquals(
        Optional.empty(), jellyfinVideo(f, f + " - Director's Cut] Special.mkv").edition());
    Video longerWord = jellyfinVideo("Heat", "Heated.mkv");
    assertEquals(Optional.empty(), longerWord.edition());
    Video none = jellyfinVideo(f, f + " - Special Edition.mkv");
    assertEquals(Optional.empty(), none.resolution());
    assertEquals(Optional.of("Special Edition"), none.edition());
  }

  // ------------------------------------------------------------------ resolutions

  @Test
  void jellyfinSpellingsThatMergeResolutionsAreReported() {
    MovieTranslation t =
        translate(PLEX, JELLYFIN, "M (2001)", "M (2001) [576i].mkv", "M (2001) [1440p].mp4");
    assertEquals(
        Map.of(
            "M (2001) [576i].mkv",
            "M (2001) - DVD.mkv",
            "M (2001) [1440p].mp4",
            "M (2001) - 1440p.mp4"),
        targets(t));
    assertTrue(lost(t, LossKind.LABEL, "576i"));
    assertFalse(lost(t, LossKind.LABEL, "1440p"));
  }

  @Test
  void aSecondResolutionLabelIsLostWithItsReason() {
    MovieTranslation t = translate(PLEX, JELLYFIN, "M (2001)", "M (2001) [1080p] [720p].mkv");
    assertEquals("M (2001) - BD.mkv", t.files().get(0).target());
    assertEquals(
        List.of(
            TranslationLoss.of(
                LossKind.LABEL, "", "720p", "multiple resolution labels; first one wins")),
        t.losses());
  }

  @Test
  void aNameTheTargetWouldReadDifferentlyIsReported() {
    MovieTranslation edition =
        translate(PLEX, JELLYFIN, "Heat (1995)", "Heat (1995) {edition-1080p}.mkv");
    assertEquals("Heat (1995) - 1080p.mkv", edition.files().get(0).target());
    assertTrue(lost(edition, LossKind.TEXT, "Heat (1995) - 1080p.mkv"), edition::toString);
    MovieTranslation extra =
        translate(PLEX, JELLYFIN, "Heat (1995)", "Heat (1995) {edition-Making of-trailer}.mkv");
    assertTrue(lost(extra, LossKind.TEXT, "Heat (1995) - Making of-trailer.mkv"), extra::toString);
    MovieTranslation fine =
        translate(PLEX, JELLYFIN, "Heat (1995)", "Heat (1995) {edition-Final Cut}.mkv");
    assertEquals(List.of(), fine.losses());
  }

  // ------------------------------------------------------------------ extras

  @Test
  void inlineExtrasKeepTheirNamesOrTakePlexSuffixes() {
    MovieTranslation t =
        translate(
            JELLYFIN,
            PLEX,
            "Alien (1979)",
            "Alien (1979).mkv",
            "Chestburster-clip.mkv",
            "Teaser_trailer2.mkv",
            "Teaser_trailer2.en.srt",
            "Making of - trailer.mp4",
            "Reel.sample.mkv",
            "trailer.mkv",
            "Bar Fight-deleted.mp4",
            "I Live In A Trailer.mp4");
    Map<String, String> m = targets(t);
    assertEquals("Chestburster-other.mkv", m.get("Chestburster-clip.mkv"));
    assertEquals("Teaser-trailer2.mkv", m.get("Teaser_trailer2.mkv"));
    assertEquals("Teaser-trailer2.en.srt", m.get("Teaser_trailer2.en.srt"));
    // a converted suffix is glued the Plex way (naming contract 4, revision 2)
    assertEquals("Making of-trailer.mp4", m.get("Making of - trailer.mp4"));
    assertEquals("Reel-other.mkv", m.get("Reel.sample.mkv"));
    assertEquals("trailer.mkv", m.get("trailer.mkv"));
    assertEquals("Bar Fight-deleted.mp4", m.get("Bar Fight-deleted.mp4"));
    FileMapping notAnExtra =
        t.files().stream()
            .filter(f -> f.source().equals("I Live In A Trailer.mp4"))
            .findFirst()
            .orElseThrow();
    assertEquals(FileRole.VIDEO, notAnExtra.role());
    assertEquals(
        Map.of(
            "Chestburster-clip.mkv", FileRole.INLINE_EXTRA,
            "trailer.mkv", FileRole.INLINE_EXTRA,
            "Teaser_trailer2.en.srt", FileRole.VIDEO_SIDECAR),
        Map.of(
            "Chestburster-clip.mkv", role(t, "Chestburster-clip.mkv"),
            "trailer.mkv", role(t, "trailer.mkv"),
            "Teaser_trailer2.en.srt", role(t, "Teaser_trailer2.en.srt")));
    MovieTranslation toJellyfin =
        translate(PLEX, JELLYFIN, "Alien (1979)", "Alien (1979).mkv", "Chestburster-clip.mkv");
    assertEquals("Chestburster-clip.mkv", targets(toJellyfin).get("Chestburster-clip.mkv"));
  }

  private static FileRole role(MovieTranslation t, String source) {
    return t.files().stream()
        .filter(f -> f.source().equals(source))
        .map(FileMapping::role)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void extrasFoldersThatMergeHashTheirFileNamesApart() {
    MovieTranslation t =
        translate(
            JELLYFIN,
            PLEX,
            "Alien (1979)",
            "Alien (1979).mkv",
            "extras/Stills.mkv",
            "clips/Stills.mkv",
            "clips/Other.mkv",
            "Theme-Music/theme.mp3",
            "BDMV/index.bdmv");
    Map<String, String> m = targets(t);
    assertEquals(
        "Other/Stills [" + FileNames.hash("extras/Stills.mkv") + "].mkv",
        m.get("extras/Stills.mkv"));
    assertEquals(
        "Other/Stills [" + FileNames.hash("clips/Stills.mkv") + "].mkv", m.get("clips/Stills.mkv"));
    assertEquals("Other/Other.mkv", m.get("clips/Other.mkv"));
    assertEquals("Theme-Music/theme.mp3", m.get("Theme-Music/theme.mp3"));
    assertEquals("BDMV/index.bdmv", m.get("BDMV/index.bdmv"));
    assertTrue(lost(t, LossKind.CATEGORY, "clips"));
  }

  @Test
  void extrasFolderNamesDoNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      MovieTranslation t =
          translate(
              PLEX, JELLYFIN, "İstanbul (2000)", "İstanbul (2000).mkv", "TRAILERS/Teaser.mkv");
      assertEquals("trailers/Teaser.mkv", targets(t).get("TRAILERS/Teaser.mkv"));
    } finally {
      Locale.setDefault(before);
    }
  }

  // ------------------------------------------------------------------ sidecars

  @Test
  void aSidecarFollowsTheVideoWithTheLongestMatchingStem() {
    MovieTranslation t =
        translate(
            PLEX,
            JELLYFIN,
            "Heat (1995)",
            "Heat (1995).mkv",
            "Heat (1995)-Extended.mkv",
            "Heat (1995).en.srt",
            "Heat (1995)-Extended.en.srt",
            "Heat (1995)-poster.jpg",
            "subs/Heat (1995)-Extended.de.srt",
            "poster.jpg");
    Map<String, String> m = targets(t);
    assertEquals("Heat (1995) - Extended.mkv", m.get("Heat (1995)-Extended.mkv"));
    assertEquals("Heat (1995) - Extended.en.srt", m.get("Heat (1995)-Extended.en.srt"));
    assertEquals("Heat (1995).en.srt", m.get("Heat (1995).en.srt"));
    assertEquals("Heat (1995)-poster.jpg", m.get("Heat (1995)-poster.jpg"));
    // Jellyfin ignores subs folders: the subtitle goes next to its video (naming 4, revision 2)
    assertEquals("Heat (1995) - Extended.de.srt", m.get("subs/Heat (1995)-Extended.de.srt"));
    assertEquals("poster.jpg", m.get("poster.jpg"));
    assertEquals(FileRole.SIDECAR, role(t, "poster.jpg"));
    assertEquals(FileRole.VIDEO_SIDECAR, role(t, "Heat (1995)-poster.jpg"));
  }

  // ------------------------------------------------------------------ clashes and hashes

  @Test
  void clashingVideosGetTheHashOfTheirSourceNameAndTheirSidecarsFollow() {
    String folder = "Das Boot (1981) {imdb-tt0082096}";
    String a = folder + " {edition-Theatrical Cut} [1080p].mkv";
    String b = folder + " {edition-Theatrical Cut} [1080p][remux].mkv";
    String sub = folder + " {edition-Theatrical Cut} [1080p][remux].en.srt";
    MovieTranslation t = translate(PLEX, JELLYFIN, folder, a, b, sub);
    String target = "Das Boot (1981) [imdbid-tt0082096] - BD Theatrical Cut";
    // printf '%s' NAME | sha256sum: the first 8 hex digits over the source file name
    assertEquals("e1326394", FileNames.hash(a));
    assertEquals("93326a2a", FileNames.hash(b));
    assertEquals(
        Map.of(
            a, target + " [e1326394].mkv",
            b, target + " [93326a2a].mkv",
            sub, target + " [93326a2a].en.srt"),
        targets(t));
    FileMapping subtitle =
        t.files().stream().filter(f -> f.source().equals(sub)).findFirst().orElseThrow();
    assertEquals(Optional.of("93326a2a"), subtitle.disambiguation());
  }

  @Test
  void aHashReadFromTheSourceIsKeptThroughARoundTrip() {
    String jf = "Das Boot (1981) [imdbid-tt0082096]";
    String name = jf + " - BD Theatrical Cut [93326a2a].mkv";
    MovieTranslation toPlex = translate(JELLYFIN, PLEX, jf, name);
    String plexName =
        "Das Boot (1981) {imdb-tt0082096} {edition-Theatrical Cut} [1080p] [93326a2a].mkv";
    assertEquals(plexName, toPlex.files().get(0).target());
    MovieTranslation back =
        translate(PLEX, JELLYFIN, toPlex.targetFolder().orElseThrow(), plexName);
    assertEquals(name, back.files().get(0).target());
  }

  @Test
  void videosWhoseHashesCollideAreAnUnresolvedClash() {
    String a = "M (2001) [1080p] [deadbeef].mkv";
    String b = "M (2001) [1080p][deadbeef].mkv";
    String sub = "M (2001) [1080p][deadbeef].en.srt";
    MovieTranslation t = translate(PLEX, JELLYFIN, "M (2001)", a, b, sub, "M (2001) [DVD].mkv");
    assertEquals(
        List.of(VideoClash.of("M (2001)", "M (2001) - BD [deadbeef].mkv", List.of(a, b))),
        t.clashes());
    assertEquals(
        List.of("M (2001) - DVD.mkv"), t.files().stream().map(FileMapping::target).toList());
    assertEquals(
        List.of("M (2001)/" + sub), t.ignored().stream().map(IgnoredEntry::relativePath).toList());
  }

  // ------------------------------------------------------------------ limits and ignored files

  @Test
  void aTargetNameOver255BytesIsAnErrorForTheMovie() {
    String title = "é".repeat(120); // 240 bytes
    MovieTranslation ok = translate(PLEX, JELLYFIN, title + " (2000)", title + " (2000).mkv");
    assertEquals(Optional.empty(), ok.error());
    MovieTranslation video =
        translate(
            PLEX, JELLYFIN, title + " (2000)", title + " (2000) [2160p] {edition-Extended}.mkv");
    assertTrue(video.error().orElseThrow().startsWith("name_too_long:"), video::toString);
    assertEquals(Optional.empty(), video.targetFolder());
    assertEquals(List.of(), video.files());
    String longer = "é".repeat(130); // 260 bytes
    MovieTranslation folder = translate(PLEX, JELLYFIN, longer, longer + ".mkv");
    assertTrue(folder.error().orElseThrow().startsWith("name_too_long:"));
  }

  @Test
  void dotFilesAreSkippedAndPlexVersionsIgnored() {
    MovieTranslation t =
        translate(
            PLEX,
            JELLYFIN,
            "Alien (1979)",
            "Alien (1979).mkv",
            ".DS_Store",
            ".jellyplex-tmp-1234-Alien (1979).mkv",
            "Trailers/.jellyplex-tmp-9",
            "Plex Versions/Optimized for TV/Alien (1979).mp4",
            "Plex Versions/Optimized for Mobile/Alien (1979).mp4");
    assertEquals(List.of("Alien (1979).mkv"), t.files().stream().map(FileMapping::target).toList());
    assertEquals(
        List.of(IgnoredEntry.of("Alien (1979)/Plex Versions", "Plex's own optimized copies")),
        t.ignored());
  }

  @Test
  void translationDoesNotDependOnTheOrderOfFiles() {
    List<String> files =
        new ArrayList<>(
            List.of(
                "Heat (1995) [1080p].mkv",
                "Heat (1995) [1080p][remux].mkv",
                "Heat (1995) [1080p].en.srt",
                "extras/a.mkv",
                "clips/a.mkv",
                "poster.jpg"));
    MovieTranslation first = translate(PLEX, JELLYFIN, "Heat (1995)", files.toArray(String[]::new));
    java.util.Collections.reverse(files);
    assertEquals(first, translate(PLEX, JELLYFIN, "Heat (1995)", files.toArray(String[]::new)));
    List<String> targets = first.files().stream().map(FileMapping::target).toList();
    assertEquals(targets.stream().sorted().toList(), targets);
  }

  // ------------------------------------------------------------------ import

  @Test
  void aLooseVideoGetsAFolderNamedAfterItsMovie() {
    MovieTranslation t =
        Codecs.translator(PLEX, JELLYFIN)
            .translateLoose("Heat (1995) {imdb-tt0113277} {edition-Director's Cut} [1080p].mkv");
    assertEquals(Optional.of("Heat (1995) [imdbid-tt0113277]"), t.targetFolder());
    assertEquals(
        "Heat (1995) [imdbid-tt0113277] - BD Director's Cut.mkv", t.files().get(0).target());
    MovieTranslation plain = Codecs.translator(JELLYFIN, PLEX).translateLoose("Heat - BD.mkv");
    assertEquals(Optional.of("Heat"), plain.targetFolder());
    assertEquals("Heat [1080p].mkv", plain.files().get(0).target());
    MovieTranslation junk = Codecs.translator(PLEX, JELLYFIN).translateLoose("[1080p].mkv");
    assertEquals(Optional.empty(), junk.movie());
    assertEquals(
        List.of("[1080p].mkv"), junk.ignored().stream().map(IgnoredEntry::relativePath).toList());
  }

  // ------------------------------------------------------------------ detection

  @Test
  void detectionStopsAtTheFirstConclusiveName() {
    Iterator<String> names =
        List.of("A (2000) - BD.mkv", "B (2001) {imdb-tt1}.mkv", "never looked at").iterator();
    Detection d = Formats.detect(names);
    assertEquals(Optional.of(FormatId.PLEX), d.format());
    assertEquals(2, d.sampled());
    assertTrue(names.hasNext());
    assertEquals(
        Optional.of(FormatId.JELLYFIN),
        Formats.detect(List.of("A (2000) [1080p].mkv", "B [imdbid-tt1].mkv").iterator()).format());
  }

  @Test
  void detectionTakesTheMajorityAndATieCannotBeTold() {
    assertEquals(
        Optional.of(FormatId.JELLYFIN),
        Formats.detect(
                List.of("A (2000) - BD.mkv", "B (2001) - 4k.mkv", "C [1080p].mkv").iterator())
            .format());
    Detection tie = Formats.detect(List.of("A (2000) - BD.mkv", "C (2001) [1080p].mkv").iterator());
    assertEquals(Optional.empty(), tie.format());
    assertTrue(tie.explanation().contains("--source-format"), tie.explanation());
    assertEquals(Optional.empty(), Formats.detect(List.<String>of().iterator()).format());
    assertEquals(
        Optional.empty(), Formats.detect(List.of("A (2000).mkv", "B.mkv").iterator()).format());
  }

  // ------------------------------------------------------------------ facade

  @Test
  void theFacadeNamesEveryFormat() {
    assertEquals(List.of(FormatId.PLEX, FormatId.JELLYFIN), Formats.all());
    assertEquals(Optional.of(FormatId.JELLYFIN), Formats.byName("JellyFin"));
    assertEquals(Optional.empty(), Formats.byName("emby"));
    assertEquals(FormatId.JELLYFIN, Formats.opposite(FormatId.PLEX));
    assertEquals(FormatId.PLEX, Formats.opposite(FormatId.JELLYFIN));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> Formats.translator(FormatId.of("emby"), FormatId.PLEX));
    assertTrue(String.valueOf(unknown.getMessage()).contains("emby"), unknown.getMessage());
    assertEquals("imdb", FormatBase.providerKey("IMDb"));
    assertEquals(null, FormatBase.providerKey("youtube"));
    assertTrue(Formats.isVideoFileName("A.DVR-MS"));
    assertTrue(Formats.isVideoFileName("dir/A (2000).m2ts"));
    assertFalse(Formats.isVideoFileName("A.srt"));
    assertFalse(Formats.isVideoFileName(".mkv"));
    LibraryTranslator t = Codecs.translator(JELLYFIN, JELLYFIN);
    assertEquals(FormatId.JELLYFIN, t.source());
    assertEquals(FormatId.JELLYFIN, t.target());
  }

  @Test
  void everyIdIsWrittenForJellyfinAndReadInBothSpellings() {
    Movie m =
        JELLYFIN
            .readFolder("Pulp Fiction (1994) [TMDBID=680] [imdbid-tt0110912] [tvdbid-5]")
            .movie()
            .orElseThrow();
    assertEquals(
        "Pulp Fiction (1994) [imdbid-tt0110912] [tmdbid-680] [tvdbid-5]",
        JELLYFIN.writeFolder(m).name());
    assertEquals(
        "Pulp Fiction (1994) {imdb-tt0110912} {tmdb-680} {tvdb-5}", PLEX.writeFolder(m).name());
  }
}

package dev.jellyplex.demo;

import dev.jellyplex.demo.DemoEntry.Kind;
import dev.jellyplex.model.FormatId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Computes the folders and files of a demo library, without touching a filesystem.
 *
 * <p>Every random choice is drawn from a {@link SplittableRandom} seeded from a SHA-256 of the seed
 * text, one split per movie, in movie order, and never depends on the format or the include
 * switches: the same seed gives the same movies in Plex and Jellyfin naming, and switching extras
 * off leaves the other files as they were. Only membership tests use hash sets; nothing iterates
 * one.
 */
final class DemoLayout {
  private DemoLayout() {}

  // Tuned so that 5,000 movies with everything included give about 3.85 files and 1.4 folders
  // per movie, the shape of the reference benchmark library (see DemoLibrary's Javadoc).
  static final double P_SUBTITLES = 0.36;
  static final double P_POSTER = 0.55;
  static final double P_FANART = 0.35;
  static final double P_NFO = 0.35;
  static final double P_INLINE_EXTRA = 0.06;
  static final double P_EXTRAS_FOLDERS = 0.317;
  static final double P_DS_STORE = 0.05;
  static final double P_SHORT_PREFIX = 0.10;

  private static final List<String> EDITIONS_SINGLE =
      List.of("Extended", "Director's Cut", "Unrated", "Remastered", "Special Edition");
  private static final List<String> EDITIONS_OTHER =
      List.of("Director's Cut", "Extended Edition", "Unrated", "Final Cut");
  private static final String THEATRICAL = "Theatrical Cut";
  private static final List<String> PART_TOKENS = List.of("pt", "cd", "part");
  private static final List<String> SUBTITLE_TAGS =
      List.of("en", "de", "fr", "es", "en.forced", "de.forced", "it", "ja");
  private static final List<String> INLINE_EXTRAS =
      List.of(
          "Teaser-trailer",
          "Official Trailer-trailer",
          "On Set-behindthescenes",
          "Alternate Ending-deleted",
          "Cast Interview-interview",
          "Premiere-featurette");
  private static final List<String> GROUPS = List.of("Grp", "DEMO", "NoGrp", "XYZ");

  /** An extras folder kind: its spellings, and the names of the files it holds. */
  private record ExtrasKind(
      String plex, String plexAlt, String jellyfin, String jellyfinAlt, List<String> files) {}

  private static final ExtrasKind TRAILERS =
      new ExtrasKind(
          "Trailers", "trailers", "trailers", "trailers", List.of("Teaser", "Trailer 2", "Spot"));

  /** The kinds with their cumulative weights. */
  private static final List<ExtrasKind> EXTRAS_KINDS =
      List.of(
          TRAILERS,
          new ExtrasKind(
              "Behind The Scenes",
              "Behind The Scenes",
              "behind the scenes",
              "behind the scenes",
              List.of("Making of", "Production Photos", "On Location")),
          new ExtrasKind(
              "Other",
              "Other",
              "extras",
              "other",
              List.of("Making of", "Gag Reel", "Production Photos")),
          new ExtrasKind(
              "Featurettes",
              "Featurettes",
              "featurettes",
              "featurettes",
              List.of("The Look", "Music", "Stunts")),
          new ExtrasKind(
              "Deleted Scenes",
              "Deleted Scenes",
              "deleted scenes",
              "deleted scenes",
              List.of("Alternate Ending", "Extended Scene", "Opening")),
          new ExtrasKind(
              "Interviews",
              "Interviews",
              "interviews",
              "interviews",
              List.of("Director", "Cast", "Crew")));

  private static final double[] EXTRAS_WEIGHTS = {0.45, 0.65, 0.80, 0.90, 0.96, 1.0};

  /** A resolution as the model spells it, with a Plex alternative ({@code 4K} for 2160p). */
  private record Resolution(String plex, String plexAlt, String jellyfin) {}

  private static final Resolution R2160 = new Resolution("2160p", "4K", "4k");
  private static final Resolution R1080 = new Resolution("1080p", "1080p", "BD");
  private static final Resolution R720 = new Resolution("720p", "720p", "720p");
  private static final Resolution DVD = new Resolution("DVD", "DVD", "DVD");

  private record Video(
      @Nullable String edition,
      @Nullable Resolution resolution,
      boolean plexAltResolution,
      @Nullable String plexLabel,
      int part,
      String partToken,
      String extension) {}

  /** A Radarr-style release suffix; Plex libraries only (Jellyfin gets the plain name). */
  private record Release(String source, String codec, String group) {}

  private record ExtrasFolder(ExtrasKind kind, boolean alt, List<String> files) {}

  private record Movie(
      String title,
      int year,
      @Nullable String imdb,
      @Nullable String tmdb,
      boolean shortPrefix,
      List<Video> videos,
      @Nullable Release release,
      List<String> subtitles,
      double posterDraw,
      double fanartDraw,
      double nfoDraw,
      List<String> inlineExtras,
      List<ExtrasFolder> extrasFolders,
      boolean dsStore) {}

  /** Every folder and file of the library, parents before children, in a stable order. */
  static List<DemoEntry> entries(DemoOptions options) {
    SplittableRandom master = new SplittableRandom(seedOf(options.seed()));
    Set<String> folders = new HashSet<>();
    Set<String> ids = new HashSet<>();
    List<DemoEntry> out = new ArrayList<>(options.movies() * 6);
    for (int i = 0; i < options.movies(); i++) {
      Movie movie = movie(master.split(), folders, ids);
      render(movie, options, out);
    }
    return out;
  }

  /** A 64-bit seed from the first 8 bytes of SHA-256 over the seed's UTF-8 bytes. */
  static long seedOf(String seed) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  // ---- drawing (format-independent) ----

  private static Movie movie(SplittableRandom r, Set<String> folders, Set<String> ids) {
    String title;
    int year;
    String imdb;
    String tmdb;
    while (true) {
      title = DemoWords.title(r);
      year = Math.min(2025, 1920 + (int) (106 * Math.sqrt(r.nextDouble())));
      double idDraw = r.nextDouble();
      imdb = null;
      tmdb = null;
      if (idDraw < 0.80) {
        int bound = year >= 2012 ? 30_000_000 : 3_000_000;
        imdb = String.format(Locale.ROOT, "tt%07d", r.nextInt(1, bound));
      }
      if (idDraw < 0.30 || (idDraw >= 0.80 && idDraw < 0.88)) {
        tmdb = Integer.toString(r.nextInt(2, 1_400_000));
      }
      // Folder names must differ even ignoring case, and ids must be unique in the library.
      String key = title.toLowerCase(Locale.ROOT) + "\0" + year + "\0" + imdb + "\0" + tmdb;
      boolean idsFree =
          (imdb == null || !ids.contains("imdb-" + imdb))
              && (tmdb == null || !ids.contains("tmdb-" + tmdb));
      if (idsFree && !folders.contains(key)) {
        folders.add(key);
        if (imdb != null) {
          ids.add("imdb-" + imdb);
        }
        if (tmdb != null) {
          ids.add("tmdb-" + tmdb);
        }
        break;
      }
    }
    boolean shortPrefix = r.nextDouble() < P_SHORT_PREFIX;
    String extension = extension(r);
    List<Video> videos = new ArrayList<>();
    Release release = null;
    double shape = r.nextDouble();
    if (shape < 0.76) {
      // One video: plain, or with a resolution label, now and then an edition.
      Resolution res = singleResolution(r);
      String edition = r.nextDouble() < 0.04 ? DemoWords.pick(r, EDITIONS_SINGLE) : null;
      videos.add(video(r, edition, res, extension));
      if (r.nextDouble() < 0.04) {
        Resolution releaseRes = r.nextBoolean() ? R1080 : R2160;
        String source = DemoWords.pick(r, List.of("Bluray", "WEBDL", "Remux"));
        release =
            new Release(
                source + "-" + releaseRes.plex(),
                r.nextBoolean() ? "x265" : "x264",
                DemoWords.pick(r, GROUPS));
        videos.set(0, video(r, edition, releaseRes, extension));
      }
    } else if (shape < 0.84) {
      // Two editions, the same resolution.
      Resolution res = r.nextBoolean() ? null : R1080;
      videos.add(video(r, DemoWords.pick(r, EDITIONS_OTHER), res, extension));
      videos.add(video(r, THEATRICAL, res, extension));
    } else if (shape < 0.94) {
      // Versions in several resolutions.
      double set = r.nextDouble();
      List<Resolution> resolutions =
          set < 0.5
              ? List.of(R2160, R1080)
              : set < 0.75
                  ? List.of(R1080, DVD)
                  : set < 0.9 ? List.of(R2160, R1080, DVD) : List.of(R1080, R720);
      for (Resolution res : resolutions) {
        videos.add(video(r, null, res, extension));
      }
    } else if (shape < 0.96) {
      // Editions and versions together.
      videos.add(video(r, "Director's Cut", null, extension));
      videos.add(video(r, THEATRICAL, R1080, extension));
      videos.add(video(r, THEATRICAL, R2160, extension));
      if (r.nextBoolean()) {
        videos.add(video(r, THEATRICAL, DVD, extension));
      }
    } else {
      // A stacked movie in two or three parts, mostly old rips.
      int parts = r.nextDouble() < 0.8 ? 2 : 3;
      String token = DemoWords.pick(r, PART_TOKENS);
      Resolution res = r.nextBoolean() ? DVD : null;
      String stackExtension = r.nextDouble() < 0.6 ? ".avi" : extension;
      for (int p = 1; p <= parts; p++) {
        videos.add(new Video(null, res, false, null, p, token, stackExtension));
      }
    }

    List<String> subtitles = new ArrayList<>();
    if (r.nextDouble() < P_SUBTITLES) {
      int count = 1 + (r.nextDouble() < 0.4 ? 1 : 0) + (r.nextDouble() < 0.15 ? 1 : 0);
      boolean[] chosen = new boolean[SUBTITLE_TAGS.size()];
      for (int n = 0; n < count; n++) {
        chosen[r.nextInt(n == 0 ? 2 : SUBTITLE_TAGS.size())] = true;
      }
      for (int t = 0; t < chosen.length; t++) {
        if (chosen[t]) {
          subtitles.add(SUBTITLE_TAGS.get(t));
        }
      }
    }
    double posterDraw = r.nextDouble();
    double fanartDraw = r.nextDouble();
    double nfoDraw = r.nextDouble();

    List<String> inlineExtras = new ArrayList<>();
    if (r.nextDouble() < P_INLINE_EXTRA) {
      inlineExtras.add(DemoWords.pick(r, INLINE_EXTRAS) + (r.nextDouble() < 0.8 ? ".mkv" : ".mp4"));
    }

    List<ExtrasFolder> extrasFolders = new ArrayList<>();
    if (r.nextDouble() < P_EXTRAS_FOLDERS) {
      double c = r.nextDouble();
      int count = c < 0.70 ? 1 : c < 0.92 ? 2 : 3;
      boolean[] taken = new boolean[EXTRAS_KINDS.size()];
      for (int n = 0; n < count; n++) {
        int index = extrasKind(r);
        if (taken[index]) {
          continue; // fewer folders this time; keeps the draw count bounded
        }
        taken[index] = true;
        ExtrasKind kind = EXTRAS_KINDS.get(index);
        boolean alt = r.nextDouble() < 0.3;
        double f = r.nextDouble();
        int files = f < 0.55 ? 1 : f < 0.85 ? 2 : 3;
        List<String> names = new ArrayList<>();
        for (int k = 0; k < files; k++) {
          String base = k == 0 && index == 0 ? title : kind.files().get(k);
          names.add(base + (r.nextDouble() < 0.85 ? ".mkv" : ".mp4"));
        }
        extrasFolders.add(new ExtrasFolder(kind, alt, names));
      }
    }
    boolean dsStore = r.nextDouble() < P_DS_STORE;
    return new Movie(
        title,
        year,
        imdb,
        tmdb,
        shortPrefix,
        videos,
        release,
        subtitles,
        posterDraw,
        fanartDraw,
        nfoDraw,
        inlineExtras,
        extrasFolders,
        dsStore);
  }

  private static Video video(
      SplittableRandom r, @Nullable String edition, @Nullable Resolution res, String extension) {
    boolean alt = r.nextDouble() < 0.2;
    double l = r.nextDouble();
    String label = null;
    if (R2160.equals(res) && l < 0.25) {
      label = "HDR";
    } else if (R1080.equals(res) && l < 0.10) {
      label = "remux";
    }
    return new Video(edition, res, alt, label, 0, "", extension);
  }

  private static @Nullable Resolution singleResolution(SplittableRandom r) {
    double u = r.nextDouble();
    if (u < 0.55) {
      return null;
    } else if (u < 0.85) {
      return R1080;
    } else if (u < 0.93) {
      return R2160;
    } else if (u < 0.98) {
      return DVD;
    }
    return R720;
  }

  private static String extension(SplittableRandom r) {
    double u = r.nextDouble();
    return u < 0.85 ? ".mkv" : u < 0.95 ? ".mp4" : u < 0.97 ? ".m4v" : ".avi";
  }

  /** An index into {@link #EXTRAS_KINDS}. */
  private static int extrasKind(SplittableRandom r) {
    double u = r.nextDouble();
    for (int k = 0; k < EXTRAS_WEIGHTS.length - 1; k++) {
      if (u < EXTRAS_WEIGHTS[k]) {
        return k;
      }
    }
    return EXTRAS_WEIGHTS.length - 1;
  }

  // ---- rendering (format-specific) ----

  private static void render(Movie m, DemoOptions options, List<DemoEntry> out) {
    boolean plex = options.format().equals(FormatId.PLEX);
    String titleYear = m.title() + " (" + m.year() + ")";
    StringBuilder folderName = new StringBuilder(titleYear);
    if (m.imdb() != null) {
      folderName.append(plex ? " {imdb-" : " [imdbid-").append(m.imdb()).append(plex ? "}" : "]");
    }
    if (m.tmdb() != null) {
      folderName.append(plex ? " {tmdb-" : " [tmdbid-").append(m.tmdb()).append(plex ? "}" : "]");
    }
    String folder = folderName.toString();
    out.add(new DemoEntry(List.of(folder), Kind.FOLDER));

    List<String> stems = new ArrayList<>();
    for (Video v : m.videos()) {
      String stem =
          plex
              ? plexStem(m.shortPrefix() ? titleYear : folder, v, m.release())
              : jellyfinStem(folder, v);
      stems.add(stem);
      out.add(new DemoEntry(List.of(folder, stem + v.extension()), Kind.VIDEO));
    }
    if (options.subtitles()) {
      // Stacked movies have subtitles per part; otherwise only the first video has them.
      int withSubtitles = m.videos().get(0).part() > 0 ? stems.size() : 1;
      for (int i = 0; i < withSubtitles; i++) {
        for (String tag : m.subtitles()) {
          out.add(new DemoEntry(List.of(folder, stems.get(i) + "." + tag + ".srt"), Kind.FILE));
        }
      }
    }
    if (options.artwork()) {
      if (m.posterDraw() < P_POSTER) {
        out.add(new DemoEntry(List.of(folder, "poster.jpg"), Kind.FILE));
      }
      if (m.fanartDraw() < P_FANART) {
        out.add(new DemoEntry(List.of(folder, "fanart.jpg"), Kind.FILE));
      }
      if (m.nfoDraw() < P_NFO) {
        out.add(new DemoEntry(List.of(folder, "movie.nfo"), Kind.FILE));
      }
    }
    if (options.extras()) {
      for (String name : m.inlineExtras()) {
        out.add(new DemoEntry(List.of(folder, name), Kind.VIDEO));
      }
      for (ExtrasFolder e : m.extrasFolders()) {
        String sub =
            plex
                ? (e.alt() ? e.kind().plexAlt() : e.kind().plex())
                : (e.alt() ? e.kind().jellyfinAlt() : e.kind().jellyfin());
        out.add(new DemoEntry(List.of(folder, sub), Kind.FOLDER));
        for (String name : e.files()) {
          out.add(new DemoEntry(List.of(folder, sub, name), Kind.VIDEO));
        }
      }
    }
    if (options.hiddenFiles() && m.dsStore()) {
      out.add(new DemoEntry(List.of(folder, ".DS_Store"), Kind.FILE));
    }
  }

  private static String plexStem(String prefix, Video v, @Nullable Release release) {
    StringBuilder s = new StringBuilder(prefix);
    if (release != null) {
      // Radarr's naming: " - {edition-X} [Quality][Codec]-Group".
      if (v.edition() != null) {
        s.append(" - {edition-").append(v.edition()).append('}');
      }
      return s.append(" [")
          .append(release.source())
          .append("][")
          .append(release.codec())
          .append("]-")
          .append(release.group())
          .toString();
    }
    if (v.edition() != null) {
      s.append(" {edition-").append(v.edition()).append('}');
    }
    Resolution res = v.resolution();
    if (res != null) {
      s.append(" [").append(v.plexAltResolution() ? res.plexAlt() : res.plex()).append(']');
    }
    if (v.plexLabel() != null) {
      s.append(" [").append(v.plexLabel()).append(']');
    }
    if (v.part() > 0) {
      s.append(" - ").append(v.partToken()).append(v.part());
    }
    return s.toString();
  }

  private static String jellyfinStem(String folder, Video v) {
    StringBuilder label = new StringBuilder();
    Resolution res = v.resolution();
    if (res != null) {
      label.append(res.jellyfin());
    }
    if (v.edition() != null) {
      label.append(label.length() > 0 ? " " : "").append(v.edition());
    }
    StringBuilder s = new StringBuilder(folder);
    if (label.length() > 0) {
      s.append(" - ").append(label);
    }
    if (v.part() > 0) {
      s.append(" - ").append(v.partToken()).append(v.part());
    }
    return s.toString();
  }
}

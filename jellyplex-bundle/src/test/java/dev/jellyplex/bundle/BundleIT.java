package dev.jellyplex.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained bundle, end to end: {@code src/bundle/build-bundle.sh} builds it with the JDK
 * that runs the build, it is unpacked into a folder whose name has a space, and its launchers run
 * with no {@code java} on the {@code PATH}, no {@code JAVA_HOME} and no locale, from another folder
 * and through symbolic links. Skipped, with the script's reason, where the JDK cannot link a
 * runtime (no {@code jmods/} and no linking from its run-time image). Runs under Failsafe ({@code
 * ./mvnw verify}).
 */
class BundleIT {
  private static final Path JAR =
      Path.of(System.getProperty("jellyplex.jar", "../jellyplex-cli/target/jellyplex.jar"))
          .toAbsolutePath()
          .normalize();
  private static final Path SCRIPT =
      Path.of(System.getProperty("bundle.script", "src/bundle/build-bundle.sh"))
          .toAbsolutePath()
          .normalize();
  private static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");
  private static final long MAX_PACKED_BYTES = 50L * 1024 * 1024;
  private static final long TIMEOUT_SECONDS = 180;

  /**
   * Whether the bundle's runtime (this JVM's JDK) keeps an ahead-of-time cache: JDK 24 and later;
   * earlier ones a class-data-sharing archive.
   */
  private static final boolean AOT = Runtime.version().feature() >= 24;

  private static final String ARCHIVE = AOT ? "lib/jellyplex.aot" : "lib/jellyplex.jsa";

  @TempDir static Path tmp;

  /** The packed bundle, as built. */
  private static Path tarball = Path.of("unset");

  /** The unpacked bundle's top folder. */
  private static Path home = Path.of("unset");

  /** A folder with only bash and readlink: the PATH of every run of the bundle. */
  private static Path tools = Path.of("unset");

  /** The result of one process. */
  record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  @BeforeAll
  static void buildAndUnpack() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "the shaded jar exists (jellyplex-cli is built first)");
    Path out = tmp.resolve("out");
    Run build =
        run(
            tmp,
            new HashMap<>(System.getenv()),
            List.of(
                "bash",
                SCRIPT.toString(),
                "--jar",
                JAR.toString(),
                "--version",
                VERSION,
                "--out",
                out.toString(),
                "--jdk",
                System.getProperty("java.home")));
    if (build.exit() == 3) {
      abort(build.err().strip());
    }
    assertEquals(0, build.exit(), () -> "the bundle builds\n" + build);
    tarball = out.resolve("jellyplex-" + VERSION + "-linux-x86_64.tar.gz");
    assertEquals(tarball.toString(), build.out().strip(), "the script prints the tarball's path");

    Path unpacked = Files.createDirectories(tmp.resolve("un packed"));
    Run untar =
        run(
            tmp,
            new HashMap<>(System.getenv()),
            List.of("tar", "-C", unpacked.toString(), "-xzf", tarball.toString()));
    assertEquals(0, untar.exit(), untar::toString);
    home = unpacked.resolve("jellyplex-" + VERSION);

    tools = Files.createDirectories(tmp.resolve("tools"));
    for (String tool : List.of("bash", "readlink")) {
      Files.createSymbolicLink(tools.resolve(tool), which(tool));
    }
  }

  @Test
  void packedBundleIsSmallAndHoldsARuntimeWithoutDesktopModules() throws IOException {
    long size = Files.size(tarball);
    assertTrue(size < MAX_PACKED_BYTES, "packed bundle under 50 MB, is " + size + " bytes");
    for (String part :
        List.of(
            "bin/jellyplex",
            "bin/jellyplex-sync",
            "lib/jellyplex.jar",
            "lib/jvm.options",
            ARCHIVE,
            "runtime/bin/java")) {
      assertTrue(Files.exists(home.resolve(part)), part + " is in the bundle");
    }
    String other = AOT ? "lib/jellyplex.jsa" : "lib/jellyplex.aot";
    assertFalse(Files.exists(home.resolve(other)), other + ": one start-up archive, not two");
    assertTrue(Files.isExecutable(home.resolve("bin/jellyplex")), "the launcher is executable");
    String release = Files.readString(home.resolve("runtime/release"), StandardCharsets.UTF_8);
    assertTrue(release.contains("java.base"), release);
    assertFalse(release.contains("java.desktop"), "Jackson's optional modules are left out");
    assertEquals(
        Files.readString(SCRIPT.resolve("../../../../jvm.options").normalize()),
        Files.readString(home.resolve("lib/jvm.options")),
        "the bundle's JVM options are the checkout's jvm.options");
  }

  @Test
  void startsWithoutJavaThroughSymlinksFromAnyFolderAndMapsItsArchive() throws Exception {
    Path links = Files.createDirectories(tmp.resolve("links"));
    Path jp = Files.createSymbolicLink(links.resolve("jp"), home.resolve("bin/jellyplex"));
    Path sync =
        Files.createSymbolicLink(
            links.resolve("jellyplex-sync"), home.resolve("bin/jellyplex-sync"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

    Map<String, String> env = bareEnvironment();
    Run noJava =
        run(elsewhere, env, List.of(tools.resolve("bash").toString(), "-c", "command -v java"));
    assertEquals(1, noJava.exit(), () -> "no java on the PATH of these runs\n" + noJava);

    // -Xshare:on, -XX:AOTMode=on: the JVM refuses to start unless the bundle's archive maps, after
    // unpacking.
    env.put("JELLYPLEX_JAVA_OPTS", AOT ? "-XX:AOTMode=on" : "-Xshare:on");
    Run version = run(elsewhere, env, List.of(jp.toString(), "--version"));
    assertEquals(0, version.exit(), version::toString);
    assertTrue(version.out().startsWith("jp " + VERSION), version::toString);
    Run syncVersion = run(elsewhere, env, List.of(sync.toString(), "--version"));
    assertEquals(0, syncVersion.exit(), syncVersion::toString);
    assertTrue(syncVersion.out().startsWith("jellyplex-sync " + VERSION), syncVersion::toString);
  }

  @Test
  void demoRunsAndMirrorsWithHardlinks() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("demo-run"));
    Run demo =
        run(
            work,
            bareEnvironment(),
            List.of(home.resolve("bin/jellyplex").toString(), "demo", "--dir", "demo"));
    assertEquals(0, demo.exit(), demo::toString);
    assertTrue(demo.out().contains("jellyfin"), () -> "prints the mirror's tree\n" + demo);
    assertLinkedMirror(work.resolve("demo/plex"), work.resolve("demo/jellyfin"));
  }

  @Test
  void syncOfAGeneratedLibraryHardlinksEveryVideoAndDiffAgrees() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("sync-run"));
    String jellyplex = home.resolve("bin/jellyplex").toString();
    Map<String, String> env = bareEnvironment();
    Run generate =
        run(
            work,
            env,
            List.of(jellyplex, "generate", "--movies", "20", "--seed", "bundle", "plex"));
    assertEquals(0, generate.exit(), generate::toString);
    // A name the JVM can only read with a UTF-8 locale, and these runs have no locale at all.
    Path amelie = Files.createDirectories(work.resolve("plex/Amélie (2001)"));
    Files.createFile(amelie.resolve("Amélie (2001).mkv"));

    Run sync =
        run(
            work,
            env,
            List.of(
                home.resolve("bin/jellyplex-sync").toString(),
                "sync",
                "--create",
                "--json",
                "plex",
                "jellyfin"));
    assertEquals(0, sync.exit(), sync::toString);
    assertTrue(sync.out().strip().startsWith("{"), () -> "one JSON document\n" + sync);
    assertTrue(sync.out().contains("\"schema_version\""), sync::toString);
    Map<Long, Path> sourceVideos =
        assertLinkedMirror(work.resolve("plex"), work.resolve("jellyfin"));
    assertTrue(sourceVideos.size() >= 21, "at least one video per movie: " + sourceVideos);
    assertTrue(
        Files.isRegularFile(work.resolve("jellyfin/Amélie (2001)/Amélie (2001).mkv")),
        "a non-ASCII name read and written intact with no locale set");

    Run diff = run(work, env, List.of(jellyplex, "diff", "plex", "jellyfin"));
    assertEquals(0, diff.exit(), () -> "diff right after sync finds nothing\n" + diff);
  }

  /**
   * Asserts that every file in {@code mirror} is a hardlink of a file in {@code source} (same
   * inode) and that every video of the source is in the mirror; returns the source's videos by
   * inode.
   */
  private static Map<Long, Path> assertLinkedMirror(Path source, Path mirror) throws IOException {
    Map<Long, Path> sourceFiles = inodes(source);
    Map<Long, Path> mirrorFiles = inodes(mirror);
    assertFalse(mirrorFiles.isEmpty(), "the mirror has files");
    Set<Long> unlinked = new TreeSet<>(mirrorFiles.keySet());
    unlinked.removeAll(sourceFiles.keySet());
    assertTrue(
        unlinked.isEmpty(),
        () ->
            "files of the mirror that are no hardlink of a source file: "
                + unlinked.stream().map(mirrorFiles::get).collect(Collectors.toList()));
    Map<Long, Path> videos = new TreeMap<>();
    sourceFiles.forEach(
        (inode, path) -> {
          String name = path.getFileName().toString();
          if (name.endsWith(".mkv") || name.endsWith(".mp4") || name.endsWith(".m4v")) {
            videos.put(inode, path);
          }
        });
    Set<Long> missing = new TreeSet<>(videos.keySet());
    missing.removeAll(mirrorFiles.keySet());
    assertTrue(
        missing.isEmpty(),
        () ->
            "videos not in the mirror: "
                + missing.stream().map(videos::get).collect(Collectors.toList()));
    return videos;
  }

  /** Regular files under {@code root} by inode. */
  private static Map<Long, Path> inodes(Path root) throws IOException {
    Map<Long, Path> byInode = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        byInode.put((Long) Files.getAttribute(file, "unix:ino"), file);
      }
    }
    return byInode;
  }

  /** An environment with no java on the PATH, no JAVA_HOME and no locale. */
  private static Map<String, String> bareEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", tools.toString());
    env.put("HOME", tmp.toString());
    return env;
  }

  private static Path which(String tool) {
    for (String dir : List.of("/usr/bin", "/bin")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return fail("no " + tool + " in /usr/bin or /bin");
  }

  private static Run run(Path dir, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("timed out after " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}

package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writes on a real filesystem: permissions never widen, temporary files are private, data is on the
 * device before a rename, a shrinking source ends its copy (behavior §2, issue 13 item 6).
 */
class AtomicFilesTest {
  static final String HEAT = RealFilesystemTest.HEAT;
  static final String HEAT_J = RealFilesystemTest.HEAT_J;

  @TempDir Path tmp;

  @AfterEach
  void clearSeams() {
    AtomicFiles.outputSeam = null;
    AtomicFiles.afterFlush = null;
    AtomicFiles.beforeCommit = null;
  }

  private Path privateLibrary() throws IOException {
    Path src = tmp.resolve("plex");
    Path video = write(src, HEAT + "/" + HEAT + " [1080p].mkv", "heat video");
    Path poster = write(src, HEAT + "/poster.jpg", "poster");
    Files.setPosixFilePermissions(video, PosixFilePermissions.fromString("rw-------"));
    Files.setPosixFilePermissions(poster, PosixFilePermissions.fromString("rw-r-----"));
    Files.setPosixFilePermissions(src.resolve(HEAT), PosixFilePermissions.fromString("rwx------"));
    return src;
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  @ParameterizedTest
  @EnumSource(
      value = Materializer.class,
      names = {"HARDLINK", "COPY"})
  void aPrivateFileInAPrivateFolderStaysPrivate(Materializer m) throws IOException {
    Path src = privateLibrary();
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));

    assertTrue(JellyPlex.sync(src, tgt, P2J.withMaterializer(m)).successful());

    Path movie = tgt.resolve(HEAT_J);
    assertEquals("rwx------", mode(movie), "the created movie folder has its source's mode");
    assertEquals("rw-------", mode(movie.resolve(HEAT_J + " - BD.mkv")));
    assertEquals("rw-r-----", mode(movie.resolve("poster.jpg")));
  }

  @Test
  void createdCollectionAndSubfoldersTakeTheirSourceFoldersModes() throws IOException {
    Path src = tmp.resolve("plex");
    write(src, HEAT + "/" + HEAT + ".mkv", "v");
    write(src, HEAT + "/Featurettes/making of.mkv", "m");
    Files.setPosixFilePermissions(
        src.resolve(HEAT + "/Featurettes"), PosixFilePermissions.fromString("rwxr-x---"));
    Files.setPosixFilePermissions(src.resolve(HEAT), PosixFilePermissions.fromString("rwx--x--x"));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY));

    assertTrue(r.successful(), r.errors().toString());
    Path movie = tgt.resolve(HEAT_J);
    assertEquals("rwx--x--x", mode(movie));
    try (var list = Files.list(movie)) {
      Path sub = list.filter(Files::isDirectory).findFirst().orElseThrow();
      assertEquals("rwxr-x---", mode(sub), sub.toString());
    }
  }

  @Test
  void theTemporaryFileIsOwnerOnlyUntilComplete() throws IOException {
    Path src = tmp.resolve("plex");
    write(src, HEAT + "/" + HEAT + ".mkv", "heat video");
    Files.setPosixFilePermissions(
        src.resolve(HEAT + "/" + HEAT + ".mkv"), PosixFilePermissions.fromString("rw-r--r--"));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    List<String> whileWritten = Collections.synchronizedList(new ArrayList<>());
    List<String> committed = Collections.synchronizedList(new ArrayList<>());
    AtomicFiles.afterFlush = temp -> whileWritten.add(modeUnchecked(temp));
    AtomicFiles.beforeCommit = temp -> committed.add(modeUnchecked(temp));

    assertTrue(JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY)).successful());

    assertEquals(List.of("rw-------"), whileWritten);
    assertEquals(List.of("rw-r--r--"), committed, "complete: the source's mode");
  }

  private static String modeUnchecked(Path p) {
    try {
      return mode(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As root, copies and created folders belong to the source's owner and group. */
  @Test
  void asRootCopiesAndCreatedFoldersGetTheSourcesOwner() throws IOException {
    Os.assumeRoot(tmp);
    Path src = privateLibrary();
    Os.run("chown", "-R", "nobody:" + nogroup(), src.toString());
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));

    assertTrue(JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY)).successful());

    Path movie = tgt.resolve(HEAT_J);
    Path copy = movie.resolve(HEAT_J + " - BD.mkv");
    for (Path p : List.of(movie, copy)) {
      assertEquals("nobody", Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName(), p.toString());
      assertEquals(
          Files.getAttribute(src.resolve(HEAT), "unix:gid"),
          Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS),
          p.toString());
    }
    assertEquals("rw-------", mode(copy));
  }

  /**
   * What a new file starts with is read once per folder (AtomicFiles.NewFiles), what its source has
   * never: as root, copies in one folder from sources of different owners, groups and modes each
   * get their own source's, also in a target folder whose set-group-id bit gives new files its
   * group.
   */
  @Test
  void asRootEveryCopyInAFolderGetsItsOwnSourcesOwnerGroupAndMode() throws IOException {
    Os.assumeRoot(tmp);
    Path src = tmp.resolve("plex");
    Path video = write(src, HEAT + "/" + HEAT + " [1080p].mkv", "heat video");
    Path poster = write(src, HEAT + "/poster.jpg", "poster");
    Path nfo = write(src, HEAT + "/movie.nfo", "nfo");
    Os.run("chown", "nobody:" + nogroup(), video.toString());
    Os.run("chown", "root:root", poster.toString());
    Os.run("chown", "nobody:root", nfo.toString());
    Files.setPosixFilePermissions(video, PosixFilePermissions.fromString("rw-r-----"));
    Files.setPosixFilePermissions(poster, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(nfo, PosixFilePermissions.fromString("rw-------"));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    Path movie = Files.createDirectories(tgt.resolve(HEAT_J));
    Os.run("chown", "root:" + nogroup(), movie.toString());
    Os.run("chmod", "2775", movie.toString()); // new files here get the folder's group

    assertTrue(JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY)).successful());

    for (String[] expected :
        List.of(
            new String[] {HEAT_J + " - BD.mkv", "nobody", nogroup(), "rw-r-----"},
            new String[] {"poster.jpg", "root", "root", "rw-r--r--"},
            new String[] {"movie.nfo", "nobody", "root", "rw-------"})) {
      Path copy = movie.resolve(expected[0]);
      String owner = Os.run("stat", "-c", "%U %G", copy.toString()).trim();
      assertEquals(expected[1] + " " + expected[2], owner, copy.toString());
      assertEquals(expected[3], mode(copy), copy.toString());
    }
  }

  static String nogroup() throws IOException {
    return Os.run("id", "-gn", "nobody").trim();
  }

  /**
   * The seam sees the very channel the copy writes to: the data must have been forced before the
   * temporary file is renamed onto its final name, and nothing written after the force.
   */
  @Test
  void theDataIsForcedToTheDeviceBeforeTheRename() throws IOException {
    Path src = tmp.resolve("plex");
    write(src, HEAT + "/" + HEAT + ".mkv", "heat video");
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    List<RecordingChannel> channels = Collections.synchronizedList(new ArrayList<>());
    List<Boolean> forcedAtCommit = Collections.synchronizedList(new ArrayList<>());
    AtomicFiles.outputSeam =
        real -> {
          RecordingChannel c = new RecordingChannel(real, () -> {});
          channels.add(c);
          return c;
        };
    AtomicFiles.beforeCommit = temp -> forcedAtCommit.add(channels.get(0).forced);

    assertTrue(JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY)).successful());

    assertEquals(1, channels.size());
    assertEquals(List.of(true), forcedAtCommit, "forced before the rename");
    assertFalse(channels.get(0).writtenAfterForce);
    assertEquals("heat video", Files.readString(tgt.resolve(HEAT_J + "/" + HEAT_J + ".mkv")));
  }

  /**
   * A source that shrinks while it is copied (a download manager rewrites it) ends the copy: the
   * copy loop must stop when nothing more can be read, not spin while it holds the lock.
   */
  @Test
  void aSourceThatShrinksMidCopyEndsTheCopy() throws IOException {
    Path src = tmp.resolve("plex");
    Path video = write(src, HEAT + "/" + HEAT + ".mkv", "x".repeat(200_000));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    AtomicFiles.outputSeam =
        real ->
            new RecordingChannel(
                real,
                () -> {
                  try (FileChannel c =
                      FileChannel.open(video, java.nio.file.StandardOpenOption.WRITE)) {
                    c.truncate(10_000);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });

    SyncReport r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY)));

    assertTrue(r.successful(), r.errors().toString());
    long copied = Files.size(tgt.resolve(HEAT_J + "/" + HEAT_J + ".mkv"));
    assertTrue(copied < 200_000, "the copy ends where the source did: " + copied);
  }

  /**
   * {@code import} across filesystems (staging on a tmpfs, library on disk) moves by a copy that is
   * flushed, and only then removes the staged file.
   */
  @Test
  void importAcrossFilesystemsFlushesTheCopyBeforeRemovingTheSource() throws IOException {
    Path shm = Path.of("/dev/shm");
    assumeTrue(Files.isDirectory(shm), "needs /dev/shm (a tmpfs)");
    Path staging = Files.createTempDirectory(shm, "jellyplex-staging");
    try {
      assumeTrue(
          !Files.getFileStore(staging).equals(Files.getFileStore(tmp)),
          "/dev/shm and the temporary folder are one filesystem here");
      Path staged = write(staging, HEAT + "/" + HEAT + ".mkv", "heat video");
      Path library = Files.createDirectories(tmp.resolve("plex"));
      List<Boolean> sourceThereWhenForced = Collections.synchronizedList(new ArrayList<>());
      AtomicFiles.outputSeam =
          real ->
              new RecordingChannel(real, () -> {}) {
                @Override
                public void force(boolean metaData) throws IOException {
                  super.force(metaData);
                  sourceThereWhenForced.add(Files.exists(staged));
                }
              };

      SyncReport r =
          JellyPlex.importFiles(
              staging,
              library,
              ImportOptions.builder()
                  .sourceFormat(FormatId.PLEX)
                  .targetFormat(FormatId.PLEX)
                  .build(),
              SyncListener.NONE);

      assertTrue(r.errors().isEmpty(), r.errors().toString());
      assertEquals(List.of(true), sourceThereWhenForced, "flushed while the source still exists");
      assertFalse(Files.exists(staged), "then the staged file is gone");
      assertEquals("heat video", Files.readString(library.resolve(HEAT + "/" + HEAT + ".mkv")));
    } finally {
      Lib.deleteTree(staging);
    }
  }
}

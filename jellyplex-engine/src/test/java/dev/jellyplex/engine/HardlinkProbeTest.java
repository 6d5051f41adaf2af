package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.P2J;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardlink probe through the public API (whichever class runs it): one real link tried before
 * the first write catches what comparing filesystems cannot, and a dry run never writes it.
 */
class HardlinkProbeTest {
  static final String HEAT = RealFilesystemTest.HEAT;
  static final String HEAT_J = RealFilesystemTest.HEAT_J;

  @TempDir Path tmp;

  /**
   * As root: a target on a bind mount of the source's own disk. Both report the same filesystem,
   * yet {@code link(2)} refuses to cross the mount: the probe turns that into one setup error
   * naming {@code --copy} before anything is written, not one error per file.
   */
  @Test
  void aBindMountedTargetOfTheSameDiskIsRefusedUpFront() throws IOException {
    Os.assumeRoot(tmp);
    Path src = tmp.resolve("plex");
    write(src, HEAT + "/" + HEAT + ".mkv", "v");
    Path real = Files.createDirectories(tmp.resolve("elsewhere"));
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    try (Os.Mounts mounts = new Os.Mounts()) {
      mounts.bind(real, tgt);

      SetupException e = assertThrows(SetupException.class, () -> JellyPlex.sync(src, tgt, P2J));

      assertTrue(String.valueOf(e.getMessage()).contains("--copy"), e.getMessage());
      try (var list = Files.list(tgt)) {
        assertEquals(0, list.count(), "nothing was written");
      }
      assertTrue(JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY)).successful());
    }
  }

  /** A dry run writes nothing into the target, not even the probe's link (the folder's mtime). */
  @Test
  void aDryRunDoesNotProbe() throws IOException {
    Path src = tmp.resolve("plex");
    write(src, HEAT + "/" + HEAT + ".mkv", "v");
    Path tgt = Files.createDirectories(tmp.resolve("jellyfin"));
    FileTime past = FileTime.fromMillis(1_500_000_000_000L);
    Files.setLastModifiedTime(tgt, past);

    SyncReport r = JellyPlex.sync(src, tgt, P2J.withDryRun(true));

    assertEquals(1, r.events().size(), r.events().toString());
    assertEquals(past, Files.getLastModifiedTime(tgt, LinkOption.NOFOLLOW_LINKS));
  }

  /** The guards run in realize too: a plan whose target was moved inside its source is refused. */
  @Test
  void aPlanWhoseTargetOverlapsTheSourceIsRefusedByRealize() throws IOException {
    Path src = tmp.resolve("plex");
    write(src, HEAT + "/" + HEAT + ".mkv", "v");
    Plan plan = JellyPlex.plan(src, tmp.resolve("jellyfin"), P2J);
    Plan inside = ImmutablePlan.builder().from(plan).target(src.resolve("mirror")).build();
    Plan same = ImmutablePlan.builder().from(plan).target(src).build();
    Plan around = ImmutablePlan.builder().from(plan).target(tmp).build();
    SyncOptions delete = P2J.withDelete(true).withCreate(true);

    for (Plan p : new Plan[] {inside, same, around}) {
      assertThrows(
          SetupException.class,
          () -> JellyPlex.realize(p, delete, SyncListener.NONE),
          p.target().toString());
    }
    assertTrue(Files.exists(src.resolve(HEAT + "/" + HEAT + ".mkv")));
    assertTrue(Files.notExists(src.resolve("mirror")));
  }

  /** A copy needs no hardlink: a copy run across filesystems (tmpfs to ext4) is never probed. */
  @Test
  void aCopyAcrossFilesystemsIsNotProbedAndSucceeds() throws IOException {
    Path shm = Path.of("/dev/shm");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(shm), "no /dev/shm");
    Path src = Files.createTempDirectory(shm, "jellyplex-probe");
    try {
      write(src, HEAT + "/" + HEAT + ".mkv", "video");
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.getFileStore(src).equals(Files.getFileStore(tmp)), "one filesystem");
      Path tgt = tmp.resolve("jellyfin");

      SyncReport r =
          JellyPlex.sync(src, tgt, P2J.withMaterializer(Materializer.COPY).withCreate(true));

      assertTrue(r.successful(), r.errors().toString());
      assertEquals("video", Files.readString(tgt.resolve(HEAT_J + "/" + HEAT_J + ".mkv")));
    } finally {
      AtomicFiles.deleteQuietly(src);
    }
  }

  /** As root: a target the run made itself is removed again when the probe refuses the mirror. */
  @Test
  void aTargetTheRunCreatedIsRemovedWhenTheProbeRefuses() throws IOException {
    Os.assumeRoot(tmp);
    Path src = tmp.resolve("plex");
    write(src, HEAT + "/" + HEAT + ".mkv", "v");
    Path real = Files.createDirectories(tmp.resolve("elsewhere"));
    Path mount = Files.createDirectories(tmp.resolve("mnt"));
    try (Os.Mounts mounts = new Os.Mounts()) {
      mounts.bind(real, mount);
      Path tgt = mount.resolve("jellyfin");

      assertThrows(SetupException.class, () -> JellyPlex.sync(src, tgt, P2J.withCreate(true)));

      assertTrue(Files.notExists(tgt), "the target the run made is gone again");
    }
  }

  /** realize checks the source and the target again: either may be gone since the plan was made. */
  @Test
  void realizeRefusesAPlanWhoseSourceOrTargetIsGone() throws IOException {
    Path src = tmp.resolve("plex");
    write(src, HEAT + "/" + HEAT + ".mkv", "v");
    Path tgt = tmp.resolve("jellyfin");
    Plan plan = JellyPlex.plan(src, tgt, P2J);

    SetupException noTarget =
        assertThrows(SetupException.class, () -> JellyPlex.realize(plan, P2J));
    assertTrue(String.valueOf(noTarget.getMessage()).contains("--create"), noTarget.getMessage());
    assertTrue(Files.notExists(tgt), "not made without create");

    Files.move(src, tmp.resolve("plex-unmounted"));
    SetupException noSource =
        assertThrows(SetupException.class, () -> JellyPlex.realize(plan, P2J.withCreate(true)));
    assertTrue(
        String.valueOf(noSource.getMessage()).contains(src.toString()), noSource.getMessage());
    assertTrue(Files.notExists(tgt), "nothing made for a source that is gone");
  }
}

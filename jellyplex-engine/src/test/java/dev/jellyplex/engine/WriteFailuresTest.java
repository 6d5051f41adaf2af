package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.tree;
import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Feature;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a write that fails, or that lands where it cannot do what it usually does, leaves behind:
 * never a temporary file, never an overwritten or removed file it was not meant to touch.
 */
class WriteFailuresTest {
  private final FileSystem fs = Lib.jimfs();

  @AfterEach
  void close() throws IOException {
    AtomicFiles.afterFlush = null;
    fs.close();
  }

  private static Set<String> temporaries(Path dir) throws IOException {
    return tree(dir).stream()
        .filter(n -> n.contains(Scanner.TEMP_PREFIX))
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void aCopyThatCannotBeRenamedOntoItsNameLeavesNoTemporary() throws IOException {
    Path src = write(fs.getPath("/src"), "a.mkv", "video");
    Path dir = fs.getPath("/dst");
    write(dir, "a.mkv/inside.txt", "a folder stands at the name");

    assertThrows(IOException.class, () -> AtomicFiles.copy(src, dir.resolve("a.mkv")));

    assertEquals(Set.of(), temporaries(dir));
    assertEquals("a folder stands at the name", Files.readString(dir.resolve("a.mkv/inside.txt")));
  }

  @Test
  void aCopyThatFailsUnexpectedlyLeavesNoTemporary() throws IOException {
    Path src = write(fs.getPath("/src"), "a.mkv", "video");
    Path dir = Files.createDirectories(fs.getPath("/dst"));
    IllegalStateException boom = new IllegalStateException("a provider's unchecked failure");
    AtomicFiles.afterFlush =
        temp -> {
          throw boom;
        };

    assertSame(
        boom,
        assertThrows(
            IllegalStateException.class, () -> AtomicFiles.copy(src, dir.resolve("a.mkv"))));

    assertEquals(Set.of(), tree(dir));
  }

  @Test
  void aCopyThatMustNotOverwriteKeepsWhatIsThereAndLeavesNoTemporary() throws IOException {
    Path src = write(fs.getPath("/src"), "a.mkv", "new");
    Path dir = fs.getPath("/dst");
    Path dst = write(dir, "a.mkv", "already there");

    assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.copy(src, dst, false));

    assertEquals("already there", Files.readString(dst));
    assertEquals(Set.of("a.mkv"), tree(dir));
  }

  @Test
  void withoutHardlinksACopyThatMustNotOverwriteIsRenamedIntoPlace() throws IOException {
    // Some FUSE and SMB mounts have no hardlinks: the atomic no-overwrite step is then a rename.
    try (FileSystem noLinks =
        Jimfs.newFileSystem(
            Configuration.unix().toBuilder()
                .setSupportedFeatures(Feature.FILE_CHANNEL, Feature.SYMBOLIC_LINKS)
                .build())) {
      Path src = write(noLinks.getPath("/src"), "a.mkv", "video");
      Path dir = Files.createDirectories(noLinks.getPath("/dst"));
      Path dst = dir.resolve("a.mkv");

      assertEquals(5, AtomicFiles.copy(src, dst, false));
      assertEquals("video", Files.readString(dst));
      assertEquals(Set.of("a.mkv"), tree(dir));

      Path again = write(noLinks.getPath("/src"), "b.mkv", "other");
      assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.copy(again, dst, false));
      assertEquals("video", Files.readString(dst));
      assertEquals(Set.of("a.mkv"), tree(dir));
    }
  }

  @Test
  void aFileWhereAFolderMustBeMadeIsReportedByItsName() throws IOException {
    Path sourceRoot = fs.getPath("/src");
    Path sourceDir = Files.createDirectories(sourceRoot.resolve("Heat/Extras"));
    Path targetRoot = fs.getPath("/dst");
    Path inTheWay = write(targetRoot, "Heat", "a file, not a folder");

    FileAlreadyExistsException e =
        assertThrows(
            FileAlreadyExistsException.class,
            () ->
                AtomicFiles.createFolders(
                    targetRoot.resolve("Heat/Extras"), sourceDir, targetRoot, sourceRoot));

    assertEquals(inTheWay.toString(), e.getFile());
    assertEquals("a file, not a folder", Files.readString(inTheWay));
  }

  @Test
  void withoutAUnixViewNoOwnerIsCopied() throws IOException {
    // Only the unix view tells that this process runs as root; without it, owners are left alone.
    try (FileSystem posixOnly =
        Jimfs.newFileSystem(
            Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix")
                .build())) {
      Path src = write(posixOnly.getPath("/src"), "a.mkv", "video");
      UserPrincipal alice =
          posixOnly.getUserPrincipalLookupService().lookupPrincipalByName("alice");
      Files.setOwner(src, alice);
      Path dir = Files.createDirectories(posixOnly.getPath("/dst"));
      Path dst = dir.resolve("a.mkv");
      UserPrincipal mine = Files.getOwner(dir);

      AtomicFiles.copy(src, dst);

      assertEquals(mine, Files.getOwner(dst));
      assertFalse(alice.equals(Files.getOwner(dst)));
    }
  }

  @Test
  void aCopyImportNeverRemovesAStagedFileTheTargetAlreadyLinks() throws IOException {
    Path staging = fs.getPath("/downloads");
    Path library = Files.createDirectories(fs.getPath("/media/plex"));
    Path staged = write(staging, "Alien (1979).mkv", "alien");
    Files.createDirectories(library.resolve("Alien (1979)"));
    Files.createLink(library.resolve("Alien (1979)/Alien (1979).mkv"), staged);

    SyncReport r =
        JellyPlex.importFiles(
            staging, library, ImportTest.PLEX.withMaterializer(Materializer.COPY));

    assertTrue(r.errors().isEmpty(), r.errors().toString());
    assertEquals(List.of(Action.SKIP), r.events().stream().map(Event::action).toList());
    assertEquals("alien", Files.readString(staged), "a copy import keeps the staged file");
  }

  @Test
  void anImportIntoAMovieFolderThatIsAFileReportsItAndKeepsBoth() throws IOException {
    Path staging = fs.getPath("/downloads");
    Path library = Files.createDirectories(fs.getPath("/media/plex"));
    Path staged = write(staging, "Alien (1979).mkv", "alien");
    Path inTheWay = write(library, "Alien (1979)", "a file where the movie folder goes");

    SyncReport r = JellyPlex.importFiles(staging, library, ImportTest.PLEX);

    assertEquals(1, r.errors().size(), r.errors().toString());
    assertEquals(FileError.Kind.IN_THE_WAY, r.errors().get(0).kind());
    assertTrue(r.errors().get(0).reason().contains("not a folder"), r.errors().toString());
    assertEquals("alien", Files.readString(staged));
    assertEquals("a file where the movie folder goes", Files.readString(inTheWay));
  }

  @Test
  void aCopyIsStampedWithTheTimeReadWhenPlanningSoAChangedSourceIsCopiedAgain() throws IOException {
    Path src = fs.getPath("/plex");
    Path tgt = fs.getPath("/jellyfin");
    String heat = RealFilesystemTest.HEAT;
    Path video = write(src, heat + "/" + heat + ".mkv", "first");
    FileTime planned = Files.getLastModifiedTime(video);
    SyncOptions copy = Lib.P2J.withMaterializer(Materializer.COPY).withCreate(true);

    SyncReport first =
        JellyPlex.sync(
            src,
            tgt,
            copy,
            new SyncListener() {
              @Override
              public void started(long files, long bytes) {
                try { // the source changes after it was read, before it is copied
                  Files.writeString(video, "second");
                  Files.setLastModifiedTime(
                      video, FileTime.fromMillis(planned.toMillis() + 60_000));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            });
    assertTrue(first.successful(), first.errors().toString());
    Set<String> mirrored = tree(tgt);
    assertEquals(1, mirrored.size(), mirrored.toString());
    Path copied = tgt.resolve(mirrored.iterator().next());
    assertEquals(planned, Files.getLastModifiedTime(copied));

    SyncReport second = JellyPlex.sync(src, tgt, copy);
    assertEquals(List.of(Action.REPLACE), second.events().stream().map(Event::action).toList());
    assertEquals(Files.getLastModifiedTime(video), Files.getLastModifiedTime(copied));
  }
}

package dev.jellyplex.engine;

import static dev.jellyplex.engine.Lib.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that repeat from folder to folder are kept once; the listing reads the same. */
class NameCacheTest {
  @TempDir Path tmp;

  @Test
  void aRepeatedShortNameIsOneStringALongOneIsLeftAlone() {
    NameCache cache = new NameCache();
    String first = new String("poster.jpg");
    String again = new String("poster.jpg");
    assertSame(first, cache.of(first));
    assertSame(first, cache.of(again), "the string given out before");
    String video = "The Lord of the Rings - The Fellowship of the Ring (2001).mkv";
    assertSame(video, cache.of(video));
    assertNotSame(video, cache.of(new String(video)), "long names are not kept");
  }

  @Test
  void onlySoManyNamesAreKept() {
    NameCache cache = new NameCache();
    for (int i = 0; i < 20_000; i++) {
      cache.of("file " + i + ".nfo");
    }
    String late = new String("file 19999.nfo");
    assertNotSame(cache.of("file 19999.nfo"), cache.of(late), "past the bound nothing is kept");
    String early = new String("file 1.nfo");
    assertEquals("file 1.nfo", cache.of(early));
    assertNotSame(early, cache.of(early), "an early name still comes back as the kept one");
  }

  @Test
  void movieFoldersListedTogetherShareTheirRepeatedNames() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("plex"));
    write(src, "Heat (1995)/Heat (1995).mkv", "v");
    write(src, "Heat (1995)/poster.jpg", "p");
    write(src, "Alien (1979)/Alien (1979).mkv", "v");
    write(src, "Alien (1979)/poster.jpg", "p");
    Discovery.Listing listing = Discovery.discover(src);
    assertEquals(2, listing.folders().size());
    FileTable alien = listing.folders().get(0).files();
    FileTable heat = listing.folders().get(1).files();
    assertEquals(java.util.List.of("Alien (1979).mkv", "poster.jpg"), alien.names());
    assertEquals(java.util.List.of("Heat (1995).mkv", "poster.jpg"), heat.names());
    assertSame(alien.name(1), heat.name(1));
  }
}

// Mirrors a generated Jellyfin demo library into Plex naming with hardlinks, then shows a no-op
// re-sync, a dry run with --delete after a movie left the source, and the real run.
// Run from the repository root, after ./mvnw -q -DskipTests package:
//   jshell --class-path jellyplex-cli/target/jellyplex.jar examples/jshell/sync.jsh
import dev.jellyplex.engine.*
import dev.jellyplex.demo.*
import java.nio.file.*

var work = Files.createTempDirectory("jellyplex-sync")
var jellyfin = work.resolve("jellyfin")
var plex = work.resolve("plex")
DemoLibrary.generate(jellyfin, DemoOptions.jellyfin(20).withSeed("jshell"))

var progress = new SyncListener() {
  int movies;
  public void movieStarted(String folder) { movies++; }
  public void error(FileError e) { System.out.println("error: " + e); }
}

var first = JellyPlex.sync(jellyfin, plex, SyncOptions.defaults().withCreate(true), progress)
System.out.println("First sync: " + first.moviesProcessed() + " of " + first.moviesTotal() + " movies, " + first.filesUpdated() + " files linked, listener saw " + progress.movies + " movies")

var second = JellyPlex.sync(jellyfin, plex)
System.out.println("Second sync: " + second.filesUpdated() + " files updated, " + second.events().stream().filter(e -> e.action() == Action.SKIP).count() + " skipped")

// A movie leaves the source library.
var gone = first.plan().movies().get(0).sourceFolder()
try (var walk = Files.walk(jellyfin.resolve(gone))) { walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
System.out.println("Removed from the source: " + gone)

var preview = JellyPlex.sync(jellyfin, plex, SyncOptions.defaults().withDelete(true).withDryRun(true))
System.out.println("Dry run would remove " + preview.filesRemoved() + " files; target untouched: " + Files.exists(plex.resolve(first.plan().movies().get(0).targetFolder())))

var cleanup = JellyPlex.sync(jellyfin, plex, SyncOptions.defaults().withDelete(true))
System.out.println("With --delete: " + cleanup.filesRemoved() + " files removed, " + cleanup.moviesTotal() + " movies in the mirror")
System.out.println("In sync: " + JellyPlex.diff(jellyfin, plex).inSync())

try (var walk = Files.walk(work)) { walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
/exit

// Plans a Jellyfin mirror of a generated Plex demo library and looks at the plan.
// Run from the repository root, after ./mvnw -q -DskipTests package:
//   jshell --class-path jellyplex-cli/target/jellyplex.jar examples/jshell/plan.jsh
// (Delete the /exit line at the end to keep exploring `plan` interactively.)
import dev.jellyplex.engine.*
import dev.jellyplex.demo.*
import dev.jellyplex.formats.*
import java.nio.file.*

var work = Files.createTempDirectory("jellyplex-plan")
var plex = work.resolve("plex")
var demo = DemoLibrary.generate(plex, DemoOptions.plex(20))
System.out.println("Generated " + demo.movies() + " movies, " + demo.files() + " files")

var plan = JellyPlex.plan(plex, work.resolve("jellyfin"))
System.out.println("Plan: " + plan.sourceFormat().name() + " -> " + plan.targetFormat().name() + ", " + plan.movies().size() + " movies")

plan.movies().stream().limit(5).forEach(m -> System.out.println(m.sourceFolder() + "\n  -> " + m.targetFolder()))

plan.movies().stream().flatMap(m -> m.files().stream()).filter(f -> f.role() == FileRole.VIDEO && !f.source().equals(f.target())).limit(5).forEach(f -> System.out.println("rename: " + f.source() + "\n    to: " + f.target()))

plan.losses().forEach(l -> System.out.println("loss: " + l.kind() + " " + l.value()))
plan.ignored().forEach(i -> System.out.println("ignored: " + i.relativePath() + " (" + i.reason() + ")"))
System.out.println("Clashes: " + (plan.folderClashes().size() + plan.movieClashes().size()))

try (var walk = Files.walk(work)) { walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
/exit

package dev.jellyplex.engine;

import dev.jellyplex.formats.Detection;
import dev.jellyplex.formats.LibraryTranslator;
import dev.jellyplex.model.FormatId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Wires discovery, planning, realizing, comparing and importing to one set of name codecs. */
final class Engine {
  /** A plan and the source attributes discovery read while making it. */
  record Planned(Plan plan, Discovery.SourceAttributes sourceAttributes) {}

  private final Naming naming;

  Engine(Naming naming) {
    this.naming = naming;
  }

  static Engine standard() {
    return new Engine(Naming.FORMATS);
  }

  Planned planned(Path source, Path target, SyncOptions options) throws IOException {
    Guards.requireSourceFolder(source, "source");
    Guards.requireSeparate(source, target, "source", "target");
    Discovery.Listing listing = Discovery.discover(source);
    if (options.delete()
        && options.sourceFormat().isEmpty()
        && !Planner.videoFileNames(listing, naming).hasNext()) {
      throw Guards.noMovieInSource(source); // before "cannot tell the naming format"
    }
    FormatId src =
        options.sourceFormat().isPresent()
            ? options.sourceFormat().get()
            : detect(source, Planner.videoFileNames(listing, naming));
    FormatId tgt =
        options.targetFormat().isPresent() ? options.targetFormat().get() : opposite(src);
    LibraryTranslator translator = translator(src, tgt);
    Plan plan = Planner.plan(listing, target, src, tgt, translator);
    return new Planned(plan, listing.attributes());
  }

  /**
   * Detects a library's format, listing movie folders one at a time and only as far as detection
   * asks for more names.
   */
  Detection detect(Path library) throws IOException {
    Guards.requireSourceFolder(library, "library");
    List<String> folders = new ArrayList<>();
    FileTable top = Scanner.table(library);
    for (int i = 0; i < top.size(); i++) {
      if (top.entry(i).isDirectory() && !Scanner.isHiddenOrSystem(top.name(i))) {
        folders.add(top.name(i));
      }
    }
    Iterator<String> names =
        folders.stream()
            .flatMap(
                f -> {
                  try {
                    FileTable files = Scanner.table(library.resolve(f));
                    return java.util.stream.IntStream.range(0, files.size())
                        .filter(i -> files.entry(i).isFile())
                        .mapToObj(files::name);
                  } catch (IOException e) {
                    return java.util.stream.Stream.empty(); // unreadable: no hint from it
                  }
                })
            .filter(naming::isVideoFileName)
            .iterator();
    return naming.detect(names);
  }

  FormatId detect(Path library, Iterator<String> videoNames) throws SetupException {
    Detection d = naming.detect(videoNames);
    if (d.format().isPresent()) {
      return d.format().get();
    }
    throw new SetupException(
        "cannot tell the naming format of "
            + library
            + ": "
            + d.explanation()
            + "; name it with --source-format plex or --source-format jellyfin");
  }

  FormatId opposite(FormatId source) throws SetupException {
    try {
      return naming.opposite(source);
    } catch (IllegalArgumentException e) {
      throw new SetupException(
          "no default target format for " + source.name() + ": name it with --target-format");
    }
  }

  LibraryTranslator translator(FormatId source, FormatId target) throws SetupException {
    try {
      return naming.translator(source, target);
    } catch (IllegalArgumentException e) {
      throw new SetupException("unknown format: " + e.getMessage());
    }
  }

  Plan plan(Path source, Path target, SyncOptions options) throws IOException {
    return planned(source, target, options).plan();
  }

  SyncReport sync(Path source, Path target, SyncOptions options, SyncListener listener)
      throws IOException {
    Guards.requireTargetFolder(target, options.create());
    Planned p = planned(source, target, options);
    return Realizer.realize(p.plan(), options, listener, p.sourceAttributes());
  }

  SyncReport realize(Plan plan, SyncOptions options, SyncListener listener) throws IOException {
    return Realizer.realize(plan, options, listener, Discovery.SourceAttributes.NONE);
  }

  DiffReport diff(Path source, Path target, SyncOptions options) throws IOException {
    Guards.requireTargetFolder(target, false);
    Planned p = planned(source, target, options);
    return LibraryComparator.compare(p.plan(), options.materializer(), p.sourceAttributes());
  }

  ImportReport importFiles(Path staging, Path target, ImportOptions options, SyncListener listener)
      throws IOException {
    return Importer.run(this, naming, staging, target, options, listener);
  }
}

package dev.jellyplex.cli;

import dev.jellyplex.demo.DemoSummary;
import dev.jellyplex.engine.Action;
import dev.jellyplex.engine.DiffReport;
import dev.jellyplex.engine.Event;
import dev.jellyplex.engine.FileError;
import dev.jellyplex.engine.MovieDifference;
import dev.jellyplex.engine.Plan;
import dev.jellyplex.engine.PlannedMovie;
import dev.jellyplex.engine.SyncReport;
import dev.jellyplex.formats.FileMapping;
import dev.jellyplex.formats.FileRole;
import dev.jellyplex.model.FolderClash;
import dev.jellyplex.model.FormatId;
import dev.jellyplex.model.IgnoredEntry;
import dev.jellyplex.model.TranslationLoss;
import dev.jellyplex.model.VideoClash;
import dev.jellyplex.notify.Notification;
import dev.jellyplex.watch.Batch;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@code --json} documents as ordered maps with snake_case keys. The shape is published
 * in {@code docs/jellyplex.schema.json}; tests validate every document against it.
 */
final class JsonDocuments {
  /** Bumped whenever a key is removed or changes meaning; new keys do not bump it. */
  static final int SCHEMA_VERSION = 1;

  private JsonDocuments() {}

  static Map<String, Object> sync(SyncReport report, int exitCode) {
    return sync(report, exitCode, List.of());
  }

  static Map<String, Object> sync(
      SyncReport report, int exitCode, List<Notification> notifications) {
    Plan plan = report.plan();
    Map<String, Object> doc = header("sync", exitCode, plan.source(), plan.sourceFormat());
    doc.put("target", endpoint(plan.target(), plan.targetFormat()));
    doc.put("dry_run", report.dryRun());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("movies_total", report.moviesTotal());
    summary.put("movies_processed", report.moviesProcessed());
    summary.put("files_updated", report.filesUpdated());
    summary.put("files_removed", report.filesRemoved());
    summary.put("items_ignored", plan.ignored().size());
    summary.put("strays_in_target", report.strays().size());
    summary.put("clashes", Counts.clashes(plan));
    summary.put("errors", report.errors().size() + plan.errors().size());
    summary.put("kept", report.kept().size());
    summary.put("excluded", plan.excluded().size());
    doc.put("summary", summary);
    doc.put("ignored", ignored(plan.source(), plan.ignored()));
    doc.put("strays_in_target", new ArrayList<>(report.strays()));
    doc.put("kept", new ArrayList<>(report.kept()));
    doc.put("excluded", new ArrayList<>(plan.excluded()));
    doc.put("translation_losses", losses(plan.losses()));
    doc.put("events", events(report.events()));
    doc.put("clashes", videoClashes(plan.movieClashes()));
    doc.put("folder_clashes", folderClashes(plan.folderClashes()));
    doc.put("errors", errors(plan.errors(), report.errors()));
    doc.put("notifications", notifications(notifications));
    return doc;
  }

  static Map<String, Object> diff(DiffReport report, int exitCode) {
    Plan plan = report.plan();
    Map<String, Object> doc = header("diff", exitCode, plan.source(), plan.sourceFormat());
    doc.put("target", endpoint(plan.target(), plan.targetFormat()));
    doc.put("in_sync", report.inSync());
    List<Object> onlySource = new ArrayList<>();
    for (PlannedMovie m : report.moviesOnlyInSource()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("source_folder", m.sourceFolder());
      item.put("expected_target", m.targetFolder());
      onlySource.add(item);
    }
    doc.put("movies_only_in_source", onlySource);
    doc.put("movies_only_in_target", new ArrayList<>(report.moviesOnlyInTarget()));
    List<Object> differing = new ArrayList<>();
    for (MovieDifference d : report.differingMovies()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("target_movie_name", d.targetMovieName());
      item.put("only_in_source", new ArrayList<>(d.onlyInSource()));
      item.put("only_in_target", new ArrayList<>(d.onlyInTarget()));
      item.put("not_same_file", new ArrayList<>(d.notSameFile()));
      differing.add(item);
    }
    doc.put("differing_movies", differing);
    doc.put("translation_losses", losses(plan.losses()));
    doc.put("ignored", ignored(plan.source(), plan.ignored()));
    doc.put("folder_clashes", folderClashes(plan.folderClashes()));
    doc.put("movie_clashes", videoClashes(plan.movieClashes()));
    doc.put("kept", new ArrayList<>(report.kept()));
    doc.put("excluded", new ArrayList<>(plan.excluded()));
    doc.put("errors", errors(report.errors(), List.of()));
    return doc;
  }

  static Map<String, Object> plan(Plan plan, int exitCode) {
    Map<String, Object> doc = header("plan", exitCode, plan.source(), plan.sourceFormat());
    doc.put("target", endpoint(plan.target(), plan.targetFormat()));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("movies", plan.movies().size());
    summary.put("folder_clashes", plan.folderClashes().size());
    summary.put("movie_clashes", plan.movieClashes().size());
    summary.put("translation_losses", plan.losses().size());
    summary.put("ignored", plan.ignored().size());
    summary.put("errors", plan.errors().size());
    summary.put("excluded", plan.excluded().size());
    doc.put("summary", summary);
    List<Object> movies = new ArrayList<>();
    for (PlannedMovie m : plan.movies()) {
      movies.add(movie(m));
    }
    doc.put("movies", movies);
    List<Object> collections = new ArrayList<>();
    for (Map.Entry<String, List<FileMapping>> c : plan.collections().entrySet()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("path", c.getKey());
      List<Object> loose = new ArrayList<>();
      for (FileMapping f : c.getValue()) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("source", f.source());
        file.put("target", f.target());
        loose.add(file);
      }
      item.put("loose_files", loose);
      collections.add(item);
    }
    doc.put("collections", collections);
    doc.put("folder_clashes", folderClashes(plan.folderClashes()));
    doc.put("movie_clashes", videoClashes(plan.movieClashes()));
    doc.put("translation_losses", losses(plan.losses()));
    doc.put("ignored", ignored(plan.source(), plan.ignored()));
    doc.put("errors", errors(plan.errors(), List.of()));
    doc.put("excluded", new ArrayList<>(plan.excluded()));
    return doc;
  }

  static Map<String, Object> importing(SyncReport report, int exitCode) {
    return importing(report, exitCode, List.of());
  }

  static Map<String, Object> importing(
      SyncReport report, int exitCode, List<Notification> notifications) {
    Plan plan = report.plan();
    Map<String, Object> doc = header("import", exitCode, plan.source(), plan.sourceFormat());
    doc.put("target", endpoint(plan.target(), plan.targetFormat()));
    doc.put("dry_run", report.dryRun());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("movies", report.moviesProcessed());
    summary.put("files_imported", report.filesUpdated());
    summary.put("files_skipped", Counts.of(report.events(), Action.SKIP));
    summary.put("items_ignored", plan.ignored().size());
    summary.put("errors", plan.errors().size() + report.errors().size());
    doc.put("summary", summary);
    doc.put("ignored", ignored(plan.source(), plan.ignored()));
    doc.put("translation_losses", losses(plan.losses()));
    doc.put("events", events(report.events()));
    doc.put("errors", errors(plan.errors(), report.errors()));
    doc.put("notifications", notifications(notifications));
    return doc;
  }

  /** {@code [{server, url, paths, status, http_status?, detail}]}: never a secret. */
  static List<Object> notifications(List<Notification> notifications) {
    List<Object> list = new ArrayList<>();
    for (Notification n : notifications) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("server", n.server());
      item.put("url", n.url());
      item.put("paths", new ArrayList<>(n.paths()));
      item.put("status", n.status().jsonName());
      n.httpStatus().ifPresent(s -> item.put("http_status", s));
      item.put("detail", n.detail());
      list.add(item);
    }
    return list;
  }

  /** One line of {@code watch --json}: one batch. */
  static Map<String, Object> watchBatch(Batch b) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema_version", SCHEMA_VERSION);
    doc.put("operation", "watch");
    doc.put("batch", b.number());
    doc.put("kind", b.kind().jsonName());
    doc.put("started", b.started().toString());
    doc.put("finished", b.finished().toString());
    doc.put("outcome", b.outcome().jsonName());
    doc.put("message", b.message());
    doc.put("folders", new ArrayList<>(b.folders()));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("files_updated", b.filesUpdated());
    summary.put("files_removed", b.filesRemoved());
    summary.put("strays_in_target", b.strays());
    summary.put("errors", b.errors());
    doc.put("summary", summary);
    SyncReport r = b.report().orElse(null);
    List<Event> changed =
        r == null ? List.of() : r.events().stream().filter(e -> e.action() != Action.SKIP).toList();
    doc.put("events", events(changed));
    doc.put("errors", r == null ? List.of() : errors(r.plan().errors(), r.errors()));
    doc.put("notifications", notifications(b.notifications()));
    return doc;
  }

  /** The document written when a run could not start or failed as a whole. */
  static Map<String, Object> error(String operation, int exitCode, String message) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema_version", SCHEMA_VERSION);
    doc.put("operation", operation);
    doc.put("exit_code", exitCode);
    doc.put("error", message);
    return doc;
  }

  private static Map<String, Object> header(
      String operation, int exitCode, Path source, FormatId sourceFormat) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema_version", SCHEMA_VERSION);
    doc.put("operation", operation);
    doc.put("exit_code", exitCode);
    doc.put("source", endpoint(source, sourceFormat));
    return doc;
  }

  /** The document of {@code generate}. */
  static Map<String, Object> generate(Path root, FormatId format, DemoSummary summary) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema_version", SCHEMA_VERSION);
    doc.put("operation", "generate");
    doc.put("exit_code", 0);
    doc.put("target", endpoint(root, format));
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("movies", summary.movies());
    s.put("files", summary.files());
    s.put("folders", summary.folders());
    s.put("bytes", summary.bytes());
    doc.put("summary", s);
    return doc;
  }

  private static Map<String, Object> endpoint(Path path, FormatId format) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("path", path.toString());
    e.put("format", format.name());
    return e;
  }

  private static Map<String, Object> movie(PlannedMovie m) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("source", m.sourceFolder());
    item.put("target_folder", m.targetFolder());
    if (!m.mergedFolders().isEmpty()) {
      item.put("merged_folders", new ArrayList<>(m.mergedFolders()));
    }
    List<Object> videos = new ArrayList<>();
    List<Object> sidecars = new ArrayList<>();
    List<Object> loose = new ArrayList<>();
    List<Object> assets = new ArrayList<>();
    for (FileMapping f : m.files()) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("source", f.source());
      file.put("target", f.target());
      if (f.role() == FileRole.VIDEO) {
        f.disambiguation()
            .ifPresent(
                hash -> {
                  Map<String, Object> d = new LinkedHashMap<>();
                  d.put("strategy", "hash_suffix");
                  d.put("detail", hash);
                  file.put("disambiguation", d);
                });
        videos.add(file);
      } else if (f.role() == FileRole.VIDEO_SIDECAR) {
        sidecars.add(file);
      } else if (f.role() == FileRole.SIDECAR) {
        loose.add(file);
      } else {
        file.put("role", f.role().name().toLowerCase(Locale.ROOT));
        assets.add(file);
      }
    }
    item.put("videos", videos);
    item.put("sidecars", sidecars);
    item.put("loose_files", loose);
    item.put("assets", assets);
    return item;
  }

  private static List<Object> ignored(Path root, List<IgnoredEntry> entries) {
    List<Object> list = new ArrayList<>();
    for (IgnoredEntry e : entries) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("path", root.resolve(e.relativePath()).toString());
      item.put("name", e.name());
      item.put("reason", e.reason());
      list.add(item);
    }
    return list;
  }

  private static List<Object> losses(List<TranslationLoss> losses) {
    List<Object> list = new ArrayList<>();
    for (TranslationLoss l : losses) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", l.kind().jsonName());
      item.put("key", l.key());
      item.put("value", l.value());
      item.put("reason", l.reason());
      list.add(item);
    }
    return list;
  }

  /**
   * The events as a list that makes each item when it is read: a sync of 50,000 movies has about
   * 190,000 events, and their maps all at once took more memory than the sync itself.
   */
  private static List<Object> events(List<Event> events) {
    return new AbstractList<>() {
      @Override
      public Object get(int index) {
        Event e = events.get(index);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("action", e.action().jsonName());
        item.put("target", e.target().toString());
        e.source().ifPresent(s -> item.put("source", s.toString()));
        e.context().ifPresent(c -> item.put("context", c.jsonName()));
        e.previous().ifPresent(p -> item.put("previous", p.toString()));
        return item;
      }

      @Override
      public int size() {
        return events.size();
      }
    };
  }

  private static List<Object> videoClashes(List<VideoClash> clashes) {
    List<Object> list = new ArrayList<>();
    for (VideoClash c : clashes) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("movie_folder", c.movieFolder());
      item.put("target_filename", c.targetFileName());
      item.put("source_filenames", new ArrayList<>(c.sourceFileNames()));
      list.add(item);
    }
    return list;
  }

  private static List<Object> folderClashes(List<FolderClash> clashes) {
    List<Object> list = new ArrayList<>();
    for (FolderClash c : clashes) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("target_folder", c.targetFolder());
      item.put("source_folders", new ArrayList<>(c.sourceFolders()));
      list.add(item);
    }
    return list;
  }

  private static List<Object> errors(List<FileError> first, List<FileError> second) {
    List<Object> list = new ArrayList<>();
    for (List<FileError> errors : List.of(first, second)) {
      for (FileError e : errors) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("path", e.path().toString());
        item.put("reason", Flags.of(e.reason()));
        list.add(item);
      }
    }
    return list;
  }
}

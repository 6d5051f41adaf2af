package dev.jellyplex.watch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * The status file: rewritten after every batch by writing a temporary file next to it and renaming
 * it over the old one, so a reader (a container health check) always sees a whole document.
 */
final class StatusFile {
  private static final JsonFactory JSON = new JsonFactory();

  private StatusFile() {}

  static void write(Path file, Batch batch, String mode, long batches, Instant since)
      throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("schema_version", 1);
      g.writeStringField("operation", "watch");
      g.writeStringField("mode", mode);
      g.writeStringField("watching_since", since.toString());
      g.writeNumberField("batches", batches);
      g.writeObjectFieldStart("last_batch");
      g.writeNumberField("number", batch.number());
      g.writeStringField("kind", batch.kind().jsonName());
      g.writeStringField("started", batch.started().toString());
      g.writeStringField("finished", batch.finished().toString());
      g.writeStringField("outcome", batch.outcome().jsonName());
      g.writeStringField("message", batch.message());
      g.writeNumberField("folders", batch.folders().size());
      g.writeNumberField("files_updated", batch.filesUpdated());
      g.writeNumberField("files_removed", batch.filesRemoved());
      g.writeNumberField("strays_in_target", batch.strays());
      g.writeNumberField("errors", batch.errors());
      g.writeNumberField(
          "notifications_failed",
          batch.notifications().stream()
              .filter(n -> n.status() == dev.jellyplex.notify.Notification.Status.FAILED)
              .count());
      g.writeEndObject();
      g.writeEndObject();
    }
    Path absolute = file.toAbsolutePath();
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
    Files.writeString(temp, out + "\n", StandardCharsets.UTF_8);
    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}

package dev.jellyplex.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the JSON documents: pretty-printed, two-space indented, with a final newline. Documents
 * are plain maps and lists built by {@link JsonDocuments}, so Jackson stays out of the model.
 */
final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /**
   * Writes {@code document} and a newline to {@code out}, then flushes. The document goes straight
   * to {@code out} (a large sync's document is tens of megabytes; it is never held as a string),
   * and writing stops early once {@code out} fails, e.g. when its reader ({@code | head}) has gone.
   */
  static void write(Map<String, ?> document, PrintWriter out) {
    Writer checked =
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) throws IOException {
            out.write(chars, offset, length);
            if (out.checkError()) {
              throw new IOException("the output is closed");
            }
          }

          @Override
          public void flush() {
            out.flush();
          }

          @Override
          public void close() {}
        };
    try (JsonGenerator g = generator(checked)) {
      value(g, document);
    } catch (IOException e) {
      if (out.checkError()) {
        return; // nobody reads any more: end quietly
      }
      throw new UncheckedIOException(e);
    }
    out.print('\n');
    out.flush();
  }

  /**
   * Writes {@code document} on one line (no indentation) and a newline, then flushes: one object
   * per line, for streams of documents such as {@code watch --json}.
   */
  static void writeLine(Map<String, ?> document, PrintWriter out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      value(g, document);
    } catch (IOException e) {
      if (out.checkError()) {
        return;
      }
      throw new UncheckedIOException(e);
    }
    out.print('\n');
    out.flush();
  }

  /** A pretty-printing generator that leaves {@code out} open when it is closed. */
  private static JsonGenerator generator(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""));
    pretty.indentArraysWith(indenter);
    pretty.indentObjectsWith(indenter);
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(pretty);
    return g;
  }

  private static void value(JsonGenerator g, @Nullable Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        value(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long) {
      g.writeNumber(((Number) value).longValue());
    } else {
      g.writeString(value.toString());
    }
  }
}

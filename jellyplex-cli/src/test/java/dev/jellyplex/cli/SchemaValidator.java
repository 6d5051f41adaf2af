package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small validator for the subset of JSON Schema that {@code docs/jellyplex.schema.json} uses:
 * {@code type, const, enum, required, properties, additionalProperties (boolean), items, oneOf} and
 * local {@code $ref}s. Any other keyword in the schema fails validation, so the schema cannot
 * silently use something this validator ignores.
 */
final class SchemaValidator {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> KNOWN =
      Set.of(
          "$schema",
          "$id",
          "$defs",
          "$ref",
          "title",
          "description",
          "type",
          "const",
          "enum",
          "required",
          "properties",
          "additionalProperties",
          "items",
          "oneOf");

  private final JsonNode root;

  private SchemaValidator(JsonNode root) {
    this.root = root;
  }

  /** The published schema: the single source of truth of the JSON shape. */
  static SchemaValidator published() {
    return of(schemaFile());
  }

  static Path schemaFile() {
    return Path.of(System.getProperty("jellyplex.docs", "../docs"))
        .resolve("jellyplex.schema.json");
  }

  static SchemaValidator of(Path schema) {
    try {
      return new SchemaValidator(MAPPER.readTree(Files.readString(schema)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SchemaValidator of(String schemaJson) {
    try {
      return new SchemaValidator(MAPPER.readTree(schemaJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code json} and asserts that it is valid; returns the parsed document. */
  JsonNode assertValid(String json) {
    JsonNode doc;
    try {
      doc = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
    assertEquals(List.of(), errors(doc), () -> "invalid document:\n" + json);
    return doc;
  }

  /** Every violation, as {@code /json/pointer: message}. */
  List<String> errors(JsonNode doc) {
    List<String> errors = new ArrayList<>();
    validate(root, doc, "", errors);
    return errors;
  }

  private void validate(JsonNode schema, JsonNode value, String at, List<String> errors) {
    for (Map.Entry<String, JsonNode> entry : schema.properties()) {
      String keyword = entry.getKey();
      if (!KNOWN.contains(keyword)) {
        errors.add(at + ": schema uses unsupported keyword " + keyword);
      }
    }
    if (schema.has("$ref")) {
      validate(resolve(schema.get("$ref").asText()), value, at, errors);
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      List<String> all = new ArrayList<>();
      for (JsonNode option : schema.get("oneOf")) {
        List<String> e = new ArrayList<>();
        validate(option, value, at, e);
        if (e.isEmpty()) {
          matches++;
        }
        all.addAll(e);
      }
      if (matches != 1) {
        errors.add(at + ": matches " + matches + " of oneOf, expected 1; " + all);
      }
    }
    if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
      errors.add(at + ": expected " + schema.get("type").asText() + ", got " + value.getNodeType());
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(at + ": expected " + schema.get("const") + ", got " + value);
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode option : schema.get("enum")) {
        found |= option.equals(value);
      }
      if (!found) {
        errors.add(at + ": " + value + " not in " + schema.get("enum"));
      }
    }
    if (value.isObject()) {
      if (schema.has("required")) {
        for (JsonNode key : schema.get("required")) {
          if (!value.has(key.asText())) {
            errors.add(at + ": missing required key " + key.asText());
          }
        }
      }
      JsonNode properties = schema.get("properties");
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        String where = at + "/" + field.getKey();
        if (properties != null && properties.has(field.getKey())) {
          validate(properties.get(field.getKey()), field.getValue(), where, errors);
        } else if (schema.has("additionalProperties")
            && !schema.get("additionalProperties").asBoolean()) {
          errors.add(where + ": key not allowed by the schema");
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(schema.get("items"), value.get(i), at + "/" + i, errors);
      }
    }
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("only local $refs are supported: " + ref);
    }
    JsonNode node = root.at(ref.substring(1));
    if (node.isMissingNode()) {
      throw new IllegalArgumentException("dangling $ref " + ref);
    }
    return node;
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unknown type " + type);
    };
  }
}

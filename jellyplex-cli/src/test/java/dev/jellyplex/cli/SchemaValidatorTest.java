package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator itself: it must reject what a schema forbids, or the schema tests prove nothing.
 */
class SchemaValidatorTest {
  private static final String SCHEMA =
      "{\"oneOf\": [{\"$ref\": \"#/$defs/a\"}, {\"$ref\": \"#/$defs/b\"}],"
          + " \"$defs\": {"
          + "\"a\": {\"type\": \"object\", \"additionalProperties\": false,"
          + "  \"required\": [\"kind\", \"n\"],"
          + "  \"properties\": {\"kind\": {\"const\": \"a\"}, \"n\": {\"type\": \"integer\"},"
          + "    \"tags\": {\"type\": \"array\", \"items\": {\"enum\": [\"x\", \"y\"]}}}},"
          + "\"b\": {\"type\": \"object\", \"required\": [\"kind\"],"
          + "  \"properties\": {\"kind\": {\"const\": \"b\"}}}}}";

  private final SchemaValidator validator = SchemaValidator.of(SCHEMA);

  private List<String> errors(String json) throws Exception {
    JsonNode doc = new ObjectMapper().readTree(json);
    return validator.errors(doc);
  }

  @Test
  void acceptsValidDocuments() throws Exception {
    assertEquals(List.of(), errors("{\"kind\": \"a\", \"n\": 3, \"tags\": [\"x\", \"y\"]}"));
    assertEquals(List.of(), errors("{\"kind\": \"b\", \"anything\": true}"));
  }

  @Test
  void rejectsMissingKeysWrongTypesExtraKeysAndBadEnumValues() throws Exception {
    assertTrue(errors("{\"kind\": \"a\"}").toString().contains("missing required key n"));
    assertTrue(errors("{\"kind\": \"a\", \"n\": \"3\"}").toString().contains("expected integer"));
    assertTrue(
        errors("{\"kind\": \"a\", \"n\": 3, \"extra\": 1}").toString().contains("not allowed"));
    assertTrue(
        errors("{\"kind\": \"a\", \"n\": 3, \"tags\": [\"z\"]}").toString().contains("not in"));
    assertTrue(errors("{\"kind\": \"c\"}").toString().contains("matches 0 of oneOf"));
  }

  @Test
  void rejectsSchemasUsingKeywordsItDoesNotImplement() throws Exception {
    SchemaValidator loose = SchemaValidator.of("{\"type\": \"string\", \"pattern\": \"^a\"}");
    assertTrue(loose.errors(new ObjectMapper().readTree("\"b\"")).toString().contains("pattern"));
  }

  @Test
  void thePublishedSchemaOnlyUsesSupportedKeywords() throws Exception {
    // An empty error document is valid, and a sync document without keys is not.
    SchemaValidator published = SchemaValidator.published();
    published.assertValid(
        "{\"schema_version\": 1, \"operation\": \"sync\", \"exit_code\": 2, \"error\": \"x\"}");
    assertTrue(
        !published
            .errors(new ObjectMapper().readTree("{\"schema_version\": 1, \"operation\": \"sync\"}"))
            .isEmpty());
  }
}

package org.apprenticeship.standard.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.internal.JsonSupport;

/**
 * A real JSON Schema validator (networknt, draft 2020-12, with format assertions on), so that
 * tests check documents against schemas independently of the library's own reader.
 */
final class RealSchemaValidator {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Schema META_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

  private final Schema schema;

  private RealSchemaValidator(Schema schema) {
    this.schema = schema;
  }

  /**
   * A validator of a schema held in a string.
   *
   * @param retrievalUri where the schema would be retrieved from, the base of a relative {@code $id}
   */
  static RealSchemaValidator of(String schemaText, String retrievalUri) {
    return new RealSchemaValidator(REGISTRY.getSchema(SchemaLocation.of(retrievalUri), tree(schemaText)));
  }

  /** A validator of a schema that is a resource of the test class path, such as {@code /reference/x.json}. */
  static RealSchemaValidator ofResource(String resource, String retrievalUri) {
    return of(resource(resource), retrievalUri);
  }

  /** Every error the schema finds in a document; empty when the document is valid. */
  List<String> errors(JsonNode document) {
    return schema.validate(document).stream().map(Object::toString).collect(Collectors.toList());
  }

  /** Every error the schema finds in a document held in a string. */
  List<String> errors(String document) {
    return errors(tree(document));
  }

  /** Every error the draft 2020-12 meta-schema finds in a schema; empty when it is a valid schema. */
  static List<String> metaSchemaErrors(String schemaText) {
    return META_SCHEMA.validate(tree(schemaText)).stream().map(Object::toString).collect(Collectors.toList());
  }

  static String resource(String name) {
    try (InputStream in = RealSchemaValidator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String text) {
    return JsonSupport.parse(text).orElseThrow("a test document");
  }
}

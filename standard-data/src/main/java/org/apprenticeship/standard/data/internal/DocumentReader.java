package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.ModelValidator;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.JsonPaths;

/**
 * Reads one of the library's JSON formats into a model value, in four steps that each report every
 * problem they find: parse (within limits), check against the format's JSON Schema, bind, and check
 * the value's constraints plus any rules of the format's own. A step runs only when the steps
 * before it found no error, since it needs what they establish.
 *
 * @param <T> the type of the value
 */
public final class DocumentReader<T> {
  private final SchemaChecker schema;
  private final Class<T> type;
  private final BiFunction<T, JsonNode, List<Finding>> rules;

  /**
   * Creates a reader.
   *
   * @param schema the format's schema
   * @param type the type to bind to
   * @param rules the format's own rules, given the bound value and its tree
   */
  public DocumentReader(SchemaChecker schema, Class<T> type, BiFunction<T, JsonNode, List<Finding>> rules) {
    this.schema = schema;
    this.type = type;
    this.rules = rules;
  }

  /** Reads a document from a stream. */
  public Validated<T> read(InputStream in) {
    return read(JsonSupport.parse(in));
  }

  /** Reads a document from a string. */
  public Validated<T> read(String text) {
    return read(JsonSupport.parse(text));
  }

  private Validated<T> read(Validated<JsonNode> parsed) {
    if (!parsed.isValid()) {
      return Validated.invalid(parsed.findings());
    }
    return read(parsed.value().orElseThrow());
  }

  /** Reads a parsed document. */
  public Validated<T> read(JsonNode tree) {
    List<Finding> structure = schema.check(tree);
    if (!structure.isEmpty()) {
      return Validated.invalid(structure);
    }
    T value;
    try {
      value = JsonSupport.mapper().treeToValue(tree, type);
    } catch (JsonMappingException e) {
      return Validated.invalid(List.of(Finding.of(FindingCode.JSON_05, pathOf(e), JsonSupport.firstLine(e.getOriginalMessage()))));
    } catch (JsonProcessingException e) {
      return Validated.invalid(List.of(Finding.of(FindingCode.JSON_01, JsonPaths.ROOT, JsonSupport.firstLine(e.getOriginalMessage()))));
    }
    return check(value, tree);
  }

  /** Checks a value built in Java, as if it had been read: its constraints and the format's rules. */
  public Validated<T> check(T value) {
    return check(value, JsonSupport.mapper().valueToTree(value));
  }

  private Validated<T> check(T value, JsonNode tree) {
    FindingCollector findings = new FindingCollector();
    findings.addAll(ModelValidator.validate(value));
    findings.addAll(rules.apply(value, tree));
    return Validated.of(value, findings.toList());
  }

  private static String pathOf(JsonMappingException e) {
    String path = JsonPaths.ROOT;
    for (JsonMappingException.Reference reference : e.getPath()) {
      path = reference.getIndex() >= 0 ? JsonPaths.index(path, reference.getIndex())
          : JsonPaths.property(path, String.valueOf(reference.getFieldName()));
    }
    return path;
  }
}

package org.apprenticeship.standard.cli.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.data.LibraryJson;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.EvaluationResult;

/**
 * Writes results as the JSON contract of the command line: an evaluation in full, with absent values
 * as {@code null}; a record with errors as only its {@code learnerId} (null when unreadable) and its
 * {@code findings}.
 */
final class ResultJson {
  private static final ObjectMapper MAPPER = LibraryJson.newMapper()
      .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
  private static final ObjectWriter PRETTY = MAPPER.writer(LibraryJson.prettyPrinter());

  private ResultJson() {}

  /** One result, on one line. */
  static String line(EvaluationResult result) {
    return write(MAPPER.writer(), tree(result.learnerId(), result.evaluation()));
  }

  /** One result, indented. */
  static String pretty(Optional<String> learnerId, Validated<Evaluation> result) {
    return pretty(tree(learnerId, result));
  }

  /** Any value, indented, with a final line end. */
  static String pretty(Object value) {
    return write(PRETTY, value) + "\n";
  }

  /** Findings about a record, with its id. */
  static ObjectNode findings(Optional<String> learnerId, List<Finding> findings) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("learnerId", learnerId.orElse(null));
    node.set("findings", MAPPER.valueToTree(findings));
    return node;
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the result as JSON", e);
    }
  }

  private static Object tree(Optional<String> learnerId, Validated<Evaluation> result) {
    if (result.isValid()) {
      return result.value().orElseThrow();
    }
    return findings(learnerId, result.findings());
  }
}

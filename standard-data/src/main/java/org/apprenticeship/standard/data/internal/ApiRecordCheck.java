package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.model.internal.Shape;

/**
 * Checks the structure of a record of the public standards API against its description,
 * {@link ApiRecord}, as the library's reader checks its own formats: every problem at once, each
 * with its code and its path in the document.
 */
public final class ApiRecordCheck {
  private ApiRecordCheck() {}

  /** The type that describes a record, from which its JSON Schema is generated. */
  public static Class<?> recordType() {
    return ApiRecord.class;
  }

  /**
   * The structural findings about a record.
   *
   * @param record the record, as parsed
   * @param base the path of the record in its document, such as {@code $} or {@code $[3]}
   */
  public static List<Finding> findings(JsonNode record, String base) {
    try (JsonParser parser = record.traverse(JsonSupport.mapper())) {
      Binder binder = new Binder(parser, true, null, 1);
      binder.document(Shape.of(ApiRecord.class));
      List<Finding> findings = new ArrayList<>();
      for (Finding finding : binder.sink().findings()) {
        findings.add(finding.withPath(JsonPaths.join(base, finding.path())));
      }
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot walk a parsed record", e);
    }
  }
}

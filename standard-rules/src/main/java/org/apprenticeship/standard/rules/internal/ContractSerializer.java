package org.apprenticeship.standard.rules.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.apprenticeship.standard.rules.EvaluationResult;

/**
 * Makes any Jackson mapper write the results of the rules in the JSON contract, as
 * {@link ContractJson} writes them, whatever the mapper's own settings for absent values, dates and
 * decimals: the result types name this class in their {@code @JsonSerialize}.
 */
public final class ContractSerializer extends StdSerializer<Object> {
  private static final long serialVersionUID = 1L;

  /** Made by Jackson, from the annotation. */
  public ContractSerializer() {
    super(Object.class);
  }

  @Override
  public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    if (value instanceof EvaluationResult) {
      EvaluationResult result = (EvaluationResult) value;
      ContractJson.result(ContractOut.of(generator), result.line().orElse(0), result.learnerId().orElse(null), result.evaluation());
    } else {
      ContractJson.value(ContractOut.of(generator), value);
    }
  }
}

package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads a date written {@code yyyy-MM-dd}, the only form the library's formats allow, without the
 * cost of a {@code DateTimeFormatter}; anything else goes to Jackson's own reader, with its errors.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  IsoDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      String text = parser.getText();
      if (Binder.isoDate(text) != null) {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
      }
    }
    return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
  }

  private static int number(String text, int from, int to) {
    return Integer.parseInt(text, from, to, 10);
  }
}

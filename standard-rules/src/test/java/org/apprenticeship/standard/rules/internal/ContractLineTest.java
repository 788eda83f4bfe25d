package org.apprenticeship.standard.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The compact writer of cohort lines gives every token the bytes a Jackson generator with default
 * settings gives it: strings with every kind of character (control characters, quotes, backslashes,
 * non-ASCII, lone and paired surrogates, strings longer than its buffer), numbers, and the commas of
 * nested objects and arrays.
 */
class ContractLineTest {
  private static final JsonFactory JACKSON = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
  private static final ContractOut.Name NAME = new ContractOut.Name("name");

  /** Writes the same tokens through both, and returns the two outputs as text (Jackson's first). */
  @FunctionalInterface
  interface Tokens {
    void write(ContractOut out) throws IOException;
  }

  private static void sameBytes(Tokens tokens) throws IOException {
    ByteArrayOutputStream jackson = new ByteArrayOutputStream();
    try (JsonGenerator generator = JACKSON.createGenerator(jackson)) {
      tokens.write(ContractOut.of(generator));
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    ContractLine out = new ContractLine(line);
    tokens.write(out);
    out.close();
    assertEquals(jackson.toString(StandardCharsets.ISO_8859_1), line.toString(StandardCharsets.ISO_8859_1));
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.chars().range(' ', '~')),
        net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0000', '\u00ff')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0100', '\uffff')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ud800', '\udfff')));
    return Arbitraries.oneOf(chars.list().ofMaxSize(60).map(ContractLineTest::text),
        chars.list().ofMinSize(16_000).ofMaxSize(40_000).map(ContractLineTest::text));
  }

  private static String text(List<Character> chars) {
    StringBuilder text = new StringBuilder(chars.size());
    chars.forEach(text::append);
    return text.toString();
  }

  @Property(tries = 300)
  void anyString_isWrittenAsJacksonWritesIt(@ForAll("anyText") String text) throws IOException {
    sameBytes(out -> {
      out.writeStartObject();
      out.writeFieldName(NAME);
      out.writeString(text);
      out.writeEndObject();
    });
  }

  @Example
  void everyCharacter_isWrittenAsJacksonWritesIt() throws IOException {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c);
    }
    sameBytes(out -> out.writeString(all.toString() + "\uffff\ud83d\ude00"));
  }

  @Property
  void anyNumber_isWrittenAsJacksonWritesIt(@ForAll long whole, @ForAll double real, @ForAll int small) throws IOException {
    sameBytes(out -> {
      out.writeStartArray();
      out.writeNumber(whole);
      out.writeNumber(real);
      out.writeNumber(small);
      out.writeNumber(Long.MIN_VALUE);
      out.writeNumber(0L);
      out.writeNumber(Double.NaN);
      out.writeNumber(Double.NEGATIVE_INFINITY);
      out.writeNumber(-0.0);
      out.writeNumber("12.50");
      out.writeEndArray();
    });
  }

  @Example
  void nestedValues_areSeparatedAsJacksonSeparatesThem() throws IOException {
    sameBytes(out -> {
      for (int document = 0; document < 2; document++) {
        out.writeStartObject();
        out.writeFieldName(NAME);
        out.writeStartArray();
        out.writeEndArray();
        out.writeFieldName(NAME);
        out.writeStartArray();
        out.writeStartObject();
        out.writeEndObject();
        out.writeStartObject();
        out.writeFieldName(NAME);
        out.writeNull();
        out.writeFieldName(NAME);
        out.writeBoolean(true);
        out.writeEndObject();
        out.writeString(null);
        out.writeBoolean(false);
        out.writeStartArray();
        out.writeNumber(1L);
        out.writeEndArray();
        out.writeEndArray();
        out.writeFieldName(NAME);
        out.writeString("");
        out.writeEndObject();
      }
    });
  }
}

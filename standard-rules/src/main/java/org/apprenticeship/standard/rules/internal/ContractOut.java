package org.apprenticeship.standard.rules.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where {@link ContractJson} writes the contract, token by token: a Jackson generator
 * ({@link #of(com.fasterxml.jackson.core.JsonGenerator)}: for a mapper, and indented documents), or
 * a {@link ContractLine} (the lines of a cohort, compact). Both give the same tokens the same form
 * (a Jackson generator's, without a pretty printer, is the reference); the methods are named as the
 * generator's.
 */
public interface ContractOut {
  /** Starts an object. */
  void writeStartObject() throws IOException;

  /** Ends the object started last. */
  void writeEndObject() throws IOException;

  /** Starts an array. */
  void writeStartArray() throws IOException;

  /** Ends the array started last. */
  void writeEndArray() throws IOException;

  /** Writes the name of the next field of the object. */
  void writeFieldName(Name name) throws IOException;

  /** Writes a string, or null for null. */
  void writeString(String value) throws IOException;

  /** Writes a whole number. */
  void writeNumber(long value) throws IOException;

  /** Writes a number as Jackson writes a double. */
  void writeNumber(double value) throws IOException;

  /** Writes a number given as its text, as it is (such as a plain decimal). */
  void writeNumber(String digits) throws IOException;

  /** Writes true or false. */
  void writeBoolean(boolean value) throws IOException;

  /** Writes null. */
  void writeNull() throws IOException;

  /**
   * The name of a field, encoded once for each kind of output: for a generator, and as the bytes
   * {@code "name":} for a line.
   */
  final class Name {
    final SerializableString jackson;
    final byte[] line;

    /** @param name the name: ASCII letters only, so nothing in it needs escaping */
    Name(String name) {
      this.jackson = new SerializedString(name);
      this.line = ('"' + name + "\":").getBytes(StandardCharsets.US_ASCII);
    }
  }

  /**
   * Writes through a Jackson generator, with whatever settings it has (a pretty printer, for one).
   *
   * @param generator the generator; not null
   * @return the output; not null
   */
  static ContractOut of(com.fasterxml.jackson.core.JsonGenerator generator) {
    return new ContractOut() {
      @Override
      public void writeStartObject() throws IOException {
        generator.writeStartObject();
      }

      @Override
      public void writeEndObject() throws IOException {
        generator.writeEndObject();
      }

      @Override
      public void writeStartArray() throws IOException {
        generator.writeStartArray();
      }

      @Override
      public void writeEndArray() throws IOException {
        generator.writeEndArray();
      }

      @Override
      public void writeFieldName(Name name) throws IOException {
        generator.writeFieldName(name.jackson);
      }

      @Override
      public void writeString(String value) throws IOException {
        generator.writeString(value);
      }

      @Override
      public void writeNumber(long value) throws IOException {
        generator.writeNumber(value);
      }

      @Override
      public void writeNumber(double value) throws IOException {
        generator.writeNumber(value);
      }

      @Override
      public void writeNumber(String digits) throws IOException {
        generator.writeNumber(digits);
      }

      @Override
      public void writeBoolean(boolean value) throws IOException {
        generator.writeBoolean(value);
      }

      @Override
      public void writeNull() throws IOException {
        generator.writeNull();
      }
    };
  }
}

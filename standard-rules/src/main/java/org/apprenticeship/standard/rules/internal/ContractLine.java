package org.apprenticeship.standard.rules.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the contract compactly as UTF-8 bytes into a buffer of its own, sent on to a stream when
 * it fills and at {@link #flush()}: the lines of a cohort, without a Jackson generator's per-token
 * bookkeeping. Every token has the form a Jackson generator with default settings and no pretty
 * printer gives it (the tests compare the two byte for byte): strings escaped as Jackson escapes
 * them ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters as
 * <code>&#92;u00</code> and two hex digits, a surrogate as <code>&#92;u</code> and four, upper-case hex, all else as UTF-8), doubles as
 * {@link Double#toString(double)}, root values with nothing between them.
 *
 * <p>Not thread-safe: one thread writes.
 */
public final class ContractLine implements ContractOut {
  /** For each ASCII character: 0 when written as it is, else what follows the backslash ({@code u}: <code>&#92;u00XX</code>). */
  private static final byte[] ESCAPES = new byte[128];
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final int MAX_DEPTH = 63;

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  private final OutputStream out;
  private final byte[] buffer = new byte[16 * 1024];
  private int position;
  /** Bit d is set while the container at depth d (from 1) has no value yet. */
  private long empty;
  private int depth;
  private boolean afterName;

  /**
   * A writer to a stream.
   *
   * @param out where the bytes go; not null
   */
  public ContractLine(OutputStream out) {
    this.out = out;
  }

  /** Writes a byte between values, such as the line end after a document (at the root only). */
  public void writeRaw(char ascii) throws IOException {
    room(1);
    buffer[position++] = (byte) ascii;
  }

  /** Sends what is buffered on to the stream, and flushes it. */
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Sends what is buffered on to the stream, and closes it. */
  public void close() throws IOException {
    try {
      drain();
    } finally {
      out.close();
    }
  }

  @Override
  public void writeStartObject() throws IOException {
    open('{');
  }

  @Override
  public void writeEndObject() throws IOException {
    close('}');
  }

  @Override
  public void writeStartArray() throws IOException {
    open('[');
  }

  @Override
  public void writeEndArray() throws IOException {
    close(']');
  }

  @Override
  public void writeFieldName(Name name) throws IOException {
    separate();
    afterName = true;
    bytes(name.line);
  }

  @Override
  public void writeString(String value) throws IOException {
    if (value == null) {
      writeNull();
      return;
    }
    beforeValue();
    room(1);
    buffer[position++] = '"';
    int length = value.length();
    int i = 0;
    while (i < length) {
      if (position == buffer.length) {
        drain();
      }
      // As many characters as fit, while they need neither escaping nor more than one byte.
      int end = Math.min(length, i + buffer.length - position);
      byte[] b = buffer;
      int p = position;
      while (i < end) {
        char c = value.charAt(i);
        if (c >= 0x80 || ESCAPES[c] != 0) {
          break;
        }
        b[p++] = (byte) c;
        i++;
      }
      position = p;
      if (i < end) {
        special(value.charAt(i++));
      }
    }
    room(1);
    buffer[position++] = '"';
  }

  /** A character that is escaped, or more than one byte in UTF-8. */
  private void special(char c) throws IOException {
    room(6);
    byte[] b = buffer;
    int p = position;
    if (c < 0x80) {
      byte escape = ESCAPES[c];
      b[p++] = '\\';
      b[p++] = escape;
      if (escape == 'u') {
        b[p++] = '0';
        b[p++] = '0';
        b[p++] = HEX[c >> 4];
        b[p++] = HEX[c & 0xF];
      }
    } else if (c < 0x800) {
      b[p++] = (byte) (0xC0 | (c >> 6));
      b[p++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isSurrogate(c)) {
      b[p++] = '\\';
      b[p++] = 'u';
      b[p++] = HEX[c >> 12];
      b[p++] = HEX[(c >> 8) & 0xF];
      b[p++] = HEX[(c >> 4) & 0xF];
      b[p++] = HEX[c & 0xF];
    } else {
      b[p++] = (byte) (0xE0 | (c >> 12));
      b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      b[p++] = (byte) (0x80 | (c & 0x3F));
    }
    position = p;
  }

  @Override
  public void writeNumber(long value) throws IOException {
    beforeValue();
    if (value == Long.MIN_VALUE) {
      ascii(Long.toString(value));
      return;
    }
    room(20);
    if (value < 0) {
      buffer[position++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int p = position + digits;
    position = p;
    do {
      buffer[--p] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
  }

  @Override
  public void writeNumber(double value) throws IOException {
    if (!Double.isFinite(value)) {
      writeString(Double.toString(value)); // as Jackson does by default (QUOTE_NON_NUMERIC_NUMBERS)
      return;
    }
    beforeValue();
    ascii(Double.toString(value));
  }

  @Override
  public void writeNumber(String digits) throws IOException {
    beforeValue();
    ascii(digits);
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    beforeValue();
    bytes(value ? TRUE : FALSE);
  }

  @Override
  public void writeNull() throws IOException {
    beforeValue();
    bytes(NULL);
  }

  private void open(char bracket) throws IOException {
    beforeValue();
    if (depth == MAX_DEPTH) {
      throw new IllegalStateException("nested deeper than " + MAX_DEPTH);
    }
    depth++;
    empty |= 1L << depth;
    room(1);
    buffer[position++] = (byte) bracket;
  }

  private void close(char bracket) throws IOException {
    empty &= ~(1L << depth);
    depth--;
    room(1);
    buffer[position++] = (byte) bracket;
  }

  /** Before a value: nothing after a field name or at the root, else a comma unless it is the first. */
  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      separate();
    }
  }

  private void separate() throws IOException {
    long bit = 1L << depth;
    if ((empty & bit) != 0) {
      empty &= ~bit;
    } else {
      room(1);
      buffer[position++] = ',';
    }
  }

  /** Text known to be ASCII with nothing to escape, such as a number. */
  private void ascii(String text) throws IOException {
    int length = text.length();
    if (length > buffer.length - position) {
      drain();
      if (length > buffer.length) {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        return;
      }
    }
    for (int i = 0; i < length; i++) {
      buffer[position++] = (byte) text.charAt(i);
    }
  }

  private void bytes(byte[] bytes) throws IOException {
    room(bytes.length);
    System.arraycopy(bytes, 0, buffer, position, bytes.length);
    position += bytes.length;
  }

  /** Makes room for a few bytes (fewer than the buffer holds). */
  private void room(int bytes) throws IOException {
    if (buffer.length - position < bytes) {
      drain();
    }
  }

  private void drain() throws IOException {
    if (position > 0) {
      int length = position;
      position = 0;
      out.write(buffer, 0, length);
    }
  }
}

package org.apprenticeship.standard.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Lines come out the same whether they lie within the reader's buffer or across its edges, and
 * whatever sizes the stream's reads come in: split at {@code \n}, a {@code \r} before it dropped,
 * no extra line after a final line end.
 */
class BoundedLinesTest {
  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> line = Arbitraries.strings().withChars("ab{}\r").ofMaxLength(200);
    Arbitrary<String> longLine = Arbitraries.strings().withChars("xy\r").ofMinLength(60_000).ofMaxLength(140_000);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, line), net.jqwik.api.Tuple.of(1, longLine)).list().ofMaxSize(12)
        .flatMap(lines -> Arbitraries.of("", "\n").map(end -> String.join("\n", lines) + end));
  }

  @Property(tries = 200)
  void lines_areTheSame_whereverTheBufferEnds(@ForAll("text") String text, @ForAll @IntRange(min = 1, max = 70_000) int readSize) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    List<String> read = new ArrayList<>();
    BoundedLines lines = new BoundedLines(new ChunkedStream(bytes, readSize));
    while (lines.hasNext()) {
      read.add(new String(lines.next(), StandardCharsets.US_ASCII));
    }
    assertEquals(expected(text), read);
  }

  private static List<String> expected(String text) {
    List<String> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    for (String line : body.split("\n", -1)) {
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    return lines;
  }

  /** A stream that gives at most a given number of bytes a read. */
  private static final class ChunkedStream extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private int position;

    ChunkedStream(byte[] bytes, int chunk) {
      this.bytes = bytes;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (position == bytes.length) {
        return -1;
      }
      int count = Math.min(Math.min(length, chunk), bytes.length - position);
      System.arraycopy(bytes, position, into, offset, count);
      position += count;
      return count;
    }
  }
}

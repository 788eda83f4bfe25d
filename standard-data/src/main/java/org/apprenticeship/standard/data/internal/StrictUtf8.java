package org.apprenticeship.standard.data.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.internal.JsonPaths;

/**
 * The one decoding of every document the library reads (a learner record, an NDJSON line, a
 * standard, a record of the public standards API), from a stream or from a string: strict UTF-8.
 * Bytes that are not UTF-8 (a byte that cannot start a character, a cut-off sequence, an overlong
 * form such as {@code C0 AF}, a surrogate encoded in UTF-8) and lone surrogates (raw in a string,
 * or escaped as {@code \ud800} without its pair) are a {@link FindingCode#JSON_09} finding with the
 * line and column (counted in characters from 1); nothing is ever replaced. A document may start
 * with one UTF-8 byte-order mark, which is skipped; a document in UTF-16 or UTF-32 (a byte-order
 * mark, or zero bytes among its first four) is refused with a finding that says so.
 *
 * <p>A stream is checked as its bytes pass to the parser, in the same pass: a document is never
 * held twice.
 */
public final class StrictUtf8 {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private StrictUtf8() {}

  /** Thrown, as an {@link IOException} from the stream the parser reads, when a document is not UTF-8; carries the finding. */
  public static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;

    NotUtf8Exception(String message) {
      super(message);
      this.finding = Finding.of(FindingCode.JSON_09, JsonPaths.ROOT, message);
    }

    /** The finding that says what is wrong, and where. */
    public Finding finding() {
      return finding;
    }
  }

  /** The bytes of a stream, checked as they are read; a read throws {@link NotUtf8Exception} at the first problem. */
  public static InputStream checked(InputStream in) {
    return checked(in, 1);
  }

  /**
   * The bytes of a document that starts on a given line of its input, such as a line of
   * newline-delimited JSON, checked as {@link #checked(InputStream)} does; the line of a finding
   * counts from there.
   *
   * @param firstLine the line of its input the document starts on, from 1
   */
  public static InputStream checked(InputStream in, long firstLine) {
    return new CheckedStream(in, firstLine);
  }

  /** How many characters of a string document are looked at together by the quick look for surrogates. */
  private static final int SCAN_CHUNK = 512;

  /**
   * Checks a document held in a string as {@link #checked(InputStream)} checks a stream: a lone
   * surrogate, raw or escaped, is reported where it is.
   *
   * @return the document, without a byte-order mark it starts with
   * @throws NotUtf8Exception at the first lone surrogate
   */
  public static String checked(String text) throws NotUtf8Exception {
    int start = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    if (mayHaveSurrogates(text, start)) {
      checkSurrogates(text, start);
    }
    return start == 0 ? text : text.substring(start);
  }

  /** The full check of a string document from {@code start}: every escape followed, lines counted for the finding. */
  static void checkSurrogates(String text, int start) throws NotUtf8Exception {
    Escapes escapes = new Escapes();
    int line = 1;
    int lineStart = start;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      String problem = null;
      if (c < 0x80) {
        problem = escapes.next(c, i);
        if (c == '\n' && problem == null) {
          line++;
          lineStart = i + 1;
        }
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          problem = escapes.next(-1, i);
          i++;
        } else {
          problem = "a lone surrogate U+" + hex4(c);
          escapes.at = i;
        }
      } else {
        problem = escapes.next(-1, i);
      }
      if (problem != null) {
        throw new NotUtf8Exception(notUtf8(line, text.codePointCount(lineStart, (int) escapes.at) + 1, problem));
      }
    }
  }

  /**
   * Whether a text has a surrogate, raw or as a unicode escape ({@code \\u} then {@code D8} to
   * {@code DF}): a quick look, so that the full check, which follows escapes and counts lines, runs
   * only on a text that may have a lone one.
   */
  static boolean mayHaveSurrogates(String text, int start) {
    int length = text.length();
    // Copied a chunk at a time, since a loop over an array costs less than one over a string.
    char[] chunk = new char[Math.min(SCAN_CHUNK, length)];
    boolean escaped = false;
    for (int from = start; from < length; from += chunk.length) {
      int count = Math.min(chunk.length, length - from);
      text.getChars(from, from + count, chunk, 0);
      int i = escaped ? 1 : 0;
      escaped = false;
      for (; i < count; i++) {
        char c = chunk[i];
        if (c == '\\') {
          int at = from + i;
          if (at + 3 < length && text.charAt(at + 1) == 'u' && (text.charAt(at + 2) | 0x20) == 'd' && isSurrogateDigit(text.charAt(at + 3))) {
            return true;
          }
          // An escaped backslash is skipped, even when it starts the next chunk, so that it does not
          // start an escape; any other escaped character is looked at as the full check does.
          if (at + 1 < length && text.charAt(at + 1) == '\\' && ++i == count) {
            escaped = true;
          }
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The second hex digit of a surrogate's escape: 8 to F. */
  private static boolean isSurrogateDigit(char c) {
    return c >= '8' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'f';
  }

  private static String notUtf8(long line, long column, String what) {
    return "the document is not UTF-8 at line " + line + ", column " + column + ": " + what;
  }

  private static String hex4(int c) {
    return String.format("%04X", c);
  }

  /**
   * Follows unicode escapes: a high surrogate must be followed at once by a low one, and a low one
   * must follow a high one. Needs no knowledge of where strings are: in well-formed JSON a
   * backslash is only ever inside one, and an escaped backslash ({@code \\}) ends the escape.
   */
  private static final class Escapes {
    /** 0 outside an escape, 1 after its backslash, 2 to 5 in the hex digits of a unicode escape. */
    private int state;
    private int value;
    private long escapeAt;
    /** A high surrogate escape waiting for its low surrogate, or -1; and where it was. */
    private int pendingHigh = -1;
    private long pendingAt;
    /** Where the last problem is. */
    long at;

    /**
     * Takes the next character: an ASCII character, or -1 for any other.
     *
     * @return what is wrong, with {@link #at} where; null when nothing is
     */
    String next(int c, long position) {
      if (state == 0) {
        if (c == '\\') {
          state = 1;
          escapeAt = position;
          return null;
        }
        return pendingHigh >= 0 ? loneHigh() : null;
      }
      if (state == 1) {
        if (c == 'u') {
          state = 2;
          value = 0;
          return null;
        }
        state = 0;   // any other escape: the parser checks it
        return pendingHigh >= 0 ? loneHigh() : null;
      }
      int digit = c < 0 ? -1 : Character.digit(c, 16);
      if (digit < 0) {
        state = 0;   // not a unicode escape: the parser reports it
        pendingHigh = -1;
        return null;
      }
      value = value << 4 | digit;
      if (++state < 6) {
        return null;
      }
      state = 0;
      boolean high = value >= 0xD800 && value <= 0xDBFF;
      boolean low = value >= 0xDC00 && value <= 0xDFFF;
      if (pendingHigh >= 0) {
        if (!low) {
          return loneHigh();
        }
        pendingHigh = -1;
      } else if (high) {
        pendingHigh = value;
        pendingAt = escapeAt;
      } else if (low) {
        at = escapeAt;
        return "the escape \\u" + hex4(value) + " is a lone surrogate (no high surrogate comes before it)";
      }
      return null;
    }

    /** True while nothing is pending: plain characters need not be shown. */
    boolean idle() {
      return state == 0 && pendingHigh < 0;
    }

    private String loneHigh() {
      at = pendingAt;
      return "the escape \\u" + hex4(pendingHigh) + " is a lone surrogate (no low surrogate follows it)";
    }
  }

  /** Checks bytes as they pass: UTF-8 sequences, escapes of surrogates, and where each line starts. */
  private static final class CheckedStream extends FilterInputStream {
    private final Escapes escapes = new Escapes();
    private boolean started;
    private byte[] prefix = new byte[0];
    private int prefixAt;

    /** Bytes passed so far; the offset of the current line's first byte; continuation bytes of whole characters on it. */
    private long offset;
    private long lineStart;
    private long continuations;
    private long line;

    /** UTF-8: continuation bytes still needed, the range of the next one, and the bytes of the sequence so far. */
    private int needed;
    private int nextLow;
    private int nextHigh;
    private int sequence;
    private int sequenceLength;

    CheckedStream(InputStream in, long firstLine) {
      super(in);
      this.line = firstLine;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
      if (!started) {
        start();
      }
      if (length == 0) {
        return 0;
      }
      int n;
      if (prefixAt < prefix.length) {
        n = Math.min(length, prefix.length - prefixAt);
        System.arraycopy(prefix, prefixAt, buffer, from, n);
        prefixAt += n;
      } else {
        n = in.read(buffer, from, length);
        if (n < 0) {
          end();
          return -1;
        }
      }
      check(buffer, from, n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("a checked document cannot be skipped");
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    /** Reads the first four bytes: UTF-16 and UTF-32 are refused. */
    private void start() throws IOException {
      started = true;
      byte[] first = in.readNBytes(4);
      int[] b = new int[4];
      for (int i = 0; i < 4; i++) {
        b[i] = i < first.length ? first[i] & 0xFF : -1;
      }
      boolean utf32 = (b[0] == 0 && b[1] == 0) || (b[1] == 0 && b[2] == 0 && b[3] == 0) || (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0);
      boolean utf16 = (b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE) || b[0] == 0 || b[1] == 0;
      if (utf32 || utf16) {
        boolean mark = b[0] == 0xFE || b[0] == 0xFF || (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF);
        throw new NotUtf8Exception("the document is in " + (utf32 ? "UTF-32" : "UTF-16") + " (it "
            + (mark ? "starts with a byte-order mark" : "has zero bytes") + "); the library reads UTF-8 only: save it as UTF-8");
      }
      prefix = first;
      if (b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        // The parser skips one byte-order mark: columns count from the character after it.
        lineStart = 3;
        continuations = -2;
      }
    }

    private void end() throws IOException {
      if (needed > 0) {
        fail(offset - sequenceLength, "the bytes " + bytes() + " are cut short at the end of the document");
      }
    }

    private void check(byte[] buffer, int from, int n) throws IOException {
      int end = from + n;
      int i = from;
      while (i < end) {
        if (needed == 0 && escapes.idle()) {
          // The common case, kept tight: ASCII other than a backslash, until a backslash or a byte above 7F.
          for (; i < end; i++) {
            byte b = buffer[i];
            if (b < 0 || b == '\\') {
              break;
            }
            if (b == '\n') {
              line++;
              lineStart = offset + (i - from) + 1;
              continuations = 0;
            }
          }
          if (i == end) {
            break;
          }
        }
        int b = buffer[i] & 0xFF;
        long at = offset + (i - from);
        if (needed > 0) {
          continuation(b, at);
        } else {
          if (b >= 0x80) {
            lead(b, at);
          }
          String problem = escapes.next(b >= 0x80 ? -1 : b, at);
          if (problem != null) {
            fail(escapes.at, problem);
          }
          if (b == '\n') {
            line++;
            lineStart = at + 1;
            continuations = 0;
          }
        }
        i++;
      }
      offset += n;
    }

    /** The first byte of a sequence of two to four. */
    private void lead(int b, long at) throws IOException {
      sequence = b;
      sequenceLength = 1;
      if (b >= 0xC2 && b <= 0xDF) {
        expect(1, 0x80, 0xBF);
      } else if (b == 0xE0) {
        expect(2, 0xA0, 0xBF);
      } else if (b == 0xED) {
        expect(2, 0x80, 0x9F);
      } else if (b >= 0xE1 && b <= 0xEF) {
        expect(2, 0x80, 0xBF);
      } else if (b == 0xF0) {
        expect(3, 0x90, 0xBF);
      } else if (b >= 0xF1 && b <= 0xF3) {
        expect(3, 0x80, 0xBF);
      } else if (b == 0xF4) {
        expect(3, 0x80, 0x8F);
      } else {
        fail(at, "the byte " + String.format("%02X", b) + " cannot start a character"
            + (b == 0xC0 || b == 0xC1 ? " (it begins an overlong form)" : ""));
      }
    }

    private void expect(int count, int low, int high) {
      needed = count;
      nextLow = low;
      nextHigh = high;
    }

    private void continuation(int b, long at) throws IOException {
      sequence = sequence << 8 | b;
      sequenceLength++;
      if (b < nextLow || b > nextHigh) {
        int lead = sequence >>> (8 * (sequenceLength - 1));
        String why = (b & 0xC0) != 0x80 ? "they are cut short" : lead == 0xE0 || lead == 0xF0 ? "they are an overlong form"
            : lead == 0xED ? "they encode a surrogate" : "they are beyond U+10FFFF";
        fail(at - sequenceLength + 1, "the bytes " + bytes() + " are not a character: " + why);
      }
      nextLow = 0x80;
      nextHigh = 0xBF;
      if (--needed == 0) {
        continuations += sequenceLength - 1;
      }
    }

    private String bytes() {
      StringBuilder text = new StringBuilder();
      for (int k = sequenceLength - 1; k >= 0; k--) {
        text.append(String.format("%02X", (sequence >>> (8 * k)) & 0xFF)).append(k > 0 ? " " : "");
      }
      return text.toString();
    }

    private void fail(long at, String what) throws NotUtf8Exception {
      throw new NotUtf8Exception(notUtf8(line, at - lineStart - continuations + 1, what));
    }
  }
}

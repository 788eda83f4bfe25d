package org.apprenticeship.standard.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a stream into lines ({@code \n} or {@code \r\n}), each as its bytes (decoded, strictly,
 * when it is read: see {@link StrictUtf8}), without ever
 * holding more than one line of at most {@link JsonSupport#MAX_DOCUMENT_BYTES} bytes: a longer line
 * is skipped, not read into memory, and given as {@code null}, with its first
 * {@link #START_BYTES} bytes kept ({@link #truncatedStart()}). A final line end does not start an
 * extra line.
 */
public final class BoundedLines implements Iterator<byte[]> {
  /** How much of the start of a line over the limit is kept: enough for the fields that come first. */
  public static final int START_BYTES = 64 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean ended;
  private byte[] line = new byte[1024];
  private Boolean hasNext;
  private byte[] next;
  private byte[] truncatedStart;

  public BoundedLines(InputStream in) {
    this.in = in;
  }

  @Override
  public boolean hasNext() {
    if (hasNext == null) {
      hasNext = advance();
    }
    return hasNext;
  }

  /** Returns the next line, or null for a line longer than the limit. */
  @Override
  public byte[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    hasNext = null;
    return next;
  }

  /**
   * Returns the first {@link #START_BYTES} bytes (or fewer) of the last line given as {@code null},
   * as read: they may end inside a character.
   *
   * @return the bytes, or null when no line so far was over the limit
   */
  public byte[] truncatedStart() {
    return truncatedStart;
  }

  private boolean advance() {
    if (wholeLineInBuffer()) {
      return true;
    }
    int length = 0;
    boolean oversized = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      int count = end - position;
      if (!oversized) {
        if (length + (long) count > JsonSupport.MAX_DOCUMENT_BYTES) {
          oversized = true;
          truncatedStart = Arrays.copyOf(line, Math.min(length, START_BYTES));
          if (length < START_BYTES) {
            int more = Math.min(count, START_BYTES - length);
            truncatedStart = Arrays.copyOf(truncatedStart, length + more);
            System.arraycopy(buffer, position, truncatedStart, length, more);
          }
        } else {
          if (length + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, length + count), JsonSupport.MAX_DOCUMENT_BYTES));
          }
          System.arraycopy(buffer, position, line, length, count);
          length += count;
        }
      }
      if (end < limit) {
        position = end + 1;
        break;
      }
      position = limit;
    }
    if (!oversized && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    next = oversized ? null : Arrays.copyOf(line, length);
    return true;
  }

  /**
   * Takes the next line straight from the buffer, copied once, when its end is there too (most
   * lines, as the buffer is larger than a typical record); otherwise leaves everything as it was.
   */
  private boolean wholeLineInBuffer() {
    int end = position;
    while (end < limit && buffer[end] != '\n') {
      end++;
    }
    if (end == limit) {
      return false;
    }
    int stop = end > position && buffer[end - 1] == '\r' ? end - 1 : end;
    next = Arrays.copyOfRange(buffer, position, stop);
    position = end + 1;
    return true;
  }

  private boolean fill() {
    if (ended) {
      return false;
    }
    try {
      int read = in.read(buffer);
      if (read < 0) {
        ended = true;
        return false;
      }
      position = 0;
      limit = read;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

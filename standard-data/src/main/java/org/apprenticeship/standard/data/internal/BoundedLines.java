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
 * is skipped, not read into memory, and given as {@code null}. A final line end does not start an
 * extra line.
 */
public final class BoundedLines implements Iterator<byte[]> {
  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean ended;
  private byte[] line = new byte[1024];
  private Boolean hasNext;
  private byte[] next;

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

  private boolean advance() {
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
      byte b = buffer[position++];
      if (b == '\n') {
        break;
      }
      if (oversized) {
        continue;
      }
      if (length == JsonSupport.MAX_DOCUMENT_BYTES) {
        oversized = true;
        continue;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, JsonSupport.MAX_DOCUMENT_BYTES));
      }
      line[length++] = b;
    }
    if (!oversized && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    next = oversized ? null : Arrays.copyOf(line, length);
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

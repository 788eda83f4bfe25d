package org.apprenticeship.standard.benchmarks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A cohort as newline-delimited JSON (NDJSON), made lazily: line {@code i} (from 0) is template
 * {@code i % templates} with the learner id {@code L-<i+1>} in place of
 * {@link Fixtures#ID_PLACEHOLDER}, each line ended by {@code \n}. Only one line is held at a time,
 * so a cohort of any size takes the memory of its longest template.
 *
 * <p>Not thread-safe, as input streams are not.
 *
 * @since 0.1.0
 */
public final class CohortInput extends InputStream {
  private final byte[][] prefixes;
  private final byte[][] suffixes;
  private final long lines;
  private long next;
  private byte[] line;
  private int position;
  private int limit;

  /**
   * Creates a cohort.
   *
   * @param templates single-line JSON documents that each hold {@link Fixtures#ID_PLACEHOLDER} once; not null, not empty
   * @param lines how many lines to make, 0 or more
   * @throws IllegalArgumentException if a template does not hold the placeholder exactly once, or holds a line end
   */
  public CohortInput(List<String> templates, long lines) {
    if (templates.isEmpty() || lines < 0) {
      throw new IllegalArgumentException("need at least one template and 0 or more lines, not " + templates.size() + " and " + lines);
    }
    this.prefixes = new byte[templates.size()][];
    this.suffixes = new byte[templates.size()][];
    int longest = 0;
    for (int t = 0; t < templates.size(); t++) {
      String template = Objects.requireNonNull(templates.get(t), "template");
      int at = template.indexOf(Fixtures.ID_PLACEHOLDER);
      if (at < 0 || template.indexOf(Fixtures.ID_PLACEHOLDER, at + 1) >= 0 || template.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("template " + t + " must be one line holding " + Fixtures.ID_PLACEHOLDER + " once");
      }
      prefixes[t] = template.substring(0, at).getBytes(StandardCharsets.UTF_8);
      suffixes[t] = template.substring(at + Fixtures.ID_PLACEHOLDER.length()).getBytes(StandardCharsets.UTF_8);
      longest = Math.max(longest, prefixes[t].length + suffixes[t].length);
    }
    this.lines = lines;
    this.line = new byte[longest + 24];
  }

  @Override
  public int read() {
    if (position == limit && !fill()) {
      return -1;
    }
    return line[position++] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, into.length);
    if (length == 0) {
      return 0;
    }
    int copied = 0;
    while (copied < length) {
      if (position == limit && !fill()) {
        break;
      }
      int chunk = Math.min(length - copied, limit - position);
      System.arraycopy(line, position, into, offset + copied, chunk);
      position += chunk;
      copied += chunk;
    }
    return copied == 0 ? -1 : copied;
  }

  private boolean fill() {
    if (next == lines) {
      return false;
    }
    int template = (int) (next % prefixes.length);
    byte[] id = ("L-" + (next + 1)).getBytes(StandardCharsets.US_ASCII);
    int at = 0;
    System.arraycopy(prefixes[template], 0, line, at, prefixes[template].length);
    at += prefixes[template].length;
    System.arraycopy(id, 0, line, at, id.length);
    at += id.length;
    System.arraycopy(suffixes[template], 0, line, at, suffixes[template].length);
    at += suffixes[template].length;
    line[at++] = '\n';
    position = 0;
    limit = at;
    next++;
    return true;
  }
}

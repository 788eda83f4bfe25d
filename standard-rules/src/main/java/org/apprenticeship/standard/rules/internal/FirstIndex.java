package org.apprenticeship.standard.rules.internal;

/**
 * The index at which each text was first seen, for finding repeated ids in one pass: an open-addressed
 * table of a known most number of texts, at most half full, so no node or boxed index is made per text.
 * Not thread-safe.
 */
final class FirstIndex {
  private final String[] texts;
  private final int[] indexes;
  private final int mask;

  /** A table for at most {@code most} texts. */
  FirstIndex(int most) {
    int capacity = Integer.highestOneBit(Math.max(2, most) * 2 - 1) << 1;
    texts = new String[capacity];
    indexes = new int[capacity];
    mask = capacity - 1;
  }

  /**
   * The index at which an equal text was first put, or -1 when there was none, {@code text} then
   * being kept with {@code index}. Putting more texts than the table was made for is an error.
   */
  int putIfAbsent(String text, int index) {
    int hash = text.hashCode();
    for (int i = (hash ^ hash >>> 16) & mask; ; i = i + 1 & mask) {
      String there = texts[i];
      if (there == null) {
        texts[i] = text;
        indexes[i] = index;
        return -1;
      }
      if (there.equals(text)) {
        return indexes[i];
      }
    }
  }
}

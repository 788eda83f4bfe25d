package org.apprenticeship.standard.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The version of a standard, such as {@code 1.1}: one to four dot-separated whole numbers, without
 * leading zeros, that compare number by number, so that {@code 1.10} comes after {@code 1.9}. A
 * missing number counts as zero in order, so {@code 1} and {@code 1.0} are level in order although
 * they are not {@linkplain #equals(Object) equal}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Version implements Comparable<Version> {

  /** The form a version takes: whole numbers without leading zeros, separated by dots. */
  public static final String PATTERN = "^(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8})){0,3}$";

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private final String text;
  private final int[] parts;

  private Version(String text, int[] parts) {
    this.text = text;
    this.parts = parts;
  }

  /**
   * Parses a version.
   *
   * @param text the version, such as {@code "1.1"}; not null
   * @return the version; not null
   * @throws IllegalArgumentException if {@code text} does not match {@link #PATTERN}
   * @throws NullPointerException if {@code text} is null
   */
  public static Version parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!COMPILED.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "not a version: \"" + text + "\"; a version is whole numbers separated by dots, such as 1.1");
    }
    return new Version(text, Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray());
  }

  /**
   * Tells whether a text is a version that {@link #parse(String)} accepts.
   *
   * @param text the text to check; may be null (then false)
   * @return true when {@code text} is a version
   */
  public static boolean isValid(String text) {
    return text != null && COMPILED.matcher(text).matches();
  }

  /**
   * Compares number by number; a missing number counts as zero, so {@code 1} equals {@code 1.0} in
   * order.
   *
   * @param other the version to compare with; not null
   * @return negative, zero or positive as this version is before, level with or after {@code other}
   */
  @Override
  public int compareTo(Version other) {
    int length = Math.max(parts.length, other.parts.length);
    for (int i = 0; i < length; i++) {
      int mine = i < parts.length ? parts[i] : 0;
      int theirs = i < other.parts.length ? other.parts[i] : 0;
      if (mine != theirs) {
        return Integer.compare(mine, theirs);
      }
    }
    return 0;
  }

  /**
   * Two versions are equal when their texts are equal.
   *
   * @param other the object to compare with; may be null
   * @return true when {@code other} is a version with the same text
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Version && ((Version) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the version as it was written.
   *
   * @return the text given to {@link #parse(String)}; not null
   */
  @Override
  public String toString() {
    return text;
  }
}

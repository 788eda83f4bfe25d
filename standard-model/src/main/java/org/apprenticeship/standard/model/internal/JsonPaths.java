package org.apprenticeship.standard.model.internal;

import java.util.Comparator;

/**
 * Builds and orders the JSON paths of findings: {@code $}, {@code .name} for a property whose name
 * is a plain identifier, {@code ['name']} for any other property name, {@code [3]} for a list item.
 */
public final class JsonPaths {
  /** The path of the document's root. */
  public static final String ROOT = "$";

  /** Orders paths as a person reads them: numbers inside paths by value, so [2] comes before [10]. */
  public static final Comparator<String> ORDER = JsonPaths::compareNaturally;

  private JsonPaths() {}

  /** The path of a property of the value at {@code base}. */
  public static String property(String base, String name) {
    if (isIdentifier(name)) {
      return base + "." + name;
    }
    return base + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** A plain identifier, {@code [A-Za-z_][A-Za-z0-9_]*}: written after a dot. */
  private static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The path of a list item of the value at {@code base}. */
  public static String index(String base, int index) {
    return base + "[" + index + "]";
  }

  /**
   * Joins a path relative to a value (itself starting with {@code $}) to the path of that value.
   */
  public static String join(String base, String relative) {
    if (!relative.startsWith(ROOT)) {
      throw new IllegalArgumentException("a relative path starts with $: " + relative);
    }
    return base + relative.substring(1);
  }

  private static int compareNaturally(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byLength = Integer.compare(endA - i, endB - j);
        if (byLength != 0) {
          return byLength;
        }
        for (; i < endA; i++, j++) {
          int byDigit = Character.compare(a.charAt(i), b.charAt(j));
          if (byDigit != 0) {
            return byDigit;
          }
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }
}

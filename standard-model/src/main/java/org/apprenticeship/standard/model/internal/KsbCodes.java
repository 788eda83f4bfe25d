package org.apprenticeship.standard.model.internal;

import java.util.ArrayList;
import java.util.List;

/** Writes lists of KSB codes compactly: runs of the same letter with consecutive numbers become ranges. */
public final class KsbCodes {
  private KsbCodes() {}

  /** Writes {@code [S1, S2, S3, B1]} as {@code S1-S3, B1}. */
  public static String ranges(List<String> codes) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < codes.size()) {
      int j = i;
      while (j + 1 < codes.size() && follows(codes.get(j), codes.get(j + 1))) {
        j++;
      }
      parts.add(j - i >= 2 ? codes.get(i) + "-" + codes.get(j) : codes.get(i));
      if (j - i == 1) {
        parts.add(codes.get(j));
      }
      i = j + 1;
    }
    return String.join(", ", parts);
  }

  private static boolean follows(String a, String b) {
    return a.charAt(0) == b.charAt(0) && number(b) == number(a) + 1;
  }

  private static int number(String code) {
    try {
      return Integer.parseInt(code.substring(1));
    } catch (NumberFormatException e) {
      return -2;
    }
  }
}

package org.apprenticeship.standard.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

  @Test
  void pathsAreOrderedAsAPersonReadsThem_numbersByValue() {
    List<String> paths = new ArrayList<>(List.of("$.evidence[10].ksbs[0]", "$.evidence[2]", "$.evidence[2].ksbs[10]", "$",
        "$.evidence[2].ksbs[9]", "$.breaks[0]", "$.evidence[02]", "$.evidence[1]"));
    paths.sort(JsonPaths.ORDER);
    // [1] < [2] < [02] (same value, the longer run of digits after) < [10]; a path before its own children.
    assertEquals(List.of("$", "$.breaks[0]", "$.evidence[1]", "$.evidence[2]", "$.evidence[2].ksbs[9]", "$.evidence[2].ksbs[10]",
        "$.evidence[02]", "$.evidence[10].ksbs[0]"), paths);
  }

  /** The order compares runs of digits in place; it must agree with comparing the runs as strings. */
  @Property(tries = 2_000)
  void theOrderAgreesWithComparingEachRunOfDigitsAsAString(@ForAll("paths") String a, @ForAll("paths") String b) {
    assertEquals(Integer.signum(byRunsAsStrings(a, b)), Integer.signum(JsonPaths.ORDER.compare(a, b)), a + " against " + b);
    assertEquals(-Integer.signum(JsonPaths.ORDER.compare(b, a)), Integer.signum(JsonPaths.ORDER.compare(a, b)), "antisymmetric");
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.integers().between(0, 120).map(i -> "[" + i + "]"),
        Arbitraries.of(".a", ".ab", ".b", "[0", "0]", "[007]", "٣", "1", "19"));
    return part.list().ofMaxSize(5).map(parts -> "$" + String.join("", parts));
  }

  /** The order as first written: each run of digits by length, then as a string. */
  private static int byRunsAsStrings(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = i;
        while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
          endA++;
        }
        int endB = j;
        while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
          endB++;
        }
        if (endA - i != endB - j) {
          return Integer.compare(endA - i, endB - j);
        }
        int byDigits = a.substring(i, endA).compareTo(b.substring(j, endB));
        if (byDigits != 0) {
          return byDigits;
        }
        i = endA;
        j = endB;
      } else if (ca != cb) {
        return Character.compare(ca, cb);
      } else {
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}

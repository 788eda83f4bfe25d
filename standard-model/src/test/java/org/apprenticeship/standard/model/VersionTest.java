package org.apprenticeship.standard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void versions_compareNumberByNumber() {
    assertTrue(Version.parse("1.10").compareTo(Version.parse("1.9")) > 0);
    assertTrue(Version.parse("2.0").compareTo(Version.parse("1.99")) > 0);
    assertEquals(0, Version.parse("1").compareTo(Version.parse("1.0")));
    assertFalse(Version.parse("1").equals(Version.parse("1.0")));
  }

  @Test
  void sortingVersions_putsThemOldestFirst() {
    List<String> sorted = List.of("1.10", "1.2", "1.9", "1.0").stream().map(Version::parse).sorted()
        .map(Version::toString).collect(Collectors.toList());
    assertEquals(List.of("1.0", "1.2", "1.9", "1.10"), sorted);
  }

  @Test
  void malformedVersions_areRefused() {
    for (String bad : List.of("", "1.", ".1", "01.1", "1..1", "v1", "1.1.1.1.1", "-1")) {
      assertFalse(Version.isValid(bad), bad);
      assertThrows(IllegalArgumentException.class, () -> Version.parse(bad), bad);
    }
  }

  @Property
  void ordering_agreesWithTheNumbers(@ForAll("parts") List<Integer> a, @ForAll("parts") List<Integer> b) {
    int expected = 0;
    for (int i = 0; i < Math.max(a.size(), b.size()) && expected == 0; i++) {
      expected = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
    }
    assertEquals(Integer.signum(expected), Integer.signum(version(a).compareTo(version(b))));
    assertEquals(-Integer.signum(expected), Integer.signum(version(b).compareTo(version(a))));
  }

  @Property
  void parse_keepsTheText(@ForAll("parts") List<Integer> a) {
    assertEquals(text(a), Version.parse(text(a)).toString());
  }

  @Provide
  Arbitrary<List<Integer>> parts() {
    return Arbitraries.integers().between(0, 120).list().ofMinSize(1).ofMaxSize(4);
  }

  private static Version version(List<Integer> parts) {
    return Version.parse(text(parts));
  }

  private static String text(List<Integer> parts) {
    return parts.stream().map(String::valueOf).collect(Collectors.joining("."));
  }
}

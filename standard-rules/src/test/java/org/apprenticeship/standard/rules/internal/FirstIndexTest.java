package org.apprenticeship.standard.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link FirstIndex} answers as {@code HashMap.putIfAbsent} does, -1 standing for null. */
class FirstIndexTest {
  @Test
  void repeatedIds_byHand() {
    // E1 at 0, E2 at 1, E1 again at 2 -> 0; "Aa" and "BB" share a hash code but are not equal.
    FirstIndex first = new FirstIndex(5);
    assertEquals(-1, first.putIfAbsent("E1", 0));
    assertEquals(-1, first.putIfAbsent("E2", 1));
    assertEquals(0, first.putIfAbsent("E1", 2));
    assertEquals(-1, first.putIfAbsent("Aa", 3));
    assertEquals(-1, first.putIfAbsent("BB", 4));
    assertEquals(3, first.putIfAbsent("Aa", 5));
  }

  @Property(tries = 500)
  void anyTexts_asAHashMap(@ForAll @Size(max = 200) List<@StringLength(max = 3) String> texts) {
    FirstIndex first = new FirstIndex(texts.size());
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      Integer expected = map.putIfAbsent(texts.get(i), i);
      assertEquals(expected == null ? -1 : expected, first.putIfAbsent(texts.get(i), i), texts.get(i));
    }
  }
}

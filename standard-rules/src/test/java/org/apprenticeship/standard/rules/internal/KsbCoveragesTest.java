package org.apprenticeship.standard.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apprenticeship.standard.rules.KsbCoverage;
import org.apprenticeship.standard.rules.KsbStatus;
import org.junit.jupiter.api.Test;

/** {@link KsbCoverages#of} makes the value the builder makes: equal, same hash, same text, unmodifiable lists. */
class KsbCoveragesTest {
  private static KsbCoverage built(String code, KsbStatus status, List<String> accepted, List<String> pending) {
    return KsbCoverage.builder().code(code).status(status).accepted(accepted.size()).pending(pending.size())
        .addAllAcceptedEvidence(accepted).addAllPendingEvidence(pending).build();
  }

  private static void assertSame(KsbCoverage expected, KsbCoverage made) {
    assertEquals(expected, made);
    assertEquals(made, expected);
    assertEquals(expected.hashCode(), made.hashCode());
    assertEquals(expected.toString(), made.toString());
    assertEquals(expected.getClass(), made.getClass());
  }

  @Test
  void oneKsb_byHand() {
    // K1 covered by E1 and E2, pending on E3.
    KsbCoverage made = KsbCoverages.of("K1", KsbStatus.COVERED, new String[] {"E1", "E2"}, new String[] {"E3"});
    assertSame(built("K1", KsbStatus.COVERED, List.of("E1", "E2"), List.of("E3")), made);
    assertEquals(2, made.accepted());
    assertEquals(1, made.pending());
    assertThrows(UnsupportedOperationException.class, () -> made.acceptedEvidence().set(0, "E9"));
    assertThrows(UnsupportedOperationException.class, () -> made.pendingEvidence().add("E9"));
    assertSame(built("S1", KsbStatus.NOT_STARTED, List.of(), List.of()), KsbCoverages.of("S1", KsbStatus.NOT_STARTED, new String[0],
        new String[0]));
  }

  @Property(tries = 300)
  void anyIds_asTheBuilder(@ForAll @Size(max = 5) List<String> accepted, @ForAll @Size(max = 5) List<String> pending,
      @ForAll KsbStatus status) {
    KsbCoverage made = KsbCoverages.of("B7", status, accepted.toArray(new String[0]), pending.toArray(new String[0]));
    assertSame(built("B7", status, accepted, pending), made);
    assertEquals(made.withCode("B8"), built("B8", status, accepted, pending));
  }
}

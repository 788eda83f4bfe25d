package org.apprenticeship.standard.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.Standard;
import org.junit.jupiter.api.Test;

/** {@link StandardFacts} answers as the standard does, for the standard it was made for, whichever was asked about before. */
class StandardFactsTest {
  private static final Standard ST0007 = Standards.bundled().get("ST0007");

  /** A standard with codes in and out of the usual form: a leading zero, four digits, a lower-case letter, a suffix. */
  private static Standard odd(List<String> codes) {
    List<Ksb> ksbs = new ArrayList<>();
    for (String code : codes) {
      ksbs.add(Ksb.of(code, "Knows " + code));
    }
    return ST0007.withKsbs(ksbs);
  }

  @Provide
  Arbitrary<String> codes() {
    Arbitrary<String> usual = Arbitraries.of("K", "S", "B", "A", "Z").flatMap(letter ->
        Arbitraries.integers().between(0, 1200).map(n -> letter + n));
    Arbitrary<String> any = Arbitraries.strings().withChars("KSBksb0123456789 -a\u0661").ofMinLength(0).ofMaxLength(6);
    return Arbitraries.oneOf(usual, any, Arbitraries.of(ST0007.ksbCodes()));
  }

  @Property(tries = 1000)
  void st0007_positionsAreTheStandards(@ForAll("codes") String code) {
    assertEquals(ST0007.ksbIndexOf(code), StandardFacts.of(ST0007).ksbIndexOf(code), code);
  }

  @Property(tries = 300)
  void anyCodes_positionsAreTheStandards(@ForAll("codes") String first, @ForAll("codes") String second,
      @ForAll("codes") String third, @ForAll("codes") String asked) {
    List<String> codes = new ArrayList<>(List.of("K1", first, "K0" + 7, "S1000", "k2", "B2a", second, third, first));
    Standard standard = odd(codes);
    for (String code : codes) {
      assertEquals(standard.ksbIndexOf(code), StandardFacts.of(standard).ksbIndexOf(code), code + " of " + codes);
    }
    assertEquals(standard.ksbIndexOf(asked), StandardFacts.of(standard).ksbIndexOf(asked), asked + " of " + codes);
    // Asked about ST0007 in between, the facts are of ST0007, then of the odd standard again.
    assertEquals(ST0007.ksbIndexOf(asked), StandardFacts.of(ST0007).ksbIndexOf(asked), asked);
    assertEquals(standard.ksbIndexOf(asked), StandardFacts.of(standard).ksbIndexOf(asked), asked + " of " + codes);
  }

  @Test
  void citations_areTheStandardsWords_andKeptForTheStandardLastAskedAbout() {
    StandardFacts facts = StandardFacts.of(ST0007);
    assertSame(facts, StandardFacts.of(ST0007));
    String grading = facts.cited("$.assessmentPlan.gradingRules");
    String expected = ST0007.citationFor("$.assessmentPlan.gradingRules")
        .map(c -> " (" + ST0007.statusOf(c).orElseThrow().name() + ": " + String.join(", ", c.sources()) + ")").orElse("");
    assertEquals(expected, grading);
    assertEquals("", StandardFacts.of(odd(List.of("K1"))).cited("$.no.such.fact"));
    assertEquals(grading, StandardFacts.of(ST0007).cited("$.assessmentPlan.gradingRules"));
  }
}

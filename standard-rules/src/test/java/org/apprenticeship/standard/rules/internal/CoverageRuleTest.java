package org.apprenticeship.standard.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.rules.EvaluationPolicy;

/** Evidence read once up to a later date counts as it would if read up to each earlier date. */
class CoverageRuleTest {
  private static final Standard ST0007 = Standards.bundled().get("ST0007");
  private static final LocalDate START = LocalDate.of(2024, 9, 2);

  @Property(tries = 200)
  void readToALaterDate_givesTheReportAndTheUncoveredKsbsOfTheEarlierOne(@ForAll("evidence") List<Evidence> evidence,
      @ForAll @IntRange(min = 0, max = 400) int earlier, @ForAll @IntRange(min = 0, max = 400) int later,
      @ForAll @IntRange(min = 1, max = 3) int minimum) {
    LearnerRecord record = LearnerRecord.builder().learnerId("L-1").standard("ST0007").startDate(START)
        .plannedEndDate(START.plusMonths(18)).contractedHoursPerWeek(new BigDecimal("37.5")).evidence(evidence).build();
    EvaluationPolicy policy = EvaluationPolicy.builder().minimumAcceptedEvidence(minimum).build();
    LocalDate at = START.plusDays(earlier);
    LocalDate latest = at.plusDays(later);
    CoverageRule once = new CoverageRule(ST0007, record, latest);
    CoverageRule exactly = new CoverageRule(ST0007, record, at);
    assertEquals(exactly.report(at, policy), once.report(at, policy));
    assertEquals(exactly.report(at, policy).uncovered(), once.uncovered(at, policy));
  }

  @Provide
  Arbitrary<List<Evidence>> evidence() {
    Arbitrary<String> code = Arbitraries.oneOf(Arbitraries.of(ST0007.ksbCodes()), Arbitraries.of("K99", "X1", "k1"));
    Arbitrary<Evidence> one = Combinators.combine(code.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(EvidenceStatus.class),
        Arbitraries.integers().between(0, 500)).as((ksbs, status, day) -> Evidence.builder().id("E").title("Evidence")
            .date(START.plusDays(day)).ksbs(ksbs).status(status).build());
    return one.list().ofMaxSize(40).map(list -> {
      List<Evidence> numbered = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        numbered.add(list.get(i).withId("E" + i));
      }
      return numbered;
    });
  }
}

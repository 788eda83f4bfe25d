package org.apprenticeship.standard.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apprenticeship.standard.model.AttemptKind;
import org.apprenticeship.standard.model.CriterionKind;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.rules.CoverageReport;
import org.apprenticeship.standard.rules.CoveredCount;
import org.apprenticeship.standard.rules.CriterionResult;
import org.apprenticeship.standard.rules.CriterionStatus;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.GatewayReport;
import org.apprenticeship.standard.rules.GradeReport;
import org.apprenticeship.standard.rules.KsbCoverage;
import org.apprenticeship.standard.rules.MethodGrade;
import org.apprenticeship.standard.rules.OffTheJobReport;
import org.apprenticeship.standard.rules.Rag;
import org.apprenticeship.standard.rules.Rounding;
import org.apprenticeship.standard.rules.Timeline;
import org.apprenticeship.standard.rules.KsbStatus;
import org.junit.jupiter.api.Test;

/** Each factory of {@link Results} makes the value the builder makes: equal, same hash, same text, same class, unmodifiable lists. */
class ResultsTest {
  private static KsbCoverage built(String code, KsbStatus status, List<String> accepted, List<String> pending) {
    return KsbCoverage.builder().code(code).status(status).accepted(accepted.size()).pending(pending.size())
        .addAllAcceptedEvidence(accepted).addAllPendingEvidence(pending).build();
  }

  private static void assertSame(Object expected, Object made) {
    assertEquals(expected, made);
    assertEquals(made, expected);
    assertEquals(expected.hashCode(), made.hashCode());
    assertEquals(expected.toString(), made.toString());
    assertEquals(expected.getClass(), made.getClass());
  }

  @Test
  void oneKsb_byHand() {
    // K1 covered by E1 and E2, pending on E3.
    KsbCoverage made = Results.ksbCoverage("K1", KsbStatus.COVERED, new String[] {"E1", "E2"}, new String[] {"E3"});
    assertSame(built("K1", KsbStatus.COVERED, List.of("E1", "E2"), List.of("E3")), made);
    assertEquals(2, made.accepted());
    assertEquals(1, made.pending());
    assertThrows(UnsupportedOperationException.class, () -> made.acceptedEvidence().set(0, "E9"));
    assertThrows(UnsupportedOperationException.class, () -> made.pendingEvidence().add("E9"));
    assertSame(built("S1", KsbStatus.NOT_STARTED, List.of(), List.of()), Results.ksbCoverage("S1", KsbStatus.NOT_STARTED, new String[0],
        new String[0]));
  }

  @Property(tries = 300)
  void anyIds_asTheBuilder(@ForAll @Size(max = 5) List<String> accepted, @ForAll @Size(max = 5) List<String> pending,
      @ForAll KsbStatus status) {
    KsbCoverage made = Results.ksbCoverage("B7", status, accepted.toArray(new String[0]), pending.toArray(new String[0]));
    assertSame(built("B7", status, accepted, pending), made);
    assertEquals(made.withCode("B8"), built("B8", status, accepted, pending));
  }

  @Test
  void coverageReport_asTheBuilder() {
    // Two KSBs: K1 covered by E1, S1 not started; 50% covered against 40% expected.
    List<KsbCoverage> ksbs = List.of(Results.ksbCoverage("K1", KsbStatus.COVERED, new String[] {"E1"}, new String[0]),
        Results.ksbCoverage("S1", KsbStatus.NOT_STARTED, new String[0], new String[0]));
    List<CoveredCount> types = List.of(CoveredCount.ofType(KsbType.KNOWLEDGE, 1, 1), CoveredCount.ofType(KsbType.SKILL, 0, 1));
    CoverageReport built = CoverageReport.builder().percent(50).expectedPercent(40).rag(Rag.GREEN).uncovered(List.of("S1")).covered(1)
        .total(2).minimumAccepted(1).ksbs(ksbs).types(types).methods(List.of()).build();
    CoverageReport made = Results.coverageReport(50, 40, Rag.GREEN, Results.unmodifiable(new ArrayList<>(List.of("S1"))), 1, 2, 1,
        Results.unmodifiable(new ArrayList<>(ksbs)), Results.unmodifiable(new ArrayList<>(types)), Results.unmodifiable(new ArrayList<>()));
    assertSame(built, made);
    assertThrows(UnsupportedOperationException.class, () -> made.uncovered().add("K2"));
    assertThrows(UnsupportedOperationException.class, () -> made.ksbs().clear());
  }

  @Property(tries = 100)
  void criterionResult_withOrWithoutRule_asTheBuilder(@ForAll CriterionKind kind, @ForAll CriterionStatus status, @ForAll boolean mandatory,
      @ForAll boolean withRule) {
    CriterionResult built = CriterionResult.of("english", kind, mandatory, status, "English: recorded");
    built = withRule ? built.withRule("english-maths-2024") : built;
    assertSame(built, Results.criterionResult("english", kind, mandatory, status, "English: recorded", withRule ? "english-maths-2024" : null));
  }

  @Test
  void evaluation_asTheBuilder() {
    CoverageReport coverage = CoverageReport.builder().percent(100).expectedPercent(100).rag(Rag.GREEN).covered(0).total(0)
        .minimumAccepted(1).build();
    OffTheJobReport offTheJob = OffTheJobReport.builder().loggedHours(BigDecimal.ONE).hoursAfterGateway(BigDecimal.ZERO)
        .plannedWeeks(BigDecimal.TEN).reason("the minimum is unknown").rounding(Rounding.EXACT).build();
    GatewayReport gateway = GatewayReport.of(LocalDate.of(2026, 2, 1), List.of());
    GradeReport grade = GradeReport.builder().capped(false).reason("open").build();
    Timeline timeline = Timeline.builder().build();
    List<Finding> findings = List.of(Finding.of(FindingCode.EVIDENCE_04, "$.evidence[0].date", "after the as-of date"));
    LocalDate asOf = LocalDate.of(2026, 2, 1);
    Evaluation built = Evaluation.builder().learnerId("L-1").standard("ST0007").version("1.1").fundingRulesVersion("2026.11").asOf(asOf)
        .coverage(coverage).offTheJob(offTheJob).gateway(gateway).grade(grade).timeline(timeline).findings(findings).build();
    Evaluation made = Results.evaluation("L-1", "ST0007", "1.1", "2026.11", asOf, coverage, offTheJob, gateway, grade, timeline,
        Results.unmodifiable(new ArrayList<>(findings)));
    assertSame(built, made);
    assertThrows(UnsupportedOperationException.class, () -> made.findings().clear());
  }

  @Test
  void gradeReport_andMethodGrades_asTheBuilder() {
    // observation passed at a resit (attempt 2), professional-discussion not yet taken: open.
    LocalDate on = LocalDate.of(2026, 1, 12);
    List<MethodGrade> built = List.of(
        MethodGrade.builder().method("observation").grade("PASS").attempt(2).kind(AttemptKind.RESIT).date(on).build(),
        MethodGrade.builder().method("professional-discussion").build());
    List<MethodGrade> made = List.of(Results.methodGrade("observation", "PASS", 2, AttemptKind.RESIT, on),
        Results.methodGrade("professional-discussion", null, null, null, null));
    for (int i = 0; i < built.size(); i++) {
      assertSame(built.get(i), made.get(i));
    }
    assertSame(GradeReport.builder().methods(built).capped(false).reason("open: no result yet for professional-discussion").build(),
        Results.gradeReport(null, false, Results.unmodifiable(new ArrayList<>(made)), "open: no result yet for professional-discussion"));
    assertSame(GradeReport.builder().overall("PASS").capped(true).reason("capped").build(),
        Results.gradeReport("PASS", true, List.of(), "capped"));
  }
}

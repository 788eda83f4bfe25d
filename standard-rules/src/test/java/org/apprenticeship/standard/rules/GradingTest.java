package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.apprenticeship.standard.rules.Synthetic.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.Standard;
import org.junit.jupiter.api.Test;

class GradingTest {
  private static final LocalDate GATEWAY = START.plusMonths(17);
  private static final LocalDate AS_OF = START.plusMonths(20);

  private static GradeReport grade(Standard standard, boolean exceptional, MethodResult... results) {
    LearnerRecord record = (standard == Synthetic.ST0007 ? Synthetic.st0007Record() : Synthetic.record().plannedEndDate(START.plusMonths(17)))
        .epa(EpaRecord.builder().gatewayDate(GATEWAY).addResults(results).exceptionalCircumstances(exceptional).build()).build();
    return Rules.evaluate(standard, Synthetic.FUNDING, record, AS_OF).value().orElseThrow(() -> new AssertionError("not evaluated")).grade();
  }

  private static GradeReport st0007(MethodResult... results) {
    return grade(Synthetic.ST0007, false, results);
  }

  private static MethodResult observation(String grade, int attempt) {
    return result("observation", grade, GATEWAY.plusWeeks(5 + attempt), attempt);
  }

  private static MethodResult discussion(String grade, int attempt) {
    return result("professional-discussion", grade, GATEWAY.plusWeeks(6 + attempt), attempt);
  }

  @Test
  void st0007_gradingTable_givesEachCombination() {
    assertEquals(Optional.of("DISTINCTION"), st0007(observation("PASS", 1), discussion("DISTINCTION", 1)).overall());
    assertEquals(Optional.of("PASS"), st0007(observation("PASS", 1), discussion("PASS", 1)).overall());
    assertEquals(Optional.of("FAIL"), st0007(observation("PASS", 1), discussion("FAIL", 1)).overall());
    assertEquals(Optional.of("FAIL"), st0007(observation("FAIL", 1), discussion("DISTINCTION", 1)).overall());
    GradeReport report = st0007(observation("PASS", 1), discussion("DISTINCTION", 1));
    assertFalse(report.capped());
    assertEquals("observation PASS, professional-discussion DISTINCTION: DISTINCTION by the grading table (ASSUMED: A5, P11)", report.reason());
  }

  @Test
  void whileAMethodHasNoResult_theOverallGradeIsOpen() {
    GradeReport report = st0007(observation("PASS", 1));
    assertEquals(Optional.empty(), report.overall());
    assertEquals("open: no result yet for professional-discussion", report.reason());
    assertEquals(Optional.empty(), report.methods().get(1).grade());
    assertEquals(Optional.of("PASS"), report.methods().get(0).grade());
  }

  @Test
  void theLatestAttemptCounts_andAResitIsCappedAtPass() {
    GradeReport report = st0007(observation("FAIL", 1), observation("PASS", 2), discussion("DISTINCTION", 1));
    assertEquals(Optional.of("PASS"), report.overall());
    assertTrue(report.capped());
    assertEquals(Optional.of(2), report.methods().get(0).attempt());
    assertTrue(report.reason().endsWith("capped at PASS after a resit or retake (SECONDARY: P6, P8)"), report.reason());
  }

  @Test
  void theCap_doesNotChangeAGradeAtOrBelowIt() {
    GradeReport report = st0007(observation("FAIL", 1), observation("PASS", 2), discussion("PASS", 1));
    assertEquals(Optional.of("PASS"), report.overall());
    assertFalse(report.capped());
  }

  @Test
  void exceptionalCircumstances_liftTheCap_whereThePlanAllows() {
    GradeReport lifted = grade(Synthetic.ST0007, true, observation("FAIL", 1), observation("PASS", 2), discussion("DISTINCTION", 1));
    assertEquals(Optional.of("DISTINCTION"), lifted.overall());
    assertFalse(lifted.capped());
    Standard strict = Synthetic.ST0007.withAssessmentPlan(Synthetic.ST0007.assessmentPlan().orElseThrow().withResit(
        Synthetic.ST0007.assessmentPlan().orElseThrow().resit().orElseThrow().withCapLiftedByExceptionalCircumstances(false)));
    LearnerRecord record = Synthetic.st0007Record().epa(EpaRecord.builder().gatewayDate(GATEWAY).exceptionalCircumstances(true)
        .addResults(observation("FAIL", 1), observation("PASS", 2), discussion("DISTINCTION", 1)).build()).build();
    GradeReport capped = Rules.evaluate(strict, Synthetic.FUNDING, record, AS_OF).value().orElseThrow().grade();
    assertEquals(Optional.of("PASS"), capped.overall());
    assertTrue(capped.capped());
  }

  @Test
  void aStandardWithoutAPlan_hasNoGrade() {
    Standard imported = Synthetic.standard().withAssessmentPlan(Optional.empty())
        .withGatewayCriteria(Synthetic.standard().gatewayCriteria().subList(0, 3));
    LearnerRecord record = Synthetic.record().build();
    GradeReport report = Rules.evaluate(imported, Synthetic.FUNDING, record, AS_OF).value().orElseThrow().grade();
    assertEquals(Optional.empty(), report.overall());
    assertEquals(List.of(), report.methods());
    assertEquals("open: ST9001 1.0 has no assessment plan, so there is no grade", report.reason());
  }

  @Property(tries = 300)
  void aBetterMethodGrade_neverLowersTheOverallGrade(@ForAll int seed) {
    for (Standard standard : List.of(Synthetic.ST0007, Synthetic.standard())) {
      AssessmentPlan plan = standard.assessmentPlan().orElseThrow();
      java.util.Random random = new java.util.Random(seed);
      Map<String, String> combination = plan.gradeCombinations().get(random.nextInt(plan.gradeCombinations().size()));
      AssessmentMethod raised = plan.methods().get(random.nextInt(plan.methods().size()));
      int rank = raised.rankOf(combination.get(raised.id()));
      if (rank + 1 == raised.grades().size()) {
        continue;
      }
      boolean resit = random.nextBoolean();
      boolean exceptional = random.nextBoolean();
      GradeReport before = grade(standard, exceptional, results(plan, combination, null, resit));
      GradeReport after = grade(standard, exceptional, results(plan, combination, raised, resit));
      int a = plan.rankOf(before.overall().orElseThrow());
      int b = plan.rankOf(after.overall().orElseThrow());
      assertTrue(b >= a, standard.reference() + " " + combination + " raising " + raised.id() + ": " + before.overall() + " then " + after.overall());
    }
  }

  private static MethodResult[] results(AssessmentPlan plan, Map<String, String> grades, AssessmentMethod raised, boolean resit) {
    List<MethodResult> results = new ArrayList<>();
    int week = 5;
    for (AssessmentMethod method : plan.methods()) {
      String grade = grades.get(method.id());
      if (method.equals(raised)) {
        grade = method.grades().get(method.rankOf(grade) + 1);
      }
      if (resit && method.equals(plan.methods().get(0))) {
        results.add(result(method.id(), method.grades().get(0), GATEWAY.plusWeeks(week++), 1));
        results.add(result(method.id(), grade, GATEWAY.plusWeeks(week++), 2));
      } else {
        results.add(result(method.id(), grade, GATEWAY.plusWeeks(week++), 1));
      }
    }
    return results.toArray(MethodResult[]::new);
  }
}

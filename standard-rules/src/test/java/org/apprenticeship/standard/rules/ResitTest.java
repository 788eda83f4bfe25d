package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.apprenticeship.standard.rules.Synthetic.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AttemptKind;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.junit.jupiter.api.Test;

/**
 * Resits and retakes on ST0007 (resit window 3 months, cap Pass): an attempt after a method was
 * passed does not count, exceptional circumstances or not; a failed method taken again after its
 * window means the whole EPA is retaken, so the other methods' earlier results no longer count.
 */
class ResitTest {
  private static final LocalDate GATEWAY = LocalDate.of(2026, 2, 1);

  private static Optional<Evaluation> evaluate(FundingRuleSet funding, boolean exceptional, LocalDate asOf, MethodResult... results) {
    LearnerRecord record = Synthetic.st0007Record()
        .epa(EpaRecord.builder().gatewayDate(GATEWAY).exceptionalCircumstances(exceptional).addResults(results).build()).build();
    return Rules.evaluate(Synthetic.ST0007, funding, record, asOf).value();
  }

  private static GradeReport grade(LocalDate asOf, MethodResult... results) {
    return evaluate(Synthetic.FUNDING, false, asOf, results).orElseThrow().grade();
  }

  private static List<Finding> warnings(FindingCode code, LocalDate asOf, MethodResult... results) {
    return evaluate(Synthetic.FUNDING, false, asOf, results).orElseThrow().findings().stream().filter(f -> f.code() == code)
        .collect(Collectors.toList());
  }

  private static MethodResult retake(String method, String grade, LocalDate date) {
    return result(method, grade, date, 2).withKind(AttemptKind.RETAKE);
  }

  @Test
  void anAttemptAfterAPass_doesNotCount_andIsAWarning() {
    // Discussion PASS on 2026-03-05, then DISTINCTION on 2026-04-10: the pass stands. Observation
    // PASS and discussion PASS give PASS, not capped: no resit counts.
    LocalDate asOf = LocalDate.of(2026, 5, 1);
    MethodResult[] results = {result("observation", "PASS", LocalDate.of(2026, 3, 2), 1),
        result("professional-discussion", "PASS", LocalDate.of(2026, 3, 5), 1), retake("professional-discussion", "DISTINCTION",
        LocalDate.of(2026, 4, 10))};
    GradeReport report = grade(asOf, results);
    assertEquals(Optional.of("PASS"), report.overall());
    assertFalse(report.capped());
    assertEquals(Optional.of(1), report.methods().get(1).attempt());
    List<Finding> warnings = warnings(FindingCode.EPA_10, asOf, results);
    assertEquals(1, warnings.size());
    assertEquals("$.epa.results[2]", warnings.get(0).path());
    assertEquals("attempt 2 at professional-discussion on 2026-04-10 comes after it was passed (PASS on 2026-03-05), so it does not count:"
        + " a resit or retake cannot improve a passed grade (rule pass-is-final, CONFIRMED: G2)", warnings.get(0).message());
    // Exceptional circumstances lift a cap; they do not make the attempt count.
    assertEquals(Optional.of("PASS"), evaluate(Synthetic.FUNDING, true, asOf, results).orElseThrow().grade().overall());
  }

  @Test
  void withoutTheRuleThatAPassIsFinal_theLaterAttemptCounts_andTheCapApplies() {
    FundingRuleSet without = FundingSets.of(FundingSets.sixHoursAWeek());
    LocalDate asOf = LocalDate.of(2026, 5, 1);
    GradeReport report = evaluate(without, false, asOf, result("observation", "PASS", LocalDate.of(2026, 3, 2), 1),
        result("professional-discussion", "PASS", LocalDate.of(2026, 3, 5), 1),
        retake("professional-discussion", "DISTINCTION", LocalDate.of(2026, 4, 10))).orElseThrow().grade();
    assertEquals(Optional.of("PASS"), report.overall());
    assertTrue(report.capped());
  }

  @Test
  void aRetakeAfterTheResitWindow_restartsTheWholeEpa_andTheOtherMethodsEarlierResultsNoLongerCount() {
    // Observation failed on 2026-03-02 (window to 2026-06-02), discussion passed on 2026-03-05;
    // the observation is retaken on 2026-07-01, after the window: the whole EPA is retaken from then,
    // the discussion's pass no longer counts, and the grade stays open until it is taken again.
    LocalDate asOf = LocalDate.of(2026, 7, 5);
    MethodResult[] results = {result("observation", "FAIL", LocalDate.of(2026, 3, 2), 1),
        result("professional-discussion", "PASS", LocalDate.of(2026, 3, 5), 1), retake("observation", "PASS", LocalDate.of(2026, 7, 1))};
    GradeReport open = grade(asOf, results);
    assertEquals(Optional.empty(), open.overall());
    assertEquals("open: no result since the whole EPA was retaken from 2026-07-01 for professional-discussion", open.reason());
    assertEquals(Optional.of(AttemptKind.RETAKE), open.methods().get(0).kind());
    assertEquals(Optional.empty(), open.methods().get(1).grade());
    List<Finding> warnings = warnings(FindingCode.EPA_11, asOf, results);
    assertEquals(1, warnings.size());
    assertEquals("$.epa.results[2]", warnings.get(0).path());
    assertEquals("observation failed on 2026-03-02 and was taken again on 2026-07-01, after its resit window ended on 2026-06-02: the whole"
        + " EPA is retaken; so the earlier results of the other methods no longer count (professional-discussion PASS on 2026-03-05), and"
        + " the overall grade stays open until they are taken again", warnings.get(0).message());
    // Once the discussion is retaken too (DISTINCTION), Pass and Distinction give Distinction, capped at Pass after a retake.
    GradeReport retaken = grade(LocalDate.of(2026, 7, 20), results[0], results[1], results[2],
        retake("professional-discussion", "DISTINCTION", LocalDate.of(2026, 7, 15)));
    assertEquals(Optional.of("PASS"), retaken.overall());
    assertTrue(retaken.capped());
  }

  @Test
  void aResitWithinItsWindow_keepsTheOtherMethodsResults() {
    // Observation failed on 2026-03-02 and was resat on 2026-05-01, within the window: the
    // discussion's PASS still counts; PASS and PASS give PASS.
    LocalDate asOf = LocalDate.of(2026, 5, 10);
    MethodResult[] results = {result("observation", "FAIL", LocalDate.of(2026, 3, 2), 1),
        result("professional-discussion", "PASS", LocalDate.of(2026, 3, 5), 1),
        result("observation", "PASS", LocalDate.of(2026, 5, 1), 2).withKind(AttemptKind.RESIT)};
    assertEquals(Optional.of("PASS"), grade(asOf, results).overall());
    assertEquals(List.of(), warnings(FindingCode.EPA_11, asOf, results));
  }

  @Test
  void aFirstAttemptMarkedAsAResit_isAnError() {
    assertFalse(evaluate(Synthetic.FUNDING, false, START.plusMonths(20),
        result("observation", "PASS", LocalDate.of(2026, 3, 2), 1).withKind(AttemptKind.RESIT)).isPresent());
  }
}

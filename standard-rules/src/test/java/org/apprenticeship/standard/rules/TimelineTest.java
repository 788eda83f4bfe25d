package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.apprenticeship.standard.rules.Synthetic.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final LocalDate GATEWAY = LocalDate.of(2026, 2, 1);

  private static Validated<Evaluation> evaluate(LocalDate asOf, MethodResult... results) {
    LearnerRecord record = Synthetic.st0007Record()
        .epa(EpaRecord.builder().gatewayDate(GATEWAY).addResults(results).build()).build();
    return Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, record, asOf);
  }

  /** The first of the timeline's own warnings. */
  private static org.apprenticeship.standard.model.Finding timelineWarning(Validated<Evaluation> result) {
    return result.findings().stream().filter(f -> f.code().name().startsWith("TIMELINE_")).findFirst().orElseThrow();
  }

  /** The timeline's own warnings; those of the other rules (gateway, breaks, resits) are pinned by their own tests. */
  private static List<String> codesAndPaths(Validated<Evaluation> result) {
    return result.findings().stream().filter(f -> f.code().name().startsWith("TIMELINE_"))
        .map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  @Test
  void fromTheGatewayDate_theEpaPeriodAndPreparationWindowEnd() {
    Timeline timeline = evaluate(GATEWAY.plusDays(1)).value().orElseThrow().timeline();
    assertEquals(Optional.of(GATEWAY), timeline.gatewayDate());
    assertEquals(Optional.of(LocalDate.of(2026, 5, 1)), timeline.epaDeadline());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), timeline.observationPreparationEnds());
    assertEquals(Optional.empty(), timeline.resitDeadline());
  }

  @Test
  void beforeGateway_thereIsNoTimeline() {
    LearnerRecord record = Synthetic.st0007Record().build();
    Timeline timeline = Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, record, START.plusMonths(3)).value().orElseThrow().timeline();
    assertEquals(Timeline.builder().build(), timeline);
  }

  @Test
  void afterAFail_theResitDeadlineCountsFromTheFailedResult() {
    Validated<Evaluation> result = evaluate(LocalDate.of(2026, 3, 20), result("observation", "FAIL", LocalDate.of(2026, 3, 10), 1));
    assertEquals(Optional.of(LocalDate.of(2026, 6, 10)), result.value().orElseThrow().timeline().resitDeadline());
    assertEquals(List.of(), codesAndPaths(result));
  }

  @Test
  void aFirstAttemptAfterTheEpaPeriod_isWarned() {
    Validated<Evaluation> result = evaluate(LocalDate.of(2026, 6, 1),
        result("observation", "PASS", LocalDate.of(2026, 3, 10), 1),
        result("professional-discussion", "PASS", LocalDate.of(2026, 5, 2), 1));
    assertEquals(List.of("TIMELINE_01 $.epa.results[1].date"), codesAndPaths(result));
    assertEquals("professional-discussion is dated 2026-05-02, after the end of the EPA period on 2026-05-01",
        timelineWarning(result).message());
  }

  @Test
  void aResitAfterItsWindow_isWarned() {
    Validated<Evaluation> result = evaluate(LocalDate.of(2026, 8, 1),
        result("observation", "FAIL", LocalDate.of(2026, 3, 10), 1),
        result("observation", "PASS", LocalDate.of(2026, 6, 11), 2),
        result("professional-discussion", "PASS", LocalDate.of(2026, 3, 12), 1));
    assertEquals(List.of("TIMELINE_02 $.epa.results[1].date"), codesAndPaths(result));
  }

  @Test
  void aMethodBeforeItsPreparationEnds_isWarned() {
    Validated<Evaluation> result = evaluate(LocalDate.of(2026, 3, 1), result("observation", "PASS", LocalDate.of(2026, 2, 20), 1));
    assertEquals(List.of("TIMELINE_03 $.epa.results[0].date"), codesAndPaths(result));
  }

  @Test
  void theEpaPeriodOverWithAMethodUngraded_isWarned() {
    Validated<Evaluation> result = evaluate(LocalDate.of(2026, 5, 2), result("observation", "PASS", LocalDate.of(2026, 3, 10), 1));
    assertEquals(List.of("TIMELINE_04 $.epa.results"), codesAndPaths(result));
    assertEquals("the EPA period ended on 2026-05-01 and professional-discussion has no result", timelineWarning(result).message());
  }

  @Test
  void theResitWindowOverWithoutANewAttempt_isWarned() {
    Validated<Evaluation> result = evaluate(LocalDate.of(2026, 4, 20),
        result("observation", "PASS", LocalDate.of(2026, 3, 10), 1),
        result("professional-discussion", "FAIL", LocalDate.of(2026, 1, 15).plusMonths(1), 1));
    assertEquals(Optional.of(LocalDate.of(2026, 5, 15)), result.value().orElseThrow().timeline().resitDeadline());
    Validated<Evaluation> later = evaluate(LocalDate.of(2026, 5, 16),
        result("observation", "PASS", LocalDate.of(2026, 3, 10), 1),
        result("professional-discussion", "FAIL", LocalDate.of(2026, 2, 15), 1));
    assertEquals(List.of("TIMELINE_05 $.epa.results[1]"), codesAndPaths(later));
  }
}

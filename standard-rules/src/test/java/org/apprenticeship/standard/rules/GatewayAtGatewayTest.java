package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.FundingSets.date;
import static org.apprenticeship.standard.rules.Synthetic.FUNDING;
import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.junit.jupiter.api.Test;

/**
 * When a gateway date is recorded, every criterion is judged as it stood on that date
 * (achievements, evidence, hours, time on programme), and a gateway passed while a mandatory
 * criterion was not met is a warning naming it.
 */
class GatewayAtGatewayTest {
  /** 18 months after the 2024-09-02 start: the planned end. */
  private static final LocalDate GATEWAY = START.plusMonths(18);
  private static final LocalDate AS_OF = GATEWAY.plusMonths(2);

  private static Evaluation evaluate(LearnerRecord record, LocalDate asOf) {
    return Rules.evaluate(Synthetic.ST0007, FUNDING, record, asOf).value().orElseThrow(() -> new AssertionError("not evaluated"));
  }

  private static CriterionResult criterion(Evaluation evaluation, String id) {
    return evaluation.gateway().criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Finding> gatewayWarnings(Evaluation evaluation) {
    return evaluation.findings().stream().filter(f -> f.code() == FindingCode.GATEWAY_04).collect(Collectors.toList());
  }

  private static LearnerRecord.Builder readyAtGateway() {
    return GatewayTest.ready().epa(EpaRecord.builder().gatewayDate(GATEWAY).build());
  }

  @Test
  void aRecordReadyAtItsGateway_isReady_judgedAtTheGateway_withoutWarnings() {
    Evaluation evaluation = evaluate(readyAtGateway().build(), AS_OF);
    assertTrue(evaluation.gateway().ready(), () -> evaluation.gateway().blocking().toString());
    assertEquals(GATEWAY, evaluation.gateway().judgedAt());
    assertEquals(List.of(), gatewayWarnings(evaluation));
    assertEquals(AS_OF, evaluate(GatewayTest.ready().build(), AS_OF).gateway().judgedAt());
  }

  @Test
  void aQualificationAchievedAfterTheGateway_doesNotCountForIt_andTheGatewayIsWarned() {
    LearnerRecord record = readyAtGateway().build();
    List<Achievement> achievements = new ArrayList<>(record.achievements());
    achievements.set(0, Achievement.builder().kind(AchievementKind.DIPLOMA).title("Level 4 Diploma in Adult Care").level(4)
        .achievedOn(GATEWAY.plusDays(10)).build());
    Evaluation evaluation = evaluate(record.withAchievements(achievements), AS_OF);
    CriterionResult diploma = criterion(evaluation, "diploma");
    assertEquals(CriterionStatus.NOT_MET, diploma.status());
    assertEquals("Level 4 Diploma in Adult Care: none recorded; one achieved on 2026-03-12, after the gateway on 2026-03-02, does not count"
        + " for it", diploma.reason());
    assertFalse(evaluation.gateway().ready());
    List<Finding> warnings = gatewayWarnings(evaluation);
    assertEquals(1, warnings.size());
    assertEquals("$.epa.gatewayDate", warnings.get(0).path());
    assertEquals("the gateway on 2026-03-02 was passed while the mandatory criterion diploma was not met: " + diploma.reason(),
        warnings.get(0).message());
  }

  @Test
  void evidenceAcceptedAfterTheGateway_doesNotCoverTheKsbsForThePortfolio() {
    LearnerRecord record = readyAtGateway().build();
    List<Evidence> evidence = new ArrayList<>(record.evidence());
    evidence.set(0, evidence.get(0).withDate(GATEWAY.plusDays(1)));
    Evaluation evaluation = evaluate(record.withEvidence(evidence), AS_OF);
    assertEquals("Portfolio: 1 of the 45 KSBs that professional-discussion assesses are not covered at the gateway: K1",
        criterion(evaluation, "portfolio").reason());
    // Coverage itself is as of the as-of date: K1 is covered by then.
    assertEquals(45, evaluation.coverage().covered());
  }

  @Test
  void timeOnProgramme_isCountedToTheGateway_notToTheAsOfDate() {
    // A gateway on 2025-07-02 (304 days from the 2024-09-02 start) is short of 365 days, however late the as-of date.
    Evaluation evaluation = evaluate(readyAtGateway().epa(EpaRecord.builder().gatewayDate(date("2025-07-02")).build())
        .offTheJob(List.of()).build(), AS_OF);
    CriterionResult duration = criterion(evaluation, "minimum-duration");
    assertEquals(CriterionStatus.NOT_MET, duration.status());
    assertTrue(duration.reason().startsWith("Time on programme: 304 days from the start on 2024-09-02 to 2025-07-02"), duration.reason());
    assertTrue(gatewayWarnings(evaluation).stream().anyMatch(w -> w.message().contains("mandatory criterion minimum-duration was not met")));
  }
}

package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.FundingSets.date;
import static org.apprenticeship.standard.rules.FundingSets.decimal;
import static org.apprenticeship.standard.rules.Synthetic.FUNDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.junit.jupiter.api.Test;

/**
 * Breaks in learning: how they must lie in the record, and, from 2023-08-01 (by event date), a
 * warning for every calendar month on programme with no off-the-job training and no break. A month
 * is judged once it has ended, up to the gateway (or the as-of date).
 */
class BreaksTest {
  private static LearnerRecord.Builder record(String start) {
    return Synthetic.record().startDate(date(start)).plannedEndDate(date(start).plusMonths(18));
  }

  private static OffTheJobEntry training(String date) {
    return OffTheJobEntry.of(date(date), decimal("6"), "Study day");
  }

  private static List<String> months(LearnerRecord record, String asOf) {
    return Rules.evaluate(Synthetic.standard(), FUNDING, record, date(asOf)).findings().stream()
        .filter(f -> f.code() == FindingCode.BREAK_04)
        .map(f -> f.message().substring("no off-the-job training is logged in ".length(), "no off-the-job training is logged in ".length() + 7))
        .collect(Collectors.toList());
  }

  @Test
  void aMonthWithoutTrainingOrABreak_isAWarningNamingTheMonth() {
    // Start 2023-09-04; training in September, October and December; as of 2024-01-15 the months
    // that have ended are September to December: November has neither training nor a break.
    LearnerRecord record = record("2023-09-04").addOffTheJob(training("2023-09-05"), training("2023-10-10"), training("2023-12-05")).build();
    assertEquals(List.of("2023-11"), months(record, "2024-01-15"));
    Finding warning = Rules.evaluate(Synthetic.standard(), FUNDING, record, date("2024-01-15")).findings().stream()
        .filter(f -> f.code() == FindingCode.BREAK_04).findFirst().orElseThrow();
    assertEquals("$.offTheJob", warning.path());
    assertEquals("no off-the-job training is logged in 2023-11 and no break in learning covers any of it: a break must be recorded for a"
        + " calendar month without training (rule monthly-activity, CONFIRMED: B2)", warning.message());
  }

  @Test
  void aBreakCoveringAnyDayOfTheMonth_answersForIt() {
    // A break from 2023-11-20 to 2023-12-01 covers part of November: no warning. The plan is re-set
    // 12 days later, as a break moves the planned end out.
    LearnerRecord record = record("2023-09-04").plannedEndDate(date("2025-03-16"))
        .addOffTheJob(training("2023-09-05"), training("2023-10-10"), training("2023-12-05"))
        .addBreak(BreakInLearning.of(date("2023-11-20"), date("2023-12-01"))).build();
    assertEquals(List.of(), months(record, "2024-01-15"));
  }

  @Test
  void monthsBeforeTheRuleTookEffect_areNotJudged_evenForAnEarlierStart() {
    // Start 2023-05-02 with no training: May, June and July 2023 come before 2023-08-01 (the rule
    // applies by event date, to learners already on programme too); August and September are
    // warned; October has not ended on 2023-10-15.
    assertEquals(List.of("2023-08", "2023-09"), months(record("2023-05-02").build(), "2023-10-15"));
  }

  @Test
  void monthsAfterTheGateway_areNotJudged() {
    // Gateway on 2024-09-02: months up to August 2024 are judged, none after, though the as-of date is later.
    LearnerRecord.Builder record = record("2023-09-04").epa(EpaRecord.builder().gatewayDate(date("2024-09-02")).build());
    for (LocalDate day = date("2023-09-05"); day.isBefore(date("2024-09-02")); day = day.plusMonths(1)) {
      record.addOffTheJob(OffTheJobEntry.of(day, decimal("6"), "Study day"));
    }
    assertEquals(List.of(), months(record.build(), "2025-01-15"));
  }

  @Test
  void trainingAndEvidenceInABreak_areWarnings_andTheTrainingStillCounts() {
    LearnerRecord record = record("2024-01-01").plannedEndDate(date("2025-06-30"))
        .addBreak(BreakInLearning.builder().from(date("2024-03-04")).to(date("2024-09-01")).reason("Parental leave").build())
        .addOffTheJob(training("2024-01-03"), training("2024-04-10"))
        .addEvidence(Synthetic.evidence("E1", org.apprenticeship.standard.model.EvidenceStatus.ACCEPTED, date("2024-05-01"), "K1")).build();
    List<Finding> findings = Rules.validate(Synthetic.standard(), record, date("2024-10-01"));
    assertEquals(List.of("EVIDENCE_06 $.evidence[0].date", "OTJ_05 $.offTheJob[1].date"),
        findings.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
    assertEquals("training dated 2024-04-10 is inside the break in learning from 2024-03-04 to 2024-09-01; it is counted, but check the"
        + " date or the break", findings.get(1).message());
    OffTheJobReport report = Rules.evaluate(Synthetic.standard(), FUNDING, record, date("2024-10-01")).value().orElseThrow().offTheJob();
    assertEquals(0, decimal("12").compareTo(report.loggedHours()));
  }

  @Test
  void breaksMustNotOverlap_norLieOutsideThePlan_andEachErrorSaysWhy() {
    LearnerRecord record = record("2024-01-01").addBreaks(BreakInLearning.of(date("2024-03-01"), date("2024-04-30")),
        BreakInLearning.of(date("2024-04-30"), date("2024-05-31"))).build();
    Finding overlap = Rules.validate(Synthetic.standard(), record, date("2024-10-01")).get(0);
    assertEquals(FindingCode.BREAK_02, overlap.code());
    assertEquals("the break from 2024-04-30 to 2024-05-31 overlaps the break at index 0, from 2024-03-01 to 2024-04-30", overlap.message());
    assertTrue(Rules.evaluate(Synthetic.standard(), FUNDING, record, date("2024-10-01")).findings().stream().anyMatch(Finding::isError));
  }
}

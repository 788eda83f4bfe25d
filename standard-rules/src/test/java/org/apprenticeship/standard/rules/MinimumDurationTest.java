package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.FundingSets.date;
import static org.apprenticeship.standard.rules.FundingSets.decimal;
import static org.apprenticeship.standard.rules.Synthetic.FUNDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AppliesBy;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingParameters;
import org.apprenticeship.standard.model.FundingRuleKind;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.junit.jupiter.api.Test;

/**
 * The minimum duration of the practical period, in whole days from the start day to the day judged
 * (the gateway, or the as-of date), both included, breaks excluded, as the ILR counts it: 365 days
 * (12 months) for starts before 2025-08-01, 242 days (8 months) from then; longer for a part-time
 * start before 2025-08-01, unless the early-gateway rule (starts from 2023-08-01) lets the apprentice
 * go at the full-time minimum.
 */
class MinimumDurationTest {
  private static final EvaluationPolicy PUBLISHED = EvaluationPolicy.builder()
      .addPublishedOffTheJobMinimums(PublishedMinimum.of(decimal("300"))).build();

  private static LearnerRecord record(String start, String plannedEnd, String hours) {
    return Synthetic.record().startDate(date(start)).plannedEndDate(date(plannedEnd)).contractedHoursPerWeek(decimal(hours)).build();
  }

  private static CriterionResult duration(FundingRuleSet funding, LearnerRecord record, String asOf) {
    return Rules.evaluate(Synthetic.standard(), funding, record, date(asOf), PUBLISHED).value().orElseThrow().gateway().criteria().stream()
        .filter(c -> c.id().equals("minimum-duration")).findFirst().orElseThrow();
  }

  private static CriterionResult duration(LearnerRecord record, String asOf) {
    return duration(FUNDING, record, asOf);
  }

  private static List<Finding> planWarnings(LearnerRecord record, String asOf) {
    return Rules.evaluate(Synthetic.standard(), FUNDING, record, date(asOf), PUBLISHED).findings().stream()
        .filter(f -> f.code() == FindingCode.RECORD_05).collect(Collectors.toList());
  }

  @Test
  void twelveMonths_countedInclusively_aFirstOfAugustStartMeetsThemOnThirtyFirstOfJuly() {
    // 2021-08-01 to 2022-07-31, both included: 365 days. On 2022-07-30 only 364.
    LearnerRecord record = record("2021-08-01", "2023-02-01", "37.5");
    assertEquals(CriterionStatus.NOT_MET, duration(record, "2022-07-30").status());
    CriterionResult met = duration(record, "2022-07-31");
    assertEquals(CriterionStatus.MET, met.status());
    assertEquals("Time on programme: 365 days from the start on 2021-08-01 to 2022-07-31, both included; the minimum is 12 months"
        + " (365 days, counted inclusively) for starts to 2025-07-31 (rule minimum-duration-12-months, CONFIRMED: D1, D2)", met.reason());
  }

  @Test
  void aLeapDay_isADayLikeAnyOther() {
    // 2023-08-01 plus 364 days is 2024-07-30 (29 February 2024 lies between): 365 days, both included.
    LearnerRecord record = record("2023-08-01", "2025-02-01", "37.5");
    assertEquals(CriterionStatus.NOT_MET, duration(record, "2024-07-29").status());
    assertEquals(CriterionStatus.MET, duration(record, "2024-07-30").status());
  }

  @Test
  void partTime_before2023_needsTwelveTimesThirtyOverTheHours() {
    // 20 hours a week: 12 x 30 / 20 = 18 months; in days 365 x 30 / 20 = 547.5, rounded up to 548:
    // 2022-09-05 plus 547 days is 2024-03-05.
    LearnerRecord record = record("2022-09-05", "2024-03-05", "20");
    CriterionResult notYet = duration(record, "2024-03-04");
    assertEquals(CriterionStatus.NOT_MET, notYet.status());
    assertEquals("Time on programme: 547 days from the start on 2022-09-05 to 2024-03-04, both included; the minimum of 18 months"
        + " (548 days: 365 x 30 / 20 contracted hours a week, rounded up) for a part-time start (rule part-time-duration, CONFIRMED: D3)"
        + " is reached on 2024-03-05", notYet.reason());
    assertEquals(Optional.of("part-time-duration"), notYet.rule());
    assertEquals(CriterionStatus.MET, duration(record, "2024-03-05").status());
    // 16 hours a week: 365 x 30 / 16 = 684.375, so 685 days (22.5 months): 2022-09-05 plus 684 is 2024-07-20.
    assertTrue(duration(record.withContractedHoursPerWeek(decimal("16")).withPlannedEndDate(date("2024-07-20")), "2024-03-05").reason()
        .contains("22.5 months (685 days") , "22.5 months");
    // 30 hours or more: no extension.
    assertEquals(CriterionStatus.MET, duration(record.withContractedHoursPerWeek(decimal("30")), "2023-09-04").status());
  }

  @Test
  void partTime_from2023_mayGoToGatewayAtTwelveMonths_butThePlanMustStillBeAsLongAsTheExtendedMinimum() {
    // Start 2023-09-04 at 20 hours: the planned minimum is 548 days (ends 2025-03-04 at the earliest),
    // but the early-gateway rule lets the apprentice go after 365 days, on 2024-09-02.
    LearnerRecord record = record("2023-09-04", "2025-03-04", "20");
    CriterionResult early = duration(record, "2024-09-02");
    assertEquals(CriterionStatus.MET, early.status());
    assertTrue(early.reason().contains("a part-time apprentice, whose planned minimum is 18 months (548 days"), early.reason());
    assertTrue(early.reason().contains("may go to gateway at it once the off-the-job minimum for the time spent is met"
        + " (rule early-gateway, CONFIRMED: D4)"), early.reason());
    assertEquals(List.of(), planWarnings(record, "2024-09-02"));
    List<Finding> shortPlan = planWarnings(record.withPlannedEndDate(date("2024-09-02")), "2024-09-02");
    assertEquals(1, shortPlan.size());
    assertEquals("$.plannedEndDate", shortPlan.get(0).path());
    assertTrue(shortPlan.get(0).message().endsWith("the earliest planned end is 2025-03-04"), shortPlan.get(0).message());
  }

  @Test
  void from2025_eightMonths_withoutAPartTimeExtension() {
    // 2025-08-01 plus 241 days is 2026-03-30: 242 days, both included, whatever the hours.
    LearnerRecord record = record("2025-08-01", "2026-08-01", "16");
    assertEquals(CriterionStatus.NOT_MET, duration(record, "2026-03-29").status());
    CriterionResult met = duration(record, "2026-03-30");
    assertEquals(CriterionStatus.MET, met.status());
    assertEquals(Optional.of("minimum-duration-8-months"), met.rule());
  }

  @Test
  void breaksInLearning_areLeftOutOfTheTimeOnProgramme() {
    // 2024-01-01 to 2025-06-30 is 547 days, both included, less a break of 182 days (2024-03-04 to
    // 2024-09-01): 365, met on 2025-06-30; on 2025-06-29, 364.
    LearnerRecord record = Synthetic.record().startDate(date("2024-01-01")).plannedEndDate(date("2025-06-30"))
        .addBreak(BreakInLearning.of(date("2024-03-04"), date("2024-09-01"))).build();
    CriterionResult notYet = duration(record, "2025-06-29");
    assertEquals(CriterionStatus.NOT_MET, notYet.status());
    assertTrue(notYet.reason().startsWith("Time on programme: 364 days from the start on 2024-01-01 to 2025-06-29, both included,"
        + " not counting 182 days of breaks in learning;"), notYet.reason());
    assertTrue(notYet.reason().endsWith("is reached on 2025-06-30"), notYet.reason());
    assertEquals(CriterionStatus.MET, duration(record, "2025-06-30").status());
  }

  @Test
  void aPlannedDurationShorterThanTheMinimum_isAWarningOnThePlannedEndDate() {
    // 2024-09-02 to 2025-08-31 is 364 days, both included: one short of 365.
    List<Finding> warnings = planWarnings(record("2024-09-02", "2025-08-31", "37.5"), "2024-10-01");
    assertEquals(1, warnings.size());
    assertEquals("the plan from 2024-09-02 to 2025-08-31 lasts 364 days, breaks excluded and both ends included, fewer than the minimum of"
        + " 12 months (365 days, counted inclusively) for starts to 2025-07-31 (rule minimum-duration-12-months, CONFIRMED: D1, D2);"
        + " the earliest planned end is 2025-09-01", warnings.get(0).message());
    assertEquals(List.of(), planWarnings(record("2024-09-02", "2025-09-01", "37.5"), "2024-10-01"));
  }

  @Test
  void aRuleOfOnesOwn_decidesTheMinimum_andWithoutOneTheCriterionSaysSo() {
    FundingRuleSet hundredDays = FundingSets.of(FundingSets.sixHoursAWeek(), FundingSets.rule("hundred-days", FundingRuleKind.MINIMUM_DURATION,
        AppliesBy.START_DATE).parameters(FundingParameters.builder().months(3).days(100).build()).build());
    LearnerRecord record = record("2024-01-01", "2024-12-30", "37.5");
    assertEquals(CriterionStatus.NOT_MET, duration(hundredDays, record, "2024-04-08").status());
    assertEquals(CriterionStatus.MET, duration(hundredDays, record, "2024-04-09").status());
    CriterionResult none = duration(FundingSets.of(FundingSets.sixHoursAWeek()), record, "2024-06-01");
    assertEquals(CriterionStatus.NOT_MET, none.status());
    assertEquals("Time on programme: no minimum-duration rule of the funding rules 1.0 covers a start on 2024-01-01", none.reason());
  }
}

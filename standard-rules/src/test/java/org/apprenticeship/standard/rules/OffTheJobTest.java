package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.FundingSets.date;
import static org.apprenticeship.standard.rules.FundingSets.decimal;
import static org.apprenticeship.standard.rules.Synthetic.FUNDING;
import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apprenticeship.standard.model.AppliesBy;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingParameters;
import org.apprenticeship.standard.model.FundingRuleKind;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.junit.jupiter.api.Test;

/**
 * The off-the-job minimum by the funding rules of the start date. The weekly rules work out
 * {@code rate x (D - 5.6 x D / 52)} with D the weeks of the practical period, breaks excluded:
 * 52 weeks leave 52 - 5.6 = 46.4 training weeks, 78 weeks leave 78 - 8.4 = 69.6.
 */
class OffTheJobTest {
  private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

  private static Optional<Evaluation> evaluation(FundingRuleSet funding, LearnerRecord record, LocalDate asOf, EvaluationPolicy policy) {
    return Rules.evaluate(Synthetic.standard(), funding, record, asOf, policy).value();
  }

  private static OffTheJobReport report(LearnerRecord record, LocalDate asOf, EvaluationPolicy policy) {
    return report(FUNDING, record, asOf, policy);
  }

  private static OffTheJobReport report(FundingRuleSet funding, LearnerRecord record, LocalDate asOf, EvaluationPolicy policy) {
    return evaluation(funding, record, asOf, policy).orElseThrow(() -> new AssertionError("not evaluated")).offTheJob();
  }

  private static List<String> codes(LearnerRecord record, LocalDate asOf, EvaluationPolicy policy) {
    return Rules.evaluate(Synthetic.standard(), FUNDING, record, asOf, policy).findings().stream()
        .map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  private static LearnerRecord plan(LocalDate start, int weeks, String hoursPerWeek) {
    return Synthetic.record().startDate(start).plannedEndDate(start.plusWeeks(weeks)).contractedHoursPerWeek(decimal(hoursPerWeek)).build();
  }

  /** Compares decimals by value, so that 348 and 348.0 are the same figure. */
  private static void assertHours(String expected, Optional<BigDecimal> actual) {
    assertTrue(actual.isPresent(), "no figure, expected " + expected);
    assertEquals(0, decimal(expected).compareTo(actual.get()), () -> "expected " + expected + " but was " + actual.get());
  }

  private static void assertHours(String expected, BigDecimal actual) {
    assertHours(expected, Optional.of(actual));
  }

  @Test
  void twentyPercentRule_before2022_isNotCappedAtThirtyHours() {
    // Start 2021-01-04, planned end 52 weeks later (364 days): D = 52, 52 - 5.6 x 52 / 52 = 46.4 weeks.
    // 37.5 hours: 0.2 x 37.5 = 7.5 hours a week x 46.4 = 348 hours (capped at 30 it would be 278.4).
    // 30 hours: 0.2 x 30 = 6 x 46.4 = 278.4 hours.
    LocalDate start = date("2021-01-04");
    OffTheJobReport fullTime = report(plan(start, 52, "37.5"), start, EvaluationPolicy.defaults());
    assertEquals(Optional.of(FundingRuleKind.OTJ_PERCENT_OF_HOURS), fullTime.regime());
    assertHours("348", fullTime.minimumHours());
    assertEquals(Optional.of(MinimumBasis.PLANNED_DURATION), fullTime.minimumBasis());
    assertEquals(List.of("otj-20-percent"), fullTime.rules());
    assertEquals(List.of("O1", "O2"), fullTime.sources().stream().map(s -> s.id()).collect(Collectors.toList()));
    assertHours("278.4", report(plan(start, 52, "30"), start, EvaluationPolicy.defaults()).minimumHours());
    // 78 weeks at 40 hours: 0.2 x 40 = 8 hours a week x (78 - 8.4 = 69.6) = 556.8 hours.
    assertHours("556.8", report(plan(start, 78, "40"), start, EvaluationPolicy.defaults()).minimumHours());
  }

  @Test
  void sixHourRule_from2022_isProRataBelowThirtyHours() {
    // Start 2022-08-01, 78 weeks: 69.6 training weeks. 40 hours: 6 x 30 / 30 = 6 a week: 417.6 hours.
    // 20 hours: 6 x 20 / 30 = 4 a week x 69.6 = 278.4 hours.
    LocalDate start = date("2022-08-01");
    OffTheJobReport fullTime = report(plan(start, 78, "40"), start, EvaluationPolicy.defaults());
    assertEquals(Optional.of(FundingRuleKind.OTJ_HOURS_A_WEEK), fullTime.regime());
    assertHours("417.6", fullTime.minimumHours());
    assertHours("278.4", report(plan(start, 78, "20"), start, EvaluationPolicy.defaults()).minimumHours());
  }

  @Test
  void regime_followsTheStartDate_atTheBoundariesOfTheData() {
    assertEquals(Optional.of(FundingRuleKind.OTJ_PERCENT_OF_HOURS), report(plan(date("2022-07-31"), 52, "30"), date("2022-07-31"),
        EvaluationPolicy.defaults()).regime());
    assertEquals(Optional.of(FundingRuleKind.OTJ_HOURS_A_WEEK), report(plan(date("2022-08-01"), 52, "30"), date("2022-08-01"),
        EvaluationPolicy.defaults()).regime());
    assertEquals(Optional.of(FundingRuleKind.OTJ_HOURS_A_WEEK), report(plan(date("2025-07-31"), 52, "30"), date("2025-07-31"),
        EvaluationPolicy.defaults()).regime());
    assertEquals(Optional.of(FundingRuleKind.OTJ_PUBLISHED_MINIMUM), report(plan(date("2025-08-01"), 52, "30"), date("2025-08-01"),
        EvaluationPolicy.defaults()).regime());
  }

  @Test
  void st0007_eighteenMonthsFullTime_isWorkedOutFromTheDays() {
    // 2024-09-02 to 2026-03-02 is 546 days = 78 weeks: 69.6 training weeks x 6 = 417.6 hours.
    LearnerRecord record = Synthetic.st0007Record().build();
    OffTheJobReport report = Rules.evaluate(Synthetic.ST0007, FUNDING, record, START).value().orElseThrow().offTheJob();
    assertHours("417.6", report.minimumHours());
    assertHours("78", report.plannedWeeks());
    assertTrue(report.reason().startsWith("78 weeks less 8.4 weeks of statutory leave (5.6 a year) leave 69.6 training weeks"), report.reason());
    assertTrue(report.reason().endsWith("417.6 hours (rule otj-6-hours-a-week, CONFIRMED: O3, O4)"), report.reason());
    assertEquals(List.of("O3", "O4"), report.sources().stream().map(s -> s.id()).collect(Collectors.toList()));
  }

  @Test
  void aBreakInLearning_isLeftOutOfTheWeeks() {
    // Planned 52 weeks from 2024-01-01, with a break from 2024-03-04 to 2024-09-01 (182 days, both
    // included), so the plan is re-set to end 182 days later, on 2025-06-30: 546 days from the start.
    // Breaks excluded: (546 - 182) / 7 = 52 weeks, 278.4 hours; counted, 78 weeks would give 417.6.
    LearnerRecord record = Synthetic.record().startDate(MONDAY).plannedEndDate(date("2025-06-30"))
        .addBreak(BreakInLearning.of(date("2024-03-04"), date("2024-09-01"))).build();
    OffTheJobReport report = report(record, MONDAY, EvaluationPolicy.defaults());
    assertHours("278.4", report.minimumHours());
    assertHours("52", report.plannedWeeks());
    assertEquals(List.of("otj-6-hours-a-week", "breaks-excluded"), report.rules());
    assertTrue(report.reason().contains("52 weeks (182 days of breaks in learning excluded)"), report.reason());
    FundingRuleSet withoutTheBreakRule = FundingSets.of(FundingSets.sixHoursAWeek());
    assertHours("417.6", report(withoutTheBreakRule, record, MONDAY, EvaluationPolicy.defaults()).minimumHours());
  }

  @Test
  void anEarlyGateway_from2023_needsTheMinimumForTheTimeSpent_andSaysSo() {
    // Start 2023-09-04, planned end 2025-03-03 (546 days, 78 weeks: 417.6 hours), gateway on
    // 2024-09-02 after 364 days (52 weeks): the minimum for the time spent is 46.4 x 6 = 278.4.
    LocalDate start = date("2023-09-04");
    LearnerRecord record = Synthetic.record().startDate(start).plannedEndDate(date("2025-03-03"))
        .epa(EpaRecord.builder().gatewayDate(date("2024-09-02")).build()).build();
    OffTheJobReport report = report(record, date("2024-09-02"), EvaluationPolicy.defaults());
    assertHours("278.4", report.minimumHours());
    assertEquals(Optional.of(MinimumBasis.TIME_SPENT_TO_GATEWAY), report.minimumBasis());
    assertEquals(List.of("otj-6-hours-a-week", "early-gateway", "otj-until-gateway"), report.rules());
    assertTrue(report.reason().startsWith("the time spent from the start to the gateway on 2024-09-02 (an early gateway (rule early-gateway"),
        report.reason());
    assertHours("78", report.plannedWeeks());
    // Start 2023-07-31, before the early-gateway rule: the same 364 days to gateway still need the planned 417.6.
    LearnerRecord earlier = record.withStartDate(date("2023-07-31")).withPlannedEndDate(date("2025-01-27"))
        .withEpa(EpaRecord.builder().gatewayDate(date("2024-07-29")).build());
    OffTheJobReport planned = report(earlier, date("2024-07-29"), EvaluationPolicy.defaults());
    assertHours("417.6", planned.minimumHours());
    assertEquals(Optional.of(MinimumBasis.PLANNED_DURATION), planned.minimumBasis());
  }

  @Test
  void hoursAfterTheGateway_doNotCount_andAreAWarning() {
    // Gateway on 2024-09-02 (start 2023-09-04): 6 + 7.5 hours before it count, 4 on the day count,
    // 5 after it do not: 17.5 counted, 5 after the gateway.
    LocalDate start = date("2023-09-04");
    LearnerRecord record = Synthetic.record().startDate(start).plannedEndDate(date("2025-03-03"))
        .epa(EpaRecord.builder().gatewayDate(date("2024-09-02")).build())
        .addOffTheJob(OffTheJobEntry.of(start, decimal("6"), "Induction"), OffTheJobEntry.of(start.plusDays(7), decimal("7.5"), "Workshop"),
            OffTheJobEntry.of(date("2024-09-02"), decimal("4"), "On the day"), OffTheJobEntry.of(date("2024-09-03"), decimal("5"), "After"))
        .build();
    OffTheJobReport report = report(record, date("2024-10-01"), EvaluationPolicy.defaults());
    assertHours("17.5", report.loggedHours());
    assertHours("5", report.hoursAfterGateway());
    assertHours("260.9", report.remainingHours());
    assertEquals(Optional.empty(), report.weeklyPaceNeeded());
    assertTrue(codes(record, date("2024-10-01"), EvaluationPolicy.defaults()).contains("OTJ_06 $.offTheJob[3].date"));
  }

  @Test
  void priorLearning_before2025_shortensThePlan_notTheHours_andTheHoursGiveAWarning() {
    LearnerRecord record = plan(MONDAY, 52, "37.5").withPriorLearningReductionHours(decimal("78.4"));
    OffTheJobReport report = report(record, MONDAY, EvaluationPolicy.defaults());
    assertHours("278.4", report.minimumHours());
    assertEquals(List.of("otj-6-hours-a-week", "prior-learning-shortens-plan"), report.rules());
    List<Finding> findings = Rules.evaluate(Synthetic.standard(), FUNDING, record, MONDAY).findings();
    Finding warning = findings.stream().filter(f -> f.code() == FindingCode.OTJ_07).findFirst().orElseThrow();
    assertEquals("$.priorLearningReductionHours", warning.path());
    assertEquals("78.4 hours of prior learning are not taken off the minimum: prior learning shortens the planned duration instead, and"
        + " the minimum is worked out from the planned end date 2024-12-30, which should be the shortened plan"
        + " (rule prior-learning-shortens-plan, SECONDARY: O5)", warning.message());
  }

  @Test
  void from2025_priorLearningLowersThePublishedMinimum_neverBelowTheFloorOf187() {
    // Published 300: less 10 hours is 290; less 200 hours would be 100, so the floor of 187 holds.
    LocalDate start = date("2025-09-01");
    EvaluationPolicy policy = EvaluationPolicy.builder().addPublishedOffTheJobMinimums(PublishedMinimum.of(decimal("300"))).build();
    OffTheJobReport ten = report(plan(start, 52, "37.5").withPriorLearningReductionHours(decimal("10")), start, policy);
    assertHours("290", ten.minimumHours());
    assertEquals(Optional.of(MinimumBasis.PUBLISHED_FIGURE), ten.minimumBasis());
    assertEquals(List.of("otj-published-minimum", "prior-learning-lowers-minimum"), ten.rules());
    assertHours("187", report(plan(start, 52, "37.5").withPriorLearningReductionHours(decimal("200")), start, policy).minimumHours());
    // A published figure below the floor (150) is a warning, and prior learning does not lower it further.
    EvaluationPolicy low = EvaluationPolicy.builder().addPublishedOffTheJobMinimums(PublishedMinimum.of(decimal("150"))).build();
    assertHours("150", report(plan(start, 52, "37.5").withPriorLearningReductionHours(decimal("10")), start, low).minimumHours());
    assertTrue(codes(plan(start, 52, "37.5"), start, low).contains("OTJ_04 $"));
  }

  @Test
  void thePublishedMinimum_mayDependOnTheStartMonth() {
    // A lower transitional figure for starts from August to December 2025, another from January 2026.
    EvaluationPolicy policy = EvaluationPolicy.builder()
        .addPublishedOffTheJobMinimums(PublishedMinimum.forStarts(Optional.of(date("2025-08-01")), Optional.of(date("2025-12-31")), decimal("250")),
            PublishedMinimum.forStarts(Optional.of(date("2026-01-01")), Optional.empty(), decimal("300")))
        .build();
    assertHours("250", report(plan(date("2025-12-31"), 52, "37.5"), date("2025-12-31"), policy).minimumHours());
    assertHours("300", report(plan(date("2026-01-01"), 52, "37.5"), date("2026-01-01"), policy).minimumHours());
    EvaluationPolicy from2026 = EvaluationPolicy.builder()
        .addPublishedOffTheJobMinimums(PublishedMinimum.forStarts(Optional.of(date("2026-01-01")), Optional.empty(), decimal("300"))).build();
    assertEquals(Optional.empty(), report(plan(date("2025-09-01"), 52, "37.5"), date("2025-09-01"), from2026).minimumHours());
  }

  @Test
  void from2025_withoutThePublishedMinimum_theMinimumIsUnknown_andGatewaySaysWhy() {
    LocalDate start = date("2025-09-01");
    Evaluation evaluation = evaluation(FUNDING, plan(start, 52, "37.5"), start.plusMonths(2), EvaluationPolicy.defaults()).orElseThrow();
    OffTheJobReport report = evaluation.offTheJob();
    assertEquals(Optional.empty(), report.minimumHours());
    assertEquals(Optional.empty(), report.remainingHours());
    assertEquals(Optional.empty(), report.weeklyPaceNeeded());
    assertTrue(report.reason().startsWith("the minimum is unknown: for starts from 2025-08-01 it is the figure published"), report.reason());
    CriterionResult gateway = evaluation.gateway().criteria().stream().filter(c -> c.id().equals("off-the-job")).findFirst().orElseThrow();
    assertEquals(CriterionStatus.NOT_MET, gateway.status());
    assertTrue(gateway.reason().contains("publishedOffTheJobMinimums"), gateway.reason());
    assertEquals(Optional.of("otj-published-minimum"), gateway.rule());
  }

  @Test
  void withoutAnOffTheJobRuleForTheStart_theMinimumIsUnknown() {
    FundingRuleSet from2030 = FundingSets.of(FundingSets.rule("otj-2030", FundingRuleKind.OTJ_HOURS_A_WEEK, AppliesBy.START_DATE)
        .from(date("2030-08-01")).parameters(FundingSets.sixHoursAWeek().parameters()).build());
    OffTheJobReport report = report(from2030, plan(MONDAY, 52, "37.5"), MONDAY, EvaluationPolicy.defaults());
    assertEquals(Optional.empty(), report.regime());
    assertEquals(Optional.empty(), report.minimumHours());
    assertEquals("the minimum is unknown: no off-the-job rule of the funding rules 1.0 covers a start on 2024-01-01", report.reason());
  }

  @Test
  void aProvidersOwnRule_withOtherFigures_isAppliedWithoutNewCode() {
    // Eight hours a week from 2026-08-01: 52 weeks at 37.5 hours leave 46.4 training weeks x 8 = 371.2.
    FundingRuleSet next = FundingSets.of(FundingSets.rule("otj-8-hours", FundingRuleKind.OTJ_HOURS_A_WEEK, AppliesBy.START_DATE)
        .from(date("2026-08-01")).parameters(FundingParameters.builder().hoursPerWeek(decimal("8")).hoursThreshold(decimal("30"))
            .leaveWeeksPerYear(decimal("5.6")).build()).build());
    LocalDate start = date("2026-09-07");
    assertHours("371.2", report(next, plan(start, 52, "37.5"), start, EvaluationPolicy.defaults()).minimumHours());
  }

  @Test
  void rounding_isAPolicy_exactByDefault_andAppliedOnce() {
    // 53 weeks: 53 x 46.4 / 52 x 6 = 14755.2 / 52 = 283.753846153846... (34 significant digits).
    LearnerRecord record = plan(MONDAY, 53, "37.5");
    assertEquals(decimal("283.7538461538461538461538461538462"), report(record, MONDAY, EvaluationPolicy.defaults()).minimumHours().orElseThrow());
    assertHours("284", report(record, MONDAY, EvaluationPolicy.builder().offTheJobRounding(Rounding.UP_TO_WHOLE_HOURS).build()).minimumHours());
    assertHours("284", report(record, MONDAY, EvaluationPolicy.builder().offTheJobRounding(Rounding.NEAREST_WHOLE_HOUR).build()).minimumHours());
  }

  @Test
  void loggedHours_countOnlyTrainingFromTheStartToTheAsOfDate() {
    LearnerRecord record = plan(MONDAY, 52, "37.5").withOffTheJob(
        OffTheJobEntry.of(MONDAY.minusDays(1), decimal("5"), "Before the start"),
        OffTheJobEntry.of(MONDAY, decimal("6"), "Induction"),
        OffTheJobEntry.of(MONDAY.plusDays(7), decimal("7.5"), "Workshop"),
        OffTheJobEntry.of(MONDAY.plusDays(30), decimal("4"), "After the as-of date"));
    OffTheJobReport report = report(record, MONDAY.plusDays(10), EvaluationPolicy.defaults());
    assertHours("13.5", report.loggedHours());
    assertHours("264.9", report.remainingHours());
    assertEquals(List.of("OTJ_02 $.offTheJob[0].date", "OTJ_03 $.offTheJob[3].date"), codes(record, MONDAY.plusDays(10), EvaluationPolicy.defaults()));
  }

  @Test
  void loggedHours_addUpAsTheDecimalsTheyWereWrittenAs() {
    // 0.1 + 0.2 + 1.1 is 1.4 exactly in decimal (in binary floating point it is 1.4000000000000001).
    LearnerRecord record = plan(MONDAY, 52, "37.5").withOffTheJob(
        OffTheJobEntry.of(MONDAY, decimal("0.1"), "Reading"), OffTheJobEntry.of(MONDAY.plusDays(1), decimal("0.2"), "Reading"),
        OffTheJobEntry.of(MONDAY.plusDays(2), decimal("1.1"), "Reading"));
    assertEquals(decimal("1.4"), report(record, MONDAY.plusDays(10), EvaluationPolicy.defaults()).loggedHours());
  }

  @Test
  void weeklyPace_spreadsWhatRemainsOverTheWeeksToThePlannedEnd() {
    // Halfway through 52 weeks with nothing logged: 278.4 hours over 26 weeks = 10.707692... a week.
    LearnerRecord record = plan(MONDAY, 52, "37.5");
    OffTheJobReport halfway = report(record, MONDAY.plusWeeks(26), EvaluationPolicy.defaults());
    assertEquals(decimal("278.4").divide(decimal("26"), java.math.MathContext.DECIMAL128), halfway.weeklyPaceNeeded().orElseThrow());
    OffTheJobReport after = report(record, MONDAY.plusWeeks(60), EvaluationPolicy.defaults());
    assertEquals(Optional.empty(), after.weeklyPaceNeeded());
    List<OffTheJobEntry> days = new ArrayList<>();
    for (int day = 0; day < 12; day++) {
      days.add(OffTheJobEntry.of(MONDAY.plusDays(day), decimal("24"), "x"));
    }
    OffTheJobReport met = report(record.withOffTheJob(days), MONDAY.plusWeeks(60), EvaluationPolicy.defaults());
    assertHours("0", met.remainingHours());
    assertHours("0", met.weeklyPaceNeeded());
    assertTrue(met.isMet());
    assertFalse(after.isMet());
  }

  @Test
  void aPaceAboveTheContractedHours_isAWarningThatThePlanCannotBeMet() {
    // 6 contracted hours a week: 6 x 6 / 30 = 1.2 hours a week x 46.4 = 55.68 hours. With a week
    // left and nothing logged, 55.68 hours a week are needed: more than the 6 contracted.
    LearnerRecord record = plan(MONDAY, 52, "6");
    LocalDate lastWeek = MONDAY.plusWeeks(51);
    assertHours("55.68", report(record, lastWeek, EvaluationPolicy.defaults()).weeklyPaceNeeded());
    Finding warning = Rules.evaluate(Synthetic.standard(), FUNDING, record, lastWeek).findings().stream()
        .filter(f -> f.code() == FindingCode.OTJ_08).findFirst().orElseThrow();
    assertEquals("$.plannedEndDate", warning.path());
    assertEquals("55.68 hours a week of off-the-job training are needed to reach the minimum by the planned end on 2024-12-30,"
        + " more than the 6 contracted hours a week: the plan cannot be met", warning.message());
    assertFalse(codes(record, MONDAY.plusWeeks(26), EvaluationPolicy.defaults()).contains("OTJ_08 $.plannedEndDate"));
  }

  @Property(tries = 300)
  void theMinimum_neverDecreases_asThePlannedDurationGrows(
      @ForAll @IntRange(min = 0, max = 4000) int startOffset, @ForAll @IntRange(min = 1, max = 1500) int days,
      @ForAll @IntRange(min = 0, max = 400) int more, @ForAll @IntRange(min = 100, max = 6000) int hundredthsOfHours,
      @ForAll @IntRange(min = 0, max = 100) int reduction) {
    LocalDate start = LocalDate.of(2018, 1, 1).plusDays(startOffset);
    EvaluationPolicy policy = EvaluationPolicy.builder().addPublishedOffTheJobMinimums(PublishedMinimum.of(decimal("300"))).build();
    LearnerRecord shorter = Synthetic.record().startDate(start).plannedEndDate(start.plusDays(days))
        .contractedHoursPerWeek(BigDecimal.valueOf(hundredthsOfHours, 2)).priorLearningReductionHours(BigDecimal.valueOf(reduction)).build();
    LearnerRecord longer = shorter.withPlannedEndDate(start.plusDays(days + more));
    for (Rounding rounding : Rounding.values()) {
      EvaluationPolicy rounded = policy.withOffTheJobRounding(rounding);
      BigDecimal a = report(shorter, start, rounded).minimumHours().orElseThrow();
      BigDecimal b = report(longer, start, rounded).minimumHours().orElseThrow();
      assertTrue(b.compareTo(a) >= 0, rounding + ": " + a + " then " + b);
    }
  }

  @Property(tries = 300)
  void remaining_isTheMinimumLessTheLogged_neverBelowZero(@ForAll @IntRange(min = 0, max = 60) int entries,
      @ForAll @IntRange(min = 1, max = 2400) int hundredths) {
    BigDecimal hours = BigDecimal.valueOf(hundredths, 2);
    LearnerRecord.Builder builder = Synthetic.record().startDate(MONDAY).plannedEndDate(MONDAY.plusWeeks(52));
    for (int i = 0; i < entries; i++) {
      builder.addOffTheJob(OffTheJobEntry.of(MONDAY.plusDays(i), hours, "Training"));
    }
    OffTheJobReport report = report(builder.build(), MONDAY.plusDays(100), EvaluationPolicy.defaults());
    assertEquals(0, hours.multiply(BigDecimal.valueOf(entries)).compareTo(report.loggedHours()));
    assertEquals(0, decimal("278.4").subtract(report.loggedHours()).max(BigDecimal.ZERO).compareTo(report.remainingHours().orElseThrow()));
  }
}

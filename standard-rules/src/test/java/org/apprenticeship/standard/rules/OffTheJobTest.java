package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.junit.jupiter.api.Test;

class OffTheJobTest {
  private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

  private static OffTheJobReport report(LearnerRecord record, LocalDate asOf, EvaluationPolicy policy) {
    return Rules.evaluate(Synthetic.standard(), record, asOf, policy).value().orElseThrow().offTheJob();
  }

  private static LearnerRecord fullTime(LocalDate start, int weeks, double hoursPerWeek) {
    return Synthetic.record().startDate(start).plannedEndDate(start.plusWeeks(weeks)).contractedHoursPerWeek(BigDecimal.valueOf(hoursPerWeek)).build();
  }

  @Test
  void fiftyTwoWeeksFullTime_needs278point4Hours() {
    LocalDate in2021 = LocalDate.of(2021, 1, 4);
    OffTheJobReport report = report(fullTime(in2021, 52, 37.5), in2021, EvaluationPolicy.defaults());
    assertEquals(OffTheJobRegime.TWENTY_PERCENT, report.regime());
    assertEquals(Optional.of(278.4), report.minimumHours());
    assertEquals(52.0, report.plannedWeeks());
  }

  @Test
  void seventyEightWeeksFullTime_needs417point6Hours_underBothWeeklyRegimes() {
    LocalDate in2021 = LocalDate.of(2021, 1, 4);
    assertEquals(Optional.of(417.6), report(fullTime(in2021, 78, 37.5), in2021, EvaluationPolicy.defaults()).minimumHours());
    LocalDate from2022 = LocalDate.of(2022, 8, 1);
    OffTheJobReport report = report(fullTime(from2022, 78, 40), from2022, EvaluationPolicy.defaults());
    assertEquals(OffTheJobRegime.SIX_HOURS_A_WEEK, report.regime());
    assertEquals(Optional.of(417.6), report.minimumHours());
  }

  @Test
  void twentyHoursAWeekOverSeventyEightWeeks_needs278point4Hours() {
    assertEquals(Optional.of(278.4), report(fullTime(MONDAY, 78, 20), MONDAY, EvaluationPolicy.defaults()).minimumHours());
  }

  @Test
  void st0007_eighteenMonthsFullTime_isWorkedOutFromTheDays() {
    LearnerRecord record = Synthetic.st0007Record().build();
    OffTheJobReport report = Rules.evaluate(Synthetic.ST0007, record, START).value().orElseThrow().offTheJob();
    long days = java.time.temporal.ChronoUnit.DAYS.between(START, START.plusMonths(18));
    assertEquals(546, days);
    assertEquals(Optional.of(417.6), report.minimumHours());
    assertTrue(report.reason().startsWith("78 planned weeks less 8.4 weeks of statutory leave"), report.reason());
    assertEquals(List.of("DFE-OTJ", "ONEFILE"), report.sources().stream().map(s -> s.id()).toList());
  }

  @Test
  void regime_followsTheStartDate_atItsBoundaries() {
    assertEquals(OffTheJobRegime.TWENTY_PERCENT, OffTheJobRegime.forStart(LocalDate.of(2022, 7, 31)));
    assertEquals(OffTheJobRegime.SIX_HOURS_A_WEEK, OffTheJobRegime.forStart(LocalDate.of(2022, 8, 1)));
    assertEquals(OffTheJobRegime.SIX_HOURS_A_WEEK, OffTheJobRegime.forStart(LocalDate.of(2025, 7, 31)));
    assertEquals(OffTheJobRegime.PUBLISHED_MINIMUM, OffTheJobRegime.forStart(LocalDate.of(2025, 8, 1)));
    assertEquals(12, OffTheJobRegime.SIX_HOURS_A_WEEK.minimumDurationMonths());
    assertEquals(8, OffTheJobRegime.PUBLISHED_MINIMUM.minimumDurationMonths());
  }

  @Test
  void priorLearning_comesOffTheMinimum() {
    LearnerRecord record = fullTime(MONDAY, 52, 37.5).withPriorLearningReductionHours(new BigDecimal("78.4"));
    OffTheJobReport report = report(record, MONDAY, EvaluationPolicy.defaults());
    assertEquals(Optional.of(200.0), report.minimumHours());
    assertTrue(report.reason().endsWith(", less 78.4 hours for prior learning"), report.reason());
  }

  @Test
  void from2025_withoutThePublishedMinimum_theMinimumIsUnknown_andGatewaySaysWhy() {
    LocalDate start = LocalDate.of(2025, 9, 1);
    LearnerRecord record = fullTime(start, 52, 37.5);
    Evaluation evaluation = Rules.evaluate(Synthetic.standard(), record, start.plusMonths(2)).value().orElseThrow();
    OffTheJobReport report = evaluation.offTheJob();
    assertEquals(OffTheJobRegime.PUBLISHED_MINIMUM, report.regime());
    assertEquals(Optional.empty(), report.minimumHours());
    assertEquals(Optional.empty(), report.remainingHours());
    assertEquals(Optional.empty(), report.weeklyPaceNeeded());
    assertTrue(report.reason().startsWith("the minimum is unknown"), report.reason());
    CriterionResult gateway = evaluation.gateway().criteria().stream().filter(c -> c.id().equals("off-the-job")).findFirst().orElseThrow();
    assertEquals(CriterionStatus.NOT_MET, gateway.status());
    assertTrue(gateway.reason().contains("publishedOffTheJobMinimumHours"), gateway.reason());
  }

  @Test
  void from2025_withThePublishedMinimum_itIsUsed_andAFigureBelowTheFloorIsWarned() {
    LocalDate start = LocalDate.of(2025, 9, 1);
    LearnerRecord record = fullTime(start, 52, 37.5).withPriorLearningReductionHours(new BigDecimal("10"));
    EvaluationPolicy policy = EvaluationPolicy.builder().publishedOffTheJobMinimumHours(300.0).build();
    Optional<Evaluation> evaluation = Rules.evaluate(Synthetic.standard(), record, start, policy).value();
    assertEquals(Optional.of(290.0), evaluation.orElseThrow().offTheJob().minimumHours());
    assertEquals(List.of(), evaluation.orElseThrow().findings());
    Evaluation low = Rules.evaluate(Synthetic.standard(), record, start, policy.withPublishedOffTheJobMinimumHours(150.0)).value().orElseThrow();
    assertEquals(FindingCode.OTJ_04, low.findings().get(0).code());
  }

  @Test
  void rounding_isAPolicy_exactByDefault() {
    LearnerRecord record = fullTime(MONDAY, 53, 37.5);
    double exact = report(record, MONDAY, EvaluationPolicy.defaults()).minimumHours().orElseThrow();
    assertEquals(283.753846153846, exact, 1e-9);
    assertEquals(Optional.of(284.0), report(record, MONDAY, EvaluationPolicy.builder().offTheJobRounding(Rounding.UP_TO_WHOLE_HOURS).build()).minimumHours());
    assertEquals(Optional.of(284.0), report(record, MONDAY, EvaluationPolicy.builder().offTheJobRounding(Rounding.NEAREST_WHOLE_HOUR).build()).minimumHours());
  }

  @Test
  void loggedHours_countOnlyTrainingFromTheStartToTheAsOfDate() {
    LearnerRecord record = fullTime(MONDAY, 52, 37.5).withOffTheJob(
        OffTheJobEntry.of(MONDAY.minusDays(1), new BigDecimal("5"), "Before the start"),
        OffTheJobEntry.of(MONDAY, new BigDecimal("6"), "Induction"),
        OffTheJobEntry.of(MONDAY.plusDays(7), new BigDecimal("7.5"), "Workshop"),
        OffTheJobEntry.of(MONDAY.plusDays(30), new BigDecimal("4"), "After the as-of date"));
    Validated result = new Validated(Rules.evaluate(Synthetic.standard(), record, MONDAY.plusDays(10)));
    OffTheJobReport report = result.evaluation.offTheJob();
    assertEquals(13.5, report.loggedHours());
    assertEquals(Optional.of(264.9), report.remainingHours());
    assertEquals(List.of("OTJ_02 $.offTheJob[0].date", "OTJ_03 $.offTheJob[3].date"), result.codesAndPaths());
  }

  @Test
  void loggedHours_addUpAsTheDecimalsTheyWereWrittenAs() {
    LearnerRecord record = fullTime(MONDAY, 52, 37.5).withOffTheJob(
        OffTheJobEntry.of(MONDAY, new BigDecimal("0.1"), "Reading"), OffTheJobEntry.of(MONDAY.plusDays(1), new BigDecimal("0.2"), "Reading"),
        OffTheJobEntry.of(MONDAY.plusDays(2), new BigDecimal("1.1"), "Reading"),
        OffTheJobEntry.of(MONDAY.plusDays(3), new BigDecimal("0.333333"), "A third of an hour, to six places"));
    OffTheJobReport report = report(record, MONDAY.plusDays(10), EvaluationPolicy.defaults());
    // 0.1 + 0.2 + 1.1 is 1.4 exactly in decimal (in binary floating point it is 1.4000000000000001);
    // adding 0.333333 gives 1.733333.
    assertEquals(1.733333, report.loggedHours());
    assertEquals(1.4, report(record.withOffTheJob(record.offTheJob().subList(0, 3)), MONDAY.plusDays(10), EvaluationPolicy.defaults()).loggedHours());
  }

  @Test
  void weeklyPace_spreadsWhatRemainsOverTheWeeksToThePlannedEnd() {
    LearnerRecord record = fullTime(MONDAY, 52, 37.5);
    OffTheJobReport halfway = report(record, MONDAY.plusWeeks(26), EvaluationPolicy.defaults());
    assertEquals(278.4 / 26, halfway.weeklyPaceNeeded().orElseThrow(), 1e-12);
    OffTheJobReport after = report(record, MONDAY.plusWeeks(60), EvaluationPolicy.defaults());
    assertEquals(Optional.empty(), after.weeklyPaceNeeded());
    LearnerRecord done = record.withOffTheJob(OffTheJobEntry.of(MONDAY, new BigDecimal("24"), "x"), OffTheJobEntry.of(MONDAY.plusDays(1), new BigDecimal("24"), "x"),
        OffTheJobEntry.of(MONDAY.plusDays(2), new BigDecimal("24"), "x"), OffTheJobEntry.of(MONDAY.plusDays(3), new BigDecimal("24"), "x"),
        OffTheJobEntry.of(MONDAY.plusDays(4), new BigDecimal("24"), "x"), OffTheJobEntry.of(MONDAY.plusDays(5), new BigDecimal("24"), "x"),
        OffTheJobEntry.of(MONDAY.plusDays(6), new BigDecimal("24"), "x"), OffTheJobEntry.of(MONDAY.plusDays(7), new BigDecimal("24"), "x"),
        OffTheJobEntry.of(MONDAY.plusDays(8), new BigDecimal("24"), "x"), OffTheJobEntry.of(MONDAY.plusDays(9), new BigDecimal("24"), "x"),
        OffTheJobEntry.of(MONDAY.plusDays(10), new BigDecimal("24"), "x"), OffTheJobEntry.of(MONDAY.plusDays(11), new BigDecimal("24"), "x"));
    OffTheJobReport met = report(done, MONDAY.plusWeeks(60), EvaluationPolicy.defaults());
    assertEquals(Optional.of(0.0), met.remainingHours());
    assertEquals(Optional.of(0.0), met.weeklyPaceNeeded());
    assertTrue(met.isMet());
    assertFalse(after.isMet());
  }

  @Property
  void theMinimum_neverDecreases_asThePlannedDurationGrows(
      @ForAll @IntRange(min = 0, max = 3000) int startOffset, @ForAll @IntRange(min = 1, max = 1500) int days,
      @ForAll @IntRange(min = 0, max = 400) int more, @ForAll @DoubleRange(min = 1, max = 60) double hours,
      @ForAll @IntRange(min = 0, max = 100) int reduction) {
    LocalDate start = LocalDate.of(2018, 1, 1).plusDays(startOffset);
    EvaluationPolicy policy = EvaluationPolicy.builder().publishedOffTheJobMinimumHours(300.0).build();
    LearnerRecord shorter = Synthetic.record().startDate(start).plannedEndDate(start.plusDays(days)).contractedHoursPerWeek(BigDecimal.valueOf(hours))
        .priorLearningReductionHours(BigDecimal.valueOf(reduction)).build();
    LearnerRecord longer = shorter.withPlannedEndDate(start.plusDays(days + more));
    for (Rounding rounding : Rounding.values()) {
      EvaluationPolicy rounded = policy.withOffTheJobRounding(rounding);
      double a = report(shorter, start, rounded).minimumHours().orElseThrow();
      double b = report(longer, start, rounded).minimumHours().orElseThrow();
      assertTrue(b >= a, rounding + ": " + a + " then " + b);
    }
  }

  @Property
  void remaining_isTheMinimumLessTheLogged_neverBelowZero(@ForAll @IntRange(min = 0, max = 60) int entries,
      @ForAll @DoubleRange(min = 0.25, max = 24) double hours) {
    LearnerRecord.Builder builder = Synthetic.record().startDate(MONDAY).plannedEndDate(MONDAY.plusWeeks(52));
    for (int i = 0; i < entries; i++) {
      builder.addOffTheJob(OffTheJobEntry.of(MONDAY.plusDays(i), BigDecimal.valueOf(hours), "Training"));
    }
    OffTheJobReport report = report(builder.build(), MONDAY.plusDays(100), EvaluationPolicy.defaults());
    assertEquals(entries * hours, report.loggedHours(), 1e-9);
    assertEquals(Math.max(0, 278.4 - report.loggedHours()), report.remainingHours().orElseThrow(), 1e-9);
  }

  /** An evaluation with its findings, for short assertions. */
  static final class Validated {
    final Evaluation evaluation;
    final org.apprenticeship.standard.model.Validated<Evaluation> result;

    Validated(org.apprenticeship.standard.model.Validated<Evaluation> result) {
      this.result = result;
      this.evaluation = result.value().orElseThrow(() -> new AssertionError("not evaluated: " + result.findings()));
    }

    List<String> codesAndPaths() {
      return result.findings().stream().map(f -> f.code() + " " + f.path()).toList();
    }
  }
}

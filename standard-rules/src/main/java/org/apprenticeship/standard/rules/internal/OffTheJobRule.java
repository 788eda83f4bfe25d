package org.apprenticeship.standard.rules.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.OffTheJobRegime;
import org.apprenticeship.standard.rules.OffTheJobReport;

/**
 * Off-the-job training: the minimum by the regime of the start date, computed exactly in decimal,
 * less the prior learning reduction; the hours logged from the start to the as-of date; what
 * remains; and the weekly pace to the planned end.
 */
public final class OffTheJobRule {
  private static final MathContext EXACT = MathContext.DECIMAL128;
  private static final BigDecimal HOURS_CAP = BigDecimal.valueOf(30);
  /**
   * The formula of the first two regimes, {@code (D - 5.6 D / 52) * 6 * min(H, 30) / 30} with
   * {@code D = days / 7}, equals {@code days * 278.4 * min(H, 30) / (364 * 30)}: 52 weeks (364 days)
   * at 30 or more hours give 278.4 hours. In that form the numerator is exact and only the one
   * division rounds, at 34 significant digits.
   */
  private static final BigDecimal HOURS_FOR_52_WEEKS_AT_CAP = new BigDecimal("278.4");
  private static final BigDecimal DAYS_TIMES_CAP = BigDecimal.valueOf(364 * 30);

  private OffTheJobRule() {}

  /** The report; a finding about the policy's published minimum, if any, goes into {@code findings}. */
  public static OffTheJobReport of(LearnerRecord record, LocalDate asOf, EvaluationPolicy policy, List<Finding> findings) {
    OffTheJobRegime regime = OffTheJobRegime.forStart(record.startDate());
    long days = ChronoUnit.DAYS.between(record.startDate(), record.plannedEndDate());
    BigDecimal reduction = record.priorLearningReductionHours();

    Optional<BigDecimal> before;
    String reason;
    if (regime == OffTheJobRegime.PUBLISHED_MINIMUM) {
      before = policy.publishedOffTheJobMinimumHours().map(BigDecimal::valueOf);
      reason = before.isPresent()
          ? "the published minimum for the standard, " + Dates.hours(before.get().doubleValue()) + " hours, as the evaluation policy gives it"
          : "the minimum is unknown: for starts from 1 August 2025 it is the figure published for each standard in the 2025-26"
              + " funding rules (Annex C), which the data does not hold; supply it as the policy's publishedOffTheJobMinimumHours";
      before.filter(hours -> hours.compareTo(BigDecimal.valueOf(OffTheJobRegime.FLOOR_HOURS)) < 0).ifPresent(hours ->
          findings.add(Finding.of(FindingCode.OTJ_04, ROOT, "the published minimum given, " + Dates.hours(hours.doubleValue())
              + " hours, is below " + OffTheJobRegime.FLOOR_HOURS + ", the floor for any apprenticeship")));
    } else {
      BigDecimal contracted = record.contractedHoursPerWeek().min(HOURS_CAP);
      BigDecimal minimum = BigDecimal.valueOf(days).multiply(HOURS_FOR_52_WEEKS_AT_CAP).multiply(contracted)
          .divide(DAYS_TIMES_CAP, EXACT);
      before = Optional.of(minimum);
      double plannedWeeks = days / 7.0;
      double leave = 5.6 * plannedWeeks / 52;
      reason = Dates.hours(plannedWeeks) + " planned weeks less " + Dates.hours(leave)
          + " weeks of statutory leave (5.6 a year) leave " + Dates.hours(plannedWeeks - leave) + " training weeks, at "
          + Dates.hours(6 * contracted.doubleValue() / 30) + " hours a week (6 for 30 or more contracted hours, pro rata below): "
          + Dates.hours(minimum.doubleValue()) + " hours";
    }
    Optional<BigDecimal> minimum = before
        .map(hours -> policy.offTheJobRounding().apply(hours.subtract(reduction).max(BigDecimal.ZERO)));
    if (reduction.signum() > 0 && minimum.isPresent()) {
      reason += ", less " + Dates.hours(reduction.doubleValue()) + " hours for prior learning";
    }

    BigDecimal sum = BigDecimal.ZERO;
    for (OffTheJobEntry entry : record.offTheJob()) {
      if (!entry.date().isBefore(record.startDate()) && !entry.date().isAfter(asOf)) {
        sum = sum.add(entry.hours());
      }
    }
    BigDecimal loggedHours = sum;
    Optional<BigDecimal> remaining = minimum.map(m -> m.subtract(loggedHours).max(BigDecimal.ZERO));
    long daysLeft = ChronoUnit.DAYS.between(asOf, record.plannedEndDate());
    Optional<Double> pace = remaining.flatMap(r -> {
      if (r.signum() == 0) {
        return Optional.of(0.0);
      }
      return daysLeft > 0 ? Optional.of(r.doubleValue() * 7 / daysLeft) : Optional.empty();
    });
    return OffTheJobReport.builder()
        .regime(regime)
        .minimumHours(minimum.map(BigDecimal::doubleValue))
        .loggedHours(loggedHours.doubleValue())
        .remainingHours(remaining.map(BigDecimal::doubleValue))
        .weeklyPaceNeeded(pace)
        .plannedWeeks(days / 7.0)
        .reason(reason)
        .rounding(policy.offTheJobRounding())
        .sources(regime.sources())
        .build();
  }
}

package org.apprenticeship.standard.rules.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingParameter;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingTopic;

/**
 * The minimum duration of the practical period by the funding rules of the start date, counted in
 * whole days from the start, both ends included, breaks excluded, as the ILR counts it: for the
 * plan (which must itself be as long) and for gateway (where an early-gateway rule lets a part-time
 * apprentice go at the full-time minimum).
 */
final class MinimumDuration {
  /**
   * The days needed, how they read in words, and the rules they come from. The words are put together
   * when first read: a plan long enough never reads them.
   */
  static final class Requirement {
    final long days;
    final FundingRule rule;
    private Supplier<String> words;
    private String text;

    Requirement(long days, Supplier<String> words, FundingRule rule) {
      this.days = days;
      this.words = words;
      this.rule = rule;
    }

    String words() {
      if (text == null) {
        text = words.get();
        words = null;
      }
      return text;
    }
  }

  private MinimumDuration() {}

  /** What the plan must reach: the minimum, extended for a part-time start where a rule says so. */
  static Optional<Requirement> forPlan(Programme programme) {
    return base(programme).map(base -> partTime(programme, base).orElse(base));
  }

  /** What gateway needs: as the plan, unless an early-gateway rule lets any apprentice go at the full-time minimum. */
  static Optional<Requirement> forGateway(Programme programme) {
    Optional<Requirement> base = base(programme);
    Optional<FundingRule> early = programme.rule(FundingTopic.EARLY_GATEWAY, programme.judgedAt());
    if (base.isEmpty() || early.isEmpty()) {
      return forPlan(programme);
    }
    Optional<Requirement> partTime = partTime(programme, base.get());
    if (partTime.isEmpty()) {
      return base;
    }
    return Optional.of(new Requirement(base.get().days, () -> base.get().words() + "; a part-time apprentice, whose planned minimum is "
        + partTime.get().words() + ", may go to gateway at it once the off-the-job minimum for the time spent is met "
        + programme.cite(early.get()), base.get().rule));
  }

  /** A warning on the planned end date when the plan, breaks excluded, is shorter than the minimum. */
  static void checkPlan(Programme programme, List<Finding> findings) {
    forPlan(programme).ifPresent(needed -> {
      long planned = programme.inclusiveDaysTo(programme.plannedEnd());
      if (planned < needed.days) {
        findings.add(Finding.of(FindingCode.RECORD_05, property(ROOT, "plannedEndDate"), "the plan from " + programme.start() + " to "
            + programme.plannedEnd() + " lasts " + planned + " days, breaks excluded and both ends included, fewer than the minimum of "
            + needed.words() + "; the earliest planned end is " + programme.dayReaching(needed.days)));
      }
    });
  }

  private static Optional<Requirement> base(Programme programme) {
    return programme.rule(FundingTopic.MINIMUM_DURATION, programme.judgedAt()).map(rule -> {
      long days = rule.parameters().require(FundingParameter.DAYS).longValueExact();
      return new Requirement(days, () -> programme.durationWords(rule, r -> r.parameters().require(FundingParameter.MONTHS).toPlainString()
          + " months (" + days + " days, counted inclusively) for " + r.dates() + " " + programme.cite(r)), rule);
    });
  }

  /** The longer minimum of a start with fewer contracted hours than the threshold: days x threshold / hours, rounded up. */
  private static Optional<Requirement> partTime(Programme programme, Requirement base) {
    BigDecimal hours = programme.record().contractedHoursPerWeek();
    return programme.rule(FundingTopic.PART_TIME_DURATION, programme.judgedAt())
        .filter(rule -> hours.compareTo(rule.parameters().require(FundingParameter.HOURS_THRESHOLD)) < 0)
        .map(rule -> {
          BigDecimal threshold = rule.parameters().require(FundingParameter.HOURS_THRESHOLD);
          long days = BigDecimal.valueOf(base.days).multiply(threshold).divide(hours, 0, RoundingMode.CEILING).longValueExact();
          return new Requirement(days, () -> {
            BigDecimal months = base.rule.parameters().require(FundingParameter.MONTHS).multiply(threshold)
                .divide(hours, MathContext.DECIMAL64);
            return Dates.hours(months) + " months (" + days + " days: " + base.days + " x " + Dates.hours(threshold) + " / "
                + Dates.hours(hours) + " contracted hours a week, rounded up) for a part-time start " + programme.cite(rule);
          }, rule);
        });
  }
}

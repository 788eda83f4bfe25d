package org.apprenticeship.standard.rules.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.index;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingParameter;
import org.apprenticeship.standard.model.FundingParameters;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleKind;
import org.apprenticeship.standard.model.FundingTopic;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.MinimumBasis;
import org.apprenticeship.standard.rules.OffTheJobReport;
import org.apprenticeship.standard.rules.PublishedMinimum;

/**
 * Off-the-job training by the funding rules of the start date: the minimum, worked out exactly in
 * decimal over the planned duration (or, for an early gateway where the rules allow it, the time
 * spent to gateway), breaks excluded; prior learning as the rules say; one rounding at the end; the
 * hours that count (to the as-of date, and no later than the gateway where the rules say so); what
 * remains; and the weekly pace to the planned end.
 */
final class OffTheJobRule {
  private static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);
  private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(7);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String OFF_THE_JOB = property(ROOT, "offTheJob");

  private final Programme programme;
  private final LearnerRecord record;
  private final EvaluationPolicy policy;
  private final List<Finding> findings;
  private final List<FundingRule> applied = new ArrayList<>();

  private OffTheJobRule(Programme programme, EvaluationPolicy policy, List<Finding> findings) {
    this.programme = programme;
    this.record = programme.record();
    this.policy = policy;
    this.findings = findings;
  }

  /** The report; warnings about the record and the policy go into {@code findings}. */
  static OffTheJobReport of(Programme programme, EvaluationPolicy policy, List<Finding> findings) {
    return new OffTheJobRule(programme, policy, findings).report();
  }

  /** The minimum before prior learning and rounding, with how it was worked out. */
  private static final class Minimum {
    final BigDecimal hours;
    final MinimumBasis basis;
    final String reason;

    Minimum(BigDecimal hours, MinimumBasis basis, String reason) {
      this.hours = hours;
      this.basis = basis;
      this.reason = reason;
    }
  }

  private OffTheJobReport report() {
    Optional<FundingRule> rule = programme.rule(FundingTopic.OFF_THE_JOB, programme.judgedAt());
    rule.ifPresent(applied::add);
    BigDecimal plannedWeeks = weeks(programme.daysTo(programme.plannedEnd()));
    String reason;
    Optional<Minimum> before = Optional.empty();
    if (rule.isEmpty()) {
      reason = "the minimum is unknown: no off-the-job rule of the funding rules " + programme.funding().version()
          + " covers a start on " + programme.start();
    } else if (rule.get().kind() == FundingRuleKind.OTJ_PUBLISHED_MINIMUM) {
      before = published(rule.get());
      reason = before.map(m -> m.reason).orElse("the minimum is unknown: for starts from " + rule.get().from().map(Object::toString)
          .orElse("the beginning") + " it is the figure published for each standard, which the data does not hold; give it as the"
          + " policy's publishedOffTheJobMinimums " + programme.cite(rule.get()));
    } else {
      Minimum formula = formula(rule.get());
      before = Optional.of(formula);
      reason = formula.reason;
    }
    Optional<BigDecimal> minimum = Optional.empty();
    if (before.isPresent()) {
      BigDecimal afterPriorLearning = priorLearning(before.get().hours, rule.get());
      if (afterPriorLearning.compareTo(before.get().hours) != 0) {
        reason += ", less " + Dates.hours(before.get().hours.subtract(afterPriorLearning)) + " hours for prior learning "
            + programme.cite(applied.get(applied.size() - 1));
      }
      minimum = Optional.of(policy.offTheJobRounding().apply(afterPriorLearning));
      if (minimum.get().compareTo(afterPriorLearning) != 0) {
        reason += "; rounded to " + Dates.hours(minimum.get()) + " (" + policy.offTheJobRounding() + ")";
      }
    }

    BigDecimal logged = BigDecimal.ZERO;
    BigDecimal afterGateway = BigDecimal.ZERO;
    Optional<FundingRule> untilGateway = programme.rule(FundingTopic.OFF_THE_JOB_COUNTED, programme.judgedAt())
        .filter(r -> r.kind() == FundingRuleKind.OTJ_UNTIL_GATEWAY);
    Optional<LocalDate> cutOff = untilGateway.flatMap(r -> programme.gateway());
    List<OffTheJobEntry> entries = record.offTheJob();
    String afterTheGateway = cutOff.map(c -> " is after the gateway on " + c + ", so its ").orElse(null);
    String doNotCount = untilGateway.map(r -> " hours do not count " + programme.cite(r)).orElse(null);
    for (int i = 0; i < entries.size(); i++) {
      OffTheJobEntry entry = entries.get(i);
      if (entry.date().isBefore(programme.start()) || entry.date().isAfter(programme.asOf())) {
        continue;
      }
      if (cutOff.isPresent() && entry.date().isAfter(cutOff.get())) {
        afterGateway = afterGateway.add(entry.hours());
        findings.add(Finding.of(FindingCode.OTJ_06, property(index(OFF_THE_JOB, i), "date"), "training dated "
            + entry.date() + afterTheGateway + Dates.hours(entry.hours()) + doNotCount));
      } else {
        logged = logged.add(entry.hours());
      }
    }
    if (cutOff.isPresent()) {
      applied.add(untilGateway.get());
    }
    BigDecimal counted = logged;
    Optional<BigDecimal> remaining = minimum.map(m -> m.subtract(counted).max(BigDecimal.ZERO));
    Optional<BigDecimal> pace = remaining.flatMap(this::pace);
    pace.filter(p -> p.compareTo(record.contractedHoursPerWeek()) > 0).ifPresent(p ->
        findings.add(Finding.of(FindingCode.OTJ_08, property(ROOT, "plannedEndDate"), Dates.hours(p)
            + " hours a week of off-the-job training are needed to reach the minimum by the planned end on " + programme.plannedEnd()
            + ", more than the " + Dates.hours(record.contractedHoursPerWeek()) + " contracted hours a week: the plan cannot be met")));
    programme.breaksExcluded().filter(r -> !record.breaks().isEmpty() && !applied.isEmpty()).ifPresent(applied::add);
    List<String> ruleIds = new ArrayList<>();
    applied.forEach(r -> ruleIds.add(r.id()));
    return OffTheJobReport.builder()
        .regime(rule.map(FundingRule::kind))
        .minimumHours(minimum)
        .minimumBasis(before.map(m -> m.basis))
        .loggedHours(logged)
        .hoursAfterGateway(afterGateway)
        .remainingHours(remaining)
        .weeklyPaceNeeded(pace)
        .plannedWeeks(plannedWeeks)
        .reason(reason)
        .rounding(policy.offTheJobRounding())
        .rules(ruleIds)
        .sources(programme.sourcesOf(applied))
        .build();
  }

  /**
   * The minimum of a rule with a weekly formula, over the planned duration or, for an early gateway
   * where a rule allows it, over the time spent to gateway.
   */
  private Minimum formula(FundingRule rule) {
    Optional<FundingRule> early = programme.rule(FundingTopic.EARLY_GATEWAY, programme.judgedAt())
        .filter(r -> programme.gateway().filter(g -> g.isBefore(programme.plannedEnd())).isPresent());
    LocalDate end = early.isPresent() ? programme.gateway().orElseThrow() : programme.plannedEnd();
    MinimumBasis basis = early.isPresent() ? MinimumBasis.TIME_SPENT_TO_GATEWAY : MinimumBasis.PLANNED_DURATION;
    early.ifPresent(applied::add);
    long days = programme.daysTo(end);
    long breakDays = ChronoUnit.DAYS.between(programme.start(), end) - days;
    FundingParameters parameters = rule.parameters();
    BigDecimal leave = parameters.require(FundingParameter.LEAVE_WEEKS_PER_YEAR);
    BigDecimal contracted = record.contractedHoursPerWeek();
    // The minimum is {hours a week} x (D - L x D / 52) with D = days / 7, that is
    // {hours a week} x days x (52 - L) / (7 x 52): an exact numerator, and one division.
    BigDecimal numerator;
    BigDecimal denominator;
    String rate;
    if (rule.kind() == FundingRuleKind.OTJ_PERCENT_OF_HOURS) {
      BigDecimal percent = parameters.require(FundingParameter.PERCENT);
      numerator = percent.multiply(contracted);
      denominator = HUNDRED;
      rate = Dates.hours(percent) + "% of " + Dates.hours(contracted) + " contracted hours = " + Dates.hours(Decimals.divide(numerator, HUNDRED))
          + " hours a week";
    } else {
      BigDecimal perWeek = parameters.require(FundingParameter.HOURS_PER_WEEK);
      BigDecimal threshold = parameters.require(FundingParameter.HOURS_THRESHOLD);
      BigDecimal counted = contracted.min(threshold);
      numerator = perWeek.multiply(counted);
      denominator = threshold;
      rate = contracted.compareTo(threshold) < 0
          ? Dates.hours(perWeek) + " x " + Dates.hours(contracted) + " / " + Dates.hours(threshold) + " = "
              + Dates.hours(Decimals.divide(numerator, threshold)) + " hours a week (pro rata below " + Dates.hours(threshold) + " contracted hours)"
          : Dates.hours(perWeek) + " hours a week (" + Dates.hours(contracted) + " contracted hours: " + Dates.hours(threshold) + " or more)";
    }
    BigDecimal hours = Decimals.divide(numerator.multiply(BigDecimal.valueOf(days)).multiply(WEEKS_A_YEAR.subtract(leave)),
        denominator.multiply(DAYS_A_WEEK).multiply(WEEKS_A_YEAR));
    BigDecimal weeks = weeks(days);
    BigDecimal leaveWeeks = Decimals.divide(leave.multiply(BigDecimal.valueOf(days)), DAYS_A_WEEK.multiply(WEEKS_A_YEAR));
    String over = basis == MinimumBasis.TIME_SPENT_TO_GATEWAY
        ? "the time spent from the start to the gateway on " + end + " (an early gateway " + programme.cite(early.get()) + "): "
        : "";
    String breaks = breakDays > 0 ? " (" + breakDays + " days of breaks in learning excluded)" : "";
    String reason = over + Dates.hours(weeks) + " weeks" + breaks + " less " + Dates.hours(leaveWeeks) + " weeks of statutory leave ("
        + Dates.hours(leave) + " a year) leave " + Dates.hours(weeks.subtract(leaveWeeks)) + " training weeks, at " + rate + ": "
        + Dates.hours(hours) + " hours " + programme.cite(rule);
    return new Minimum(hours, basis, reason);
  }

  /** The figure the policy gives for the start date, which may not be below the rule's floor. */
  private Optional<Minimum> published(FundingRule rule) {
    Optional<PublishedMinimum> given = policy.publishedOffTheJobMinimumFor(programme.start());
    BigDecimal floor = rule.parameters().require(FundingParameter.FLOOR_HOURS);
    given.filter(m -> m.hours().compareTo(floor) < 0).ifPresent(m -> findings.add(Finding.of(FindingCode.OTJ_04, ROOT,
        "the published minimum given, " + Dates.hours(m.hours()) + " hours, is below " + Dates.hours(floor)
            + ", the least of any apprenticeship " + programme.cite(rule))));
    return given.map(m -> new Minimum(m.hours(), MinimumBasis.PUBLISHED_FIGURE, "the published minimum for the standard, "
        + Dates.hours(m.hours()) + " hours, as the evaluation policy gives it for a start on " + programme.start() + " "
        + programme.cite(rule)));
  }

  /** The minimum after prior learning, as the rule in force says; a warning where the hours are not taken off. */
  private BigDecimal priorLearning(BigDecimal minimum, FundingRule otj) {
    BigDecimal reduction = record.priorLearningReductionHours();
    if (reduction.signum() == 0) {
      return minimum;
    }
    Optional<FundingRule> rule = programme.rule(FundingTopic.PRIOR_LEARNING, programme.judgedAt());
    if (rule.isPresent() && rule.get().kind() == FundingRuleKind.PRIOR_LEARNING_LOWERS_MINIMUM) {
      applied.add(rule.get());
      BigDecimal floor = otj.parameters().floorHours().orElse(BigDecimal.ZERO);
      return minimum.compareTo(floor) <= 0 ? minimum : minimum.subtract(reduction).max(floor);
    }
    String why = rule.map(r -> "prior learning shortens the planned duration instead, and the minimum is worked out from the"
        + " planned end date " + programme.plannedEnd() + ", which should be the shortened plan " + programme.cite(r))
        .orElse("no prior-learning rule of the funding rules covers a start on " + programme.start());
    findings.add(Finding.of(FindingCode.OTJ_07, property(ROOT, "priorLearningReductionHours"), Dates.hours(reduction)
        + " hours of prior learning are not taken off the minimum: " + why));
    rule.ifPresent(applied::add);
    return minimum;
  }

  /** The hours a week that finish what remains by the planned end. */
  private Optional<BigDecimal> pace(BigDecimal remaining) {
    if (remaining.signum() == 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    if (programme.gateway().isPresent() || !programme.asOf().isBefore(programme.plannedEnd())) {
      return Optional.empty();
    }
    long daysLeft = ChronoUnit.DAYS.between(programme.asOf(), programme.plannedEnd())
        - programme.breakDays(programme.asOf().plusDays(1), programme.plannedEnd().minusDays(1));
    return daysLeft > 0 ? Optional.of(Decimals.divide(remaining.multiply(DAYS_A_WEEK), BigDecimal.valueOf(daysLeft))) : Optional.empty();
  }

  private static BigDecimal weeks(long days) {
    return Decimals.divide(BigDecimal.valueOf(days), DAYS_A_WEEK);
  }
}

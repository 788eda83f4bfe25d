package org.apprenticeship.standard.rules.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingTopic;
import org.apprenticeship.standard.model.OffTheJobEntry;

/**
 * Every calendar month on programme needs off-the-job training or a recorded break in learning,
 * where a funding rule in force on the month's first day says so. A month is judged once it has
 * ended, from the start month to the last month that ended by the gateway (or the as-of date).
 */
final class MonthlyActivityRule {
  private MonthlyActivityRule() {}

  /** A warning for each month judged that has neither training nor a break. */
  static void check(Programme programme, List<Finding> findings) {
    Set<YearMonth> trained = new HashSet<>();
    for (OffTheJobEntry entry : programme.record().offTheJob()) {
      if (!entry.date().isBefore(programme.start()) && !entry.date().isAfter(programme.asOf())) {
        trained.add(YearMonth.from(entry.date()));
      }
    }
    LocalDate end = programme.judgedAt();
    for (YearMonth month = YearMonth.from(programme.start()); !month.atEndOfMonth().isAfter(end); month = month.plusMonths(1)) {
      Optional<FundingRule> rule = programme.rule(FundingTopic.MONTHLY_ACTIVITY, month.atDay(1));
      if (rule.isEmpty() || trained.contains(month) || onBreak(programme, month)) {
        continue;
      }
      findings.add(Finding.of(FindingCode.BREAK_04, property(ROOT, "offTheJob"), "no off-the-job training is logged in " + month
          + " and no break in learning covers any of it: a break must be recorded for a calendar month without training "
          + programme.cite(rule.get())));
    }
  }

  private static boolean onBreak(Programme programme, YearMonth month) {
    for (BreakInLearning pause : programme.record().breaks()) {
      if (!pause.from().isAfter(month.atEndOfMonth()) && !pause.to().isBefore(month.atDay(1))) {
        return true;
      }
    }
    return false;
  }
}

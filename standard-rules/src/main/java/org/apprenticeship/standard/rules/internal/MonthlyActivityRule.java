package org.apprenticeship.standard.rules.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
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
    LocalDate end = programme.judgedAt();
    YearMonth first = YearMonth.from(programme.start());
    // Months judged, by their number from the start month: the last is the month before the one the end falls in,
    // unless the end is the last day of its month.
    int judged = monthNumber(first, end) + (end.equals(end.withDayOfMonth(end.lengthOfMonth())) ? 1 : 0);
    if (judged <= 0) {
      return;
    }
    boolean[] trained = new boolean[judged];
    for (OffTheJobEntry entry : programme.record().offTheJob()) {
      if (!entry.date().isBefore(programme.start()) && !entry.date().isAfter(programme.asOf())) {
        int number = monthNumber(first, entry.date());
        if (number < judged) {
          trained[number] = true;
        }
      }
    }
    for (int number = 0; number < judged; number++) {
      if (trained[number]) {
        continue;
      }
      YearMonth month = first.plusMonths(number);
      Optional<FundingRule> rule = programme.rule(FundingTopic.MONTHLY_ACTIVITY, month.atDay(1));
      if (rule.isEmpty() || onBreak(programme, month)) {
        continue;
      }
      findings.add(Finding.of(FindingCode.BREAK_04, property(ROOT, "offTheJob"), "no off-the-job training is logged in " + month
          + " and no break in learning covers any of it: a break must be recorded for a calendar month without training "
          + programme.cite(rule.get())));
    }
  }

  /** The number of the month a day falls in, counted from {@code first} (0). */
  private static int monthNumber(YearMonth first, LocalDate day) {
    return (day.getYear() - first.getYear()) * 12 + day.getMonthValue() - first.getMonthValue();
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

package org.apprenticeship.standard.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Date arithmetic the rules share. */
final class Dates {
  private Dates() {}

  /** The share of the span from start to end that has passed at a date, from 0 to 1. */
  static double elapsedShare(LocalDate start, LocalDate end, LocalDate at) {
    long span = ChronoUnit.DAYS.between(start, end);
    if (span <= 0) {
      return 1;
    }
    long passed = ChronoUnit.DAYS.between(start, at);
    return Math.max(0, Math.min(1, passed / (double) span));
  }

  /** Formats hours for a person: at most two decimals, no trailing zeros. */
  static String hours(BigDecimal hours) {
    BigDecimal rounded = hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }
}

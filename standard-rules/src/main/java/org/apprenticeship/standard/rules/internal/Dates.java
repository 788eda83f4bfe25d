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

  /** The powers of ten a figure of at most two decimals is divided by. */
  private static final long[] TENS = {1, 10, 100};

  /**
   * Formats hours for a person: at most two decimals, no trailing zeros. A figure with at most two
   * decimals and fewer than 18 digits (every logged entry, most sums) is written from its digits,
   * without the rounding and stripping of {@code BigDecimal}, which give the same text.
   */
  static String hours(BigDecimal hours) {
    int scale = hours.scale();
    if (scale >= 0 && scale <= 2 && hours.precision() < 18) {
      long unscaled = hours.unscaledValue().longValueExact();
      while (scale > 0 && unscaled % 10 == 0) {
        unscaled /= 10;
        scale--;
      }
      if (scale == 0) {
        return Long.toString(unscaled);
      }
      long whole = Math.abs(unscaled) / TENS[scale];
      long fraction = Math.abs(unscaled) % TENS[scale];
      String digits = Long.toString(fraction);
      return (unscaled < 0 ? "-" : "") + whole + "." + (digits.length() < scale ? "0" : "") + digits;
    }
    BigDecimal rounded = hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }
}

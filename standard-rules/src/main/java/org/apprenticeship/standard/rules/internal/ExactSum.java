package org.apprenticeship.standard.rules.internal;

import java.math.BigDecimal;

/**
 * Adds hours as the decimals they were written as, so that 0.1 + 0.2 is 0.3: a value with at most
 * six decimals (any hours a person logs) is added as a whole number of millionths, quickly; any
 * other value exactly, in decimal.
 */
final class ExactSum {
  private static final double SCALE = 1_000_000;
  private long millionths;
  private BigDecimal rest = BigDecimal.ZERO;

  void add(double value) {
    double scaled = value * SCALE;
    long whole = Math.round(scaled);
    if (Math.abs(scaled) < 1e15 && whole / SCALE == value) {
      millionths += whole;
    } else {
      rest = rest.add(BigDecimal.valueOf(value));
    }
  }

  BigDecimal total() {
    return BigDecimal.valueOf(millionths, 6).add(rest).stripTrailingZeros();
  }
}

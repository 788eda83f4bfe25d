package org.apprenticeship.standard.rules.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** The one division of the rules' exact hours and weeks. */
final class Decimals {
  /** 34 significant digits. */
  static final MathContext DIVISION = MathContext.DECIMAL128;

  private static final long LARGEST_COMPACT = Long.MAX_VALUE / 10;

  private Decimals() {}

  /**
   * {@code a.divide(b, MathContext.DECIMAL128)}, value and scale alike. A quotient that is a whole
   * number of {@code b}'s unscaled value (such as 427 days / 7 = 61 weeks) is made directly: the JDK
   * reaches it through a 34-digit quotient stripped of one trailing zero at a time, each step a
   * {@code BigInteger} division.
   */
  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    if (a.precision() < 18 && b.precision() < 18 && b.signum() != 0) {
      long dividend = a.unscaledValue().longValue();
      long divisor = b.unscaledValue().longValue();
      long scale = (long) a.scale() - b.scale();
      if (dividend % divisor == 0 && Math.abs(dividend) < LARGEST_COMPACT && scale == (int) scale) {
        return BigDecimal.valueOf(dividend / divisor, (int) scale);
      }
    }
    return a.divide(b, DIVISION);
  }
}

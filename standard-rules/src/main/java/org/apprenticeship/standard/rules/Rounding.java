package org.apprenticeship.standard.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the minimum off-the-job hours are rounded. The funding rules fix no rounding; the
 * Individualised Learner Record holds whole hours, so callers who report to it may want whole
 * hours, explicitly.
 *
 * @since 0.1.0
 */
public enum Rounding {
  /** No rounding: the exact figure of the formula. */
  EXACT,
  /** Up to the next whole hour. */
  UP_TO_WHOLE_HOURS,
  /** To the nearest whole hour, halves up. */
  NEAREST_WHOLE_HOUR;

  /**
   * Applies the rounding.
   *
   * @param hours the exact hours; not null
   * @return the rounded hours; not null
   */
  public BigDecimal apply(BigDecimal hours) {
    switch (this) {
      case UP_TO_WHOLE_HOURS:
        return hours.setScale(0, RoundingMode.CEILING);
      case NEAREST_WHOLE_HOUR:
        return hours.setScale(0, RoundingMode.HALF_UP);
      default:
        return hours;
    }
  }
}

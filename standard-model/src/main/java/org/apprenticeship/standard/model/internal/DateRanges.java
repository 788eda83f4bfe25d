package org.apprenticeship.standard.model.internal;

import java.time.LocalDate;
import java.util.Optional;

/** Ranges of days, both ends included, either end open when absent. */
public final class DateRanges {
  private DateRanges() {}

  /**
   * Whether two ranges of days share a day.
   *
   * @param aFirst the first day of the one, or empty for no first day
   * @param aLast the last day of the one, or empty for no last day
   * @param bFirst the first day of the other, or empty
   * @param bLast the last day of the other, or empty
   * @return true when some day lies in both
   */
  public static boolean overlap(Optional<LocalDate> aFirst, Optional<LocalDate> aLast, Optional<LocalDate> bFirst,
      Optional<LocalDate> bLast) {
    return !aLast.orElse(LocalDate.MAX).isBefore(bFirst.orElse(LocalDate.MIN))
        && !bLast.orElse(LocalDate.MAX).isBefore(aFirst.orElse(LocalDate.MIN));
  }
}

package org.apprenticeship.standard.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DateRangesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 8, 1);

  @Example
  void rangesThatShareOnlyTheirEndDay_overlap_andRangesADayApart_doNot() {
    // 2025-08-01..2025-08-31 and 2025-08-31..2025-09-30 share 31 August; ..08-30 and 08-31.. share nothing.
    assertTrue(DateRanges.overlap(day(0), day(30), day(30), day(60)));
    assertFalse(DateRanges.overlap(day(0), day(29), day(30), day(60)));
    // An absent end is open: a range with no last day meets every later range.
    assertTrue(DateRanges.overlap(day(0), Optional.empty(), day(10_000), day(10_001)));
    assertFalse(DateRanges.overlap(Optional.empty(), day(0), day(1), Optional.empty()));
  }

  /** The answer is that of counting the days the two hold in common, one by one, in a window of 40 days. */
  @Property
  void overlap_isWhetherSomeDayLiesInBoth(@ForAll @IntRange(max = 40) int a1, @ForAll @IntRange(max = 40) int a2,
      @ForAll @IntRange(max = 40) int b1, @ForAll @IntRange(max = 40) int b2,
      @ForAll boolean aOpenStart, @ForAll boolean bOpenEnd) {
    Optional<LocalDate> aFirst = aOpenStart ? Optional.empty() : day(Math.min(a1, a2));
    Optional<LocalDate> aLast = day(Math.max(a1, a2));
    Optional<LocalDate> bFirst = day(Math.min(b1, b2));
    Optional<LocalDate> bLast = bOpenEnd ? Optional.empty() : day(Math.max(b1, b2));
    boolean shared = false;
    for (int d = -1; d <= 41; d++) {
      LocalDate x = DAY.plusDays(d);
      boolean inA = !x.isBefore(aFirst.orElse(LocalDate.MIN)) && !x.isAfter(aLast.get());
      boolean inB = !x.isBefore(bFirst.get()) && !x.isAfter(bLast.orElse(LocalDate.MAX));
      shared |= inA && inB;
    }
    assertEquals(shared, DateRanges.overlap(aFirst, aLast, bFirst, bLast));
    assertEquals(shared, DateRanges.overlap(bFirst, bLast, aFirst, aLast));
  }

  private static Optional<LocalDate> day(int offset) {
    return Optional.of(DAY.plusDays(offset));
  }
}

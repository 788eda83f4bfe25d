package org.apprenticeship.standard.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link Dates#hours} writes what rounding to two decimals, stripping zeros and writing plainly give. */
class DatesTest {
  /** The text of the hours as {@code BigDecimal} makes it: what {@link Dates#hours} must equal. */
  private static String byBigDecimal(BigDecimal hours) {
    BigDecimal rounded = hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  @Test
  void hours_byHand() {
    // 6.0 -> 6; 7.50 -> 7.5; 0.05 -> 0.05; -0.5 -> -0.5; 120 -> 120; 1E+2 -> 100; 6.569230 -> 6.57; 0.005 -> 0.01; 0.00 -> 0.
    assertEquals("6", Dates.hours(new BigDecimal("6.0")));
    assertEquals("7.5", Dates.hours(new BigDecimal("7.50")));
    assertEquals("0.05", Dates.hours(new BigDecimal("0.05")));
    assertEquals("-0.5", Dates.hours(new BigDecimal("-0.5")));
    assertEquals("-0.05", Dates.hours(new BigDecimal("-0.05")));
    assertEquals("120", Dates.hours(new BigDecimal("120")));
    assertEquals("100", Dates.hours(new BigDecimal("1E+2")));
    assertEquals("6.57", Dates.hours(new BigDecimal("6.569230")));
    assertEquals("0.01", Dates.hours(new BigDecimal("0.005")));
    assertEquals("0", Dates.hours(new BigDecimal("0.00")));
    assertEquals("12.07", Dates.hours(new BigDecimal("12.07")));
  }

  @Property(tries = 3000)
  void anyHours_areWrittenAsBigDecimalWritesThem(@ForAll @LongRange(min = -10_000_000_000_000_000L, max = 10_000_000_000_000_000L) long unscaled,
      @ForAll @IntRange(min = -3, max = 6) int scale) {
    BigDecimal hours = BigDecimal.valueOf(unscaled, scale);
    assertEquals(byBigDecimal(hours), Dates.hours(hours), hours.toString());
  }

  @Property(tries = 3000)
  void smallHours_areWrittenAsBigDecimalWritesThem(@ForAll @IntRange(min = -100_000, max = 100_000) int unscaled,
      @ForAll @IntRange(min = 0, max = 3) int scale) {
    BigDecimal hours = BigDecimal.valueOf(unscaled, scale);
    assertEquals(byBigDecimal(hours), Dates.hours(hours), hours.toString());
  }
}

package org.apprenticeship.standard.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link Decimals#divide} gives what {@code BigDecimal.divide(divisor, DECIMAL128)} gives: value and scale. */
class DecimalsTest {
  @Test
  void wholeWeeks_andTheDivisionsOfTheOffTheJobRules() {
    // 427 days / 7 = 61 weeks exactly, at scale 0; 5.6 x 427 / 364 = 6.569230769... weeks, 34 digits.
    assertEquals(new BigDecimal("61"), Decimals.divide(BigDecimal.valueOf(427), BigDecimal.valueOf(7)));
    assertEquals(new BigDecimal("6.569230769230769230769230769230769"),
        Decimals.divide(new BigDecimal("5.6").multiply(BigDecimal.valueOf(427)), BigDecimal.valueOf(364)));
    // 6.0 / 2 keeps the dividend's scale: 3.0; 10 / 0.5 = 2E+1, as the JDK writes it.
    assertEquals(new BigDecimal("3.0"), Decimals.divide(new BigDecimal("6.0"), BigDecimal.valueOf(2)));
    assertEquals(new BigDecimal("2E+1"), Decimals.divide(BigDecimal.TEN, new BigDecimal("0.5")));
  }

  @Property(tries = 2000)
  void anyQuotient_isTheJdks(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long dividend,
      @ForAll @IntRange(min = -3, max = 6) int dividendScale, @ForAll @LongRange(min = -100_000, max = 100_000) long divisor,
      @ForAll @IntRange(min = -3, max = 6) int divisorScale) {
    if (divisor == 0) {
      return;
    }
    BigDecimal a = BigDecimal.valueOf(dividend, dividendScale);
    BigDecimal b = BigDecimal.valueOf(divisor, divisorScale);
    assertEquals(a.divide(b, MathContext.DECIMAL128), Decimals.divide(a, b), a + " / " + b);
  }

  @Property(tries = 2000)
  void exactQuotients_areTheJdks(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long quotient,
      @ForAll @IntRange(min = -3, max = 6) int quotientScale, @ForAll @LongRange(min = 1, max = 1_000_000) long divisor,
      @ForAll @IntRange(min = -3, max = 6) int divisorScale) {
    BigDecimal b = BigDecimal.valueOf(divisor, divisorScale);
    BigDecimal a = BigDecimal.valueOf(quotient, quotientScale).multiply(b);
    assertEquals(a.divide(b, MathContext.DECIMAL128), Decimals.divide(a, b), a + " / " + b);
  }
}

package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Pattern;
import org.apprenticeship.standard.model.internal.Patterns;
import org.immutables.value.Value;

/**
 * A published salary figure, kept with the day it was read because it changes.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSalary.class)
@JsonDeserialize(as = ImmutableSalary.class)
public abstract class Salary implements WithSalary {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Salary() {}

  /**
   * The yearly amount in pounds sterling.
   *
   * @return the amount; positive
   */
  @Positive
  public abstract int annualPounds();

  /**
   * When the figure was read: an ISO 8601 date to the month ({@code 2026-11}) or to the day.
   *
   * @return the date; not null
   */
  @Pattern(regexp = Patterns.MONTH_OR_DATE, message = "must be a date to the month or the day, such as 2026-11 or 2026-11-23")
  public abstract String dateRead();

  /**
   * Returns a salary figure.
   *
   * @param annualPounds the yearly amount in pounds
   * @param dateRead when it was read, such as {@code 2026-11}; not null
   * @return the figure; not null
   * @throws NullPointerException if {@code dateRead} is null
   */
  public static Salary of(int annualPounds, String dateRead) {
    return ImmutableSalary.builder().annualPounds(annualPounds).dateRead(dateRead).build();
  }
}

package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
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

  /**
   * The yearly amount in pounds sterling.
   *
   * @return the amount; positive
   */
  @Positive
  public abstract int annualPounds();

  /**
   * The day the figure was read.
   *
   * @return the date; not null
   */
  public abstract LocalDate dateRead();

  /**
   * Returns a salary figure.
   *
   * @param annualPounds the yearly amount in pounds
   * @param dateRead the day it was read; not null
   * @return the figure; not null
   * @throws NullPointerException if {@code dateRead} is null
   */
  public static Salary of(int annualPounds, LocalDate dateRead) {
    return ImmutableSalary.builder().annualPounds(annualPounds).dateRead(dateRead).build();
  }
}

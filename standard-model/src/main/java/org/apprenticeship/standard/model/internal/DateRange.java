package org.apprenticeship.standard.model.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The plausible dates of a date field: from the first day of {@link #fromYear()} to the last day of
 * {@link #toYear()}. The years are whole centuries, so that a JSON Schema can state the range as a
 * pattern on the year: {@code 2000} to {@code 2099} is {@code 20[0-9]{2}}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateRange {
  /** The first year of the dates of an apprenticeship: its start and planned end, training, evidence, assessment. */
  int PROGRAMME_FROM = 2000;
  /** The last year of the dates of an apprenticeship. */
  int PROGRAMME_TO = 2099;
  /** The first year of the dates of a life: birth, and qualifications achieved before the apprenticeship. */
  int LIFE_FROM = 1900;

  /** The first year allowed, a multiple of 100. */
  int fromYear();

  /** The last year allowed, one less than a multiple of 100. */
  int toYear();

  /** The message. */
  String message() default "{org.apprenticeship.standard.DateRange.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}

package org.apprenticeship.standard.model.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date must be plausible for what it dates: from the first day of the span's first year to the
 * last day of its last year. The spans are whole centuries, so that a JSON Schema states them as a
 * pattern on the year ({@code 20[0-9]{2}} for 2000 to 2099).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {
  /** What the date dates; an apprenticeship by default. */
  Span value() default Span.PROGRAMME;

  /** The message. */
  String message() default "{org.apprenticeship.standard.PlausibleDate.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The years a kind of date may fall in. */
  enum Span {
    /**
     * The dates of an apprenticeship and of a standard: starts and planned ends, training,
     * evidence, gateway and assessment, breaks, the dates a version accepts starts. The
     * apprenticeship standards began in 2014; 2000 leaves room for records moved from older
     * systems.
     */
    PROGRAMME(2000, 2099),
    /** The dates of a life: birth, and qualifications achieved before the apprenticeship. */
    LIFE(1900, 2099);

    private final int fromYear;
    private final int toYear;

    Span(int fromYear, int toYear) {
      this.fromYear = fromYear;
      this.toYear = toYear;
    }

    /** The first year allowed, a multiple of 100. */
    public int fromYear() {
      return fromYear;
    }

    /** The last year allowed, one less than a multiple of 100. */
    public int toYear() {
      return toYear;
    }
  }
}

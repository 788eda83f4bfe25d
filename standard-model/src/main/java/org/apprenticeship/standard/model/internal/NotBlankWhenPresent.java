package org.apprenticeship.standard.model.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text of an optional value must not be blank when present. Unlike {@code @NotBlank}, an empty
 * {@code Optional} (which Bean Validation unwraps to null) passes. Blank means as for
 * {@code @NotBlank}: every character is white space (see {@link Checks}).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBlankWhenPresent {
  /** The message. */
  String message() default "{org.apprenticeship.standard.NotBlankWhenPresent.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}

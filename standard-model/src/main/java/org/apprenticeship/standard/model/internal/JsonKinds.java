package org.apprenticeship.standard.model.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON types a value held as JSON may have, for a format that is not the library's own and
 * allows more than one (the public standards API writes a version as a string or a number).
 * The names are JSON Schema's: {@code string}, {@code number}, {@code integer}, {@code boolean},
 * {@code object}, {@code array}, {@code null}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface JsonKinds {
  /** The JSON types allowed. */
  String[] value();

  /** The message. */
  String message() default "{org.apprenticeship.standard.JsonKinds.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}

package org.apprenticeship.standard.model.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values, each written as JSON ({@code "0"}, {@code "true"}, {@code "\"x\""}), that a value
 * held as JSON may take, for a format that is not the library's own (the public standards API
 * marks a core duty {@code 1}, {@code 0}, {@code true} or {@code false}). Numbers are equal when
 * they are equal in value ({@code 1.0} is {@code 1}), as in JSON Schema.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface JsonEnum {
  /** The values allowed, each as JSON. */
  String[] value();

  /** The message. */
  String message() default "{org.apprenticeship.standard.JsonEnum.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}

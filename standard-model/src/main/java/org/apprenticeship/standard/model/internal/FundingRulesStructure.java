package org.apprenticeship.standard.model.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules that span a whole funding rule set: unique ids, sources that resolve, each rule with
 * exactly the parameters of its kind, and on each question one basis and no two rules in force on
 * one date. See {@link FundingRulesStructureCheck}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FundingRulesStructure {
  /** The message when used without the library's validator. */
  String message() default "the funding rules are not consistent";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}

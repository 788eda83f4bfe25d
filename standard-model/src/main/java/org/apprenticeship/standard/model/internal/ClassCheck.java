package org.apprenticeship.standard.model.internal;

import java.lang.annotation.Annotation;
import org.apprenticeship.standard.model.StandardException;

/**
 * A constraint on a value as a whole, such as {@link StandardStructure}: rules across its
 * properties, each violation reported with its own code and path.
 *
 * @param <T> the type of the value
 */
public interface ClassCheck<T> {
  /**
   * Checks a value.
   *
   * @param value the value; not null
   * @param violations where violations go, with paths relative to the value
   */
  void check(T value, Violations violations);

  /**
   * The check of a class-level constraint annotation.
   *
   * @throws StandardException if the annotation is not one the library checks
   */
  static ClassCheck<?> of(Annotation annotation, Class<?> type) {
    if (annotation instanceof StandardStructure) {
      return new StandardStructureCheck();
    }
    if (annotation instanceof PlanStructure) {
      return new PlanStructureCheck();
    }
    if (annotation instanceof FundingRulesStructure) {
      return new FundingRulesStructureCheck();
    }
    throw new StandardException("the constraint @" + annotation.annotationType().getName() + " on " + type.getName()
        + " is not one the library checks");
  }
}

package org.apprenticeship.standard.model.internal;

/** One constraint of a value, compiled from its annotation (see {@link Checks}). */
@FunctionalInterface
public interface Check {
  /**
   * Checks a value, reporting a violation to the sink at its current place.
   *
   * @param value the value: present (never null, never an {@code Optional})
   * @param sink where violations go
   */
  void check(Object value, FindingSink sink);
}

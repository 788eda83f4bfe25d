package org.apprenticeship.standard.model;

/**
 * Finds the standard a learner record is on: the version it names, or else the version in force
 * on its start date. The registry of the {@code standard-data} module implements it; the rules use
 * it to evaluate records of several standards.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StandardLookup {
  /**
   * Returns the standard a learner record is on.
   *
   * @param record the record; not null
   * @return the standard; not null
   * @throws UnknownStandardException if no standard fits the record; the message says what is held
   */
  Standard standardFor(LearnerRecord record);
}

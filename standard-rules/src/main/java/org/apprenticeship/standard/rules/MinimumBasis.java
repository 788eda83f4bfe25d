package org.apprenticeship.standard.rules;

/**
 * What the off-the-job minimum of a report was worked out over.
 *
 * @since 0.1.0
 */
public enum MinimumBasis {
  /** The planned duration, start to planned end, breaks in learning excluded. */
  PLANNED_DURATION,
  /**
   * The time actually spent in training, start to gateway, breaks in learning excluded: the
   * minimum for an early gateway, where the funding rules allow it.
   */
  TIME_SPENT_TO_GATEWAY,
  /** The figure published for the standard, which the evaluation policy gives; not tied to duration or hours. */
  PUBLISHED_FIGURE
}

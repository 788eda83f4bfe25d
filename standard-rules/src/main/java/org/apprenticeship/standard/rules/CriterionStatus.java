package org.apprenticeship.standard.rules;

/**
 * The outcome of one gateway criterion.
 *
 * @since 0.1.0
 */
public enum CriterionStatus {
  /** The record shows the criterion is met. */
  MET,
  /** The record does not show the criterion is met; the reason says what is missing. */
  NOT_MET,
  /** The criterion does not apply to this apprentice: the funding rules or the policy say so. */
  NOT_APPLICABLE
}

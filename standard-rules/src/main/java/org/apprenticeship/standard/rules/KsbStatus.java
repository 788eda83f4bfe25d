package org.apprenticeship.standard.rules;

/**
 * Where one KSB stands in the apprentice's evidence.
 *
 * @since 0.1.0
 */
public enum KsbStatus {
  /** No accepted and no submitted evidence maps to it. */
  NOT_STARTED,
  /** Some accepted or submitted evidence maps to it, but fewer accepted items than the policy needs. */
  IN_PROGRESS,
  /** At least the policy's minimum of accepted evidence maps to it. */
  COVERED
}

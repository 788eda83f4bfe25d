package org.apprenticeship.standard.rules;

/**
 * Red, amber or green: whether KSB coverage keeps pace with time on programme.
 *
 * @since 0.1.0
 */
public enum Rag {
  /** Coverage is at or above the share of the planned duration that has passed. */
  GREEN,
  /** Coverage is below that share, but within the policy's margin. */
  AMBER,
  /** Coverage is below that share by more than the margin. */
  RED
}

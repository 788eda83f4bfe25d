package org.apprenticeship.standard.model;

/**
 * What a second or later attempt at an end-point assessment method is.
 *
 * @since 0.1.0
 */
public enum AttemptKind {
  /** Taken again without further training. */
  RESIT,
  /** Taken again after further training. */
  RETAKE
}

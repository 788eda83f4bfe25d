package org.apprenticeship.standard.model;

/**
 * What kind of qualification an achievement is.
 *
 * @since 0.1.0
 */
public enum AchievementKind {
  /** A diploma, such as the Level 4 Diploma in Adult Care. */
  DIPLOMA,
  /** A certificate. */
  CERTIFICATE,
  /** An award. */
  AWARD,
  /** English: functional skills, GCSE or an equivalent. */
  ENGLISH,
  /** Maths: functional skills, GCSE or an equivalent. */
  MATHS,
  /** Digital skills. */
  DIGITAL,
  /** Any other qualification. */
  OTHER
}

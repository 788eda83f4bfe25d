package org.apprenticeship.standard.model;

/**
 * What a gateway criterion asks for, which decides how the rules check it against a learner record.
 *
 * @since 0.1.0
 */
public enum CriterionKind {
  /** A qualification, such as the Level 4 Diploma in Adult Care, of a minimum level. */
  QUALIFICATION,
  /** English at a minimum level, achieved or already held. */
  ENGLISH,
  /** Maths at a minimum level, achieved or already held. */
  MATHS,
  /** A portfolio of evidence, submitted, that covers the KSBs it must underpin. */
  PORTFOLIO,
  /** The minimum off-the-job training hours of the funding rules. */
  OFF_THE_JOB,
  /** The minimum time on programme of the funding rules. */
  MINIMUM_DURATION,
  /** The employer's confirmation that the apprentice works at the level of the standard. */
  EMPLOYER_SIGN_OFF,
  /** Anything else; checked against a {@linkplain GatewayCriterion#declaration() declaration}. */
  OTHER
}

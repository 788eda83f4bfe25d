package org.apprenticeship.standard.model;

/**
 * The question a {@linkplain FundingRule funding rule} answers. On each question at most one rule
 * of a {@linkplain FundingRuleSet rule set} is in force on any date, and the rules of one question
 * are all decided by the same date ({@link AppliesBy}).
 *
 * @since 0.1.0
 */
public enum FundingTopic {
  /** Whether Level 2 English and maths are required before gateway. */
  ENGLISH_AND_MATHS,
  /** The least time on programme before gateway, and for the planned duration. */
  MINIMUM_DURATION,
  /** The longer minimum duration of an apprentice contracted for fewer hours than full time. */
  PART_TIME_DURATION,
  /** Whether an apprentice may go to gateway before the planned end, on the minimum for the time spent. */
  EARLY_GATEWAY,
  /** How the minimum off-the-job training hours are worked out. */
  OFF_THE_JOB,
  /** What recognised prior learning does to the off-the-job minimum. */
  PRIOR_LEARNING,
  /** Which off-the-job hours count: only those of the practical period, up to gateway. */
  OFF_THE_JOB_COUNTED,
  /** Whether time on a break in learning counts towards the duration and the off-the-job minimum. */
  BREAKS_EXCLUDED,
  /** Whether every calendar month on programme needs off-the-job training or a recorded break. */
  MONTHLY_ACTIVITY,
  /** Whether a method that was passed may be taken again. */
  PASSED_METHODS
}

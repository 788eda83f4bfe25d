package org.apprenticeship.standard.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The calculation a {@linkplain FundingRule funding rule} stands for: the only part of the funding
 * rules that is code. The dates a rule applies on, its figures, sources and status are data, so
 * next year's rules need no new release unless they bring a new kind of calculation.
 *
 * @since 0.1.0
 */
public enum FundingRuleKind {
  /** Level 2 English and maths are required of every apprentice. */
  ENGLISH_AND_MATHS_FOR_ALL(FundingTopic.ENGLISH_AND_MATHS),
  /**
   * Level 2 English and maths are required only of apprentices under {@link FundingParameter#AGE}
   * on their start date (a birthday on the start day counts); without a date of birth the rules
   * cannot tell, and say so.
   */
  ENGLISH_AND_MATHS_UNDER_AGE(FundingTopic.ENGLISH_AND_MATHS, FundingParameter.AGE),
  /**
   * The practical period (start to gateway, breaks excluded) lasts at least {@link
   * FundingParameter#MONTHS} months, counted as {@link FundingParameter#DAYS} whole days from the
   * start day to the gateway day, both included; the planned duration must be as long.
   */
  MINIMUM_DURATION(FundingTopic.MINIMUM_DURATION, FundingParameter.MONTHS, FundingParameter.DAYS),
  /**
   * An apprentice contracted for fewer than {@link FundingParameter#HOURS_THRESHOLD} hours a week at
   * the start needs the minimum duration times the threshold divided by their hours (12 x 30 / 20
   * = 18 months), in whole days rounded up.
   */
  PART_TIME_DURATION(FundingTopic.PART_TIME_DURATION, FundingParameter.HOURS_THRESHOLD),
  /**
   * An apprentice, part-time included, may go to gateway before the planned end once the minimum
   * duration (without any part-time extension) is met and the off-the-job minimum for the time
   * actually spent in training (start to gateway, breaks excluded) is met.
   */
  EARLY_GATEWAY(FundingTopic.EARLY_GATEWAY),
  /**
   * Off-the-job minimum: {@link FundingParameter#PERCENT} percent of the contracted hours over the
   * training weeks, {@code P / 100 x H x (D - L x D / 52)}, with {@code H} the contracted hours a
   * week (no cap), {@code D} the weeks of the practical period less breaks and {@code L} the
   * {@link FundingParameter#LEAVE_WEEKS_PER_YEAR leave weeks a year}.
   */
  OTJ_PERCENT_OF_HOURS(FundingTopic.OFF_THE_JOB, FundingParameter.PERCENT, FundingParameter.LEAVE_WEEKS_PER_YEAR),
  /**
   * Off-the-job minimum: {@link FundingParameter#HOURS_PER_WEEK} hours a week, pro rata below
   * {@link FundingParameter#HOURS_THRESHOLD} contracted hours, over the training weeks:
   * {@code W x min(H, T) / T x (D - L x D / 52)}.
   */
  OTJ_HOURS_A_WEEK(FundingTopic.OFF_THE_JOB, FundingParameter.HOURS_PER_WEEK, FundingParameter.HOURS_THRESHOLD,
      FundingParameter.LEAVE_WEEKS_PER_YEAR),
  /**
   * Off-the-job minimum: the figure published for each standard (which the evaluation policy
   * gives), never below {@link FundingParameter#FLOOR_HOURS}.
   */
  OTJ_PUBLISHED_MINIMUM(FundingTopic.OFF_THE_JOB, FundingParameter.FLOOR_HOURS),
  /**
   * Prior learning shortens the planned duration, and the off-the-job minimum is worked out from
   * the shortened plan; it is not a number of hours taken off the minimum.
   */
  PRIOR_LEARNING_SHORTENS_PLAN(FundingTopic.PRIOR_LEARNING),
  /**
   * Prior learning hours come off the off-the-job minimum, but never take it below the floor of
   * the off-the-job rule in force.
   */
  PRIOR_LEARNING_LOWERS_MINIMUM(FundingTopic.PRIOR_LEARNING),
  /** Only off-the-job hours up to the gateway count: hours after it are not counted. */
  OTJ_UNTIL_GATEWAY(FundingTopic.OFF_THE_JOB_COUNTED),
  /** Time on a break in learning counts neither towards the minimum duration nor towards the off-the-job weeks. */
  BREAKS_EXCLUDED(FundingTopic.BREAKS_EXCLUDED),
  /** Every calendar month on programme needs off-the-job training or a recorded break in learning. */
  MONTHLY_ACTIVITY(FundingTopic.MONTHLY_ACTIVITY),
  /** A method that was passed cannot be taken again to improve its grade: a later attempt does not count. */
  PASS_IS_FINAL(FundingTopic.PASSED_METHODS);

  private final FundingTopic topic;
  private final Set<FundingParameter> parameters;

  FundingRuleKind(FundingTopic topic, FundingParameter... parameters) {
    this.topic = topic;
    this.parameters = parameters.length == 0 ? EnumSet.noneOf(FundingParameter.class) : EnumSet.of(parameters[0], parameters);
  }

  /**
   * Returns the question a rule of this kind answers.
   *
   * @return the topic; not null
   */
  public FundingTopic topic() {
    return topic;
  }

  /**
   * Returns the parameters a rule of this kind needs: exactly these, no others.
   *
   * @return the parameters, in declaration order; not null, unmodifiable
   */
  public Set<FundingParameter> parameters() {
    return java.util.Collections.unmodifiableSet(parameters);
  }
}

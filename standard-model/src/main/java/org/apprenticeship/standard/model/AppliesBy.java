package org.apprenticeship.standard.model;

/**
 * The date that decides whether a {@linkplain FundingRule funding rule} applies to an apprentice.
 *
 * @since 0.1.0
 */
public enum AppliesBy {
  /** The apprentice's start date: the rule applies to those who started within its dates, for the whole apprenticeship. */
  START_DATE,
  /**
   * The date of the event the rule is about (such as the gateway, or a calendar month on
   * programme): the rule applies to everyone on programme, new starts and those already on it, from
   * the day it takes effect.
   */
  EVENT_DATE
}

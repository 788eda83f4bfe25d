package org.apprenticeship.standard.rules.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.FundingTopic;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Source;

/**
 * One apprentice's time on programme as the funding rules see it: the start, the planned end, the
 * gateway, the as-of date, the date criteria are judged at, and the breaks in learning (left out of
 * every count of days when the funding rules in force say so). Holds the funding rules so that each
 * rule is looked up by the date that decides it.
 */
final class Programme {
  private static final int TOPICS = FundingTopic.values().length;

  private final LearnerRecord record;
  private final FundingRuleSet funding;
  private final LocalDate asOf;
  private final Optional<LocalDate> gateway;
  private final Optional<FundingRule> breaksExcluded;
  private final FundingFacts facts;
  /** By topic, the rule in force at {@link #judgedAt()}, looked up on first use; most rules ask about that date. */
  private final Object[] atJudged = new Object[TOPICS];

  Programme(LearnerRecord record, FundingRuleSet funding, LocalDate asOf) {
    this.record = record;
    this.funding = funding;
    this.facts = FundingFacts.of(funding);
    this.asOf = asOf;
    this.gateway = record.epa().flatMap(epa -> epa.gatewayDate());
    this.breaksExcluded = rule(FundingTopic.BREAKS_EXCLUDED, judgedAt());
  }

  LearnerRecord record() {
    return record;
  }

  FundingRuleSet funding() {
    return funding;
  }

  LocalDate start() {
    return record.startDate();
  }

  LocalDate plannedEnd() {
    return record.plannedEndDate();
  }

  LocalDate asOf() {
    return asOf;
  }

  Optional<LocalDate> gateway() {
    return gateway;
  }

  /** The date the gateway criteria are judged at: the gateway date when recorded, else the as-of date. */
  LocalDate judgedAt() {
    return gateway.orElse(asOf);
  }

  /** The rule on a question that applies to this apprentice, by the start date or by an event date. */
  Optional<FundingRule> rule(FundingTopic topic, LocalDate eventDate) {
    if (!eventDate.equals(judgedAt())) {
      return funding.inForce(topic, record.startDate(), eventDate);
    }
    @SuppressWarnings("unchecked")
    Optional<FundingRule> known = (Optional<FundingRule>) atJudged[topic.ordinal()];
    if (known == null) {
      known = funding.inForce(topic, record.startDate(), eventDate);
      atJudged[topic.ordinal()] = known;
    }
    return known;
  }

  /** The rule that excludes breaks from the counts of days, when in force. */
  Optional<FundingRule> breaksExcluded() {
    return breaksExcluded;
  }

  /** The days of breaks in learning from {@code from} to {@code to}, both included; 0 when the rules count break time. */
  long breakDays(LocalDate from, LocalDate to) {
    if (breaksExcluded.isEmpty() || to.isBefore(from)) {
      return 0;
    }
    long days = 0;
    for (BreakInLearning pause : record.breaks()) {
      LocalDate first = pause.from().isAfter(from) ? pause.from() : from;
      LocalDate last = pause.to().isBefore(to) ? pause.to() : to;
      if (!last.isBefore(first)) {
        days += ChronoUnit.DAYS.between(first, last) + 1;
      }
    }
    return days;
  }

  /** Days from the start to {@code end}, {@code end} not included, less breaks: the days of the formula of the off-the-job rules. */
  long daysTo(LocalDate end) {
    return ChronoUnit.DAYS.between(start(), end) - breakDays(start(), end.minusDays(1));
  }

  /** Days from the start to {@code last}, both included, less breaks: the days of the minimum duration, as the ILR counts them. */
  long inclusiveDaysTo(LocalDate last) {
    return ChronoUnit.DAYS.between(start(), last) + 1 - breakDays(start(), last);
  }

  /** The first day on which {@link #inclusiveDaysTo} reaches {@code days}, with the breaks recorded. */
  LocalDate dayReaching(long days) {
    LocalDate day = start().plusDays(days - 1);
    long counted = inclusiveDaysTo(day);
    while (counted < days) {
      day = day.plusDays(days - counted);
      counted = inclusiveDaysTo(day);
    }
    return day;
  }

  /** The rule's id, status and sources, for a reason: {@code (rule otj-6-hours-a-week, CONFIRMED: O3, O4)}. */
  String cite(FundingRule rule) {
    return facts.cite(rule);
  }

  /** {@link FundingFacts#durationWords}: the words of a minimum-duration rule, made once per rule of the funding rules. */
  String durationWords(FundingRule rule, Function<FundingRule, String> words) {
    return facts.durationWords(rule, words);
  }

  /** The sources of rules, each once, in the order met. */
  List<Source> sourcesOf(List<FundingRule> rules) {
    List<Source> sources = new ArrayList<>();
    for (FundingRule rule : rules) {
      for (Source source : facts.sourcesOf(rule)) {
        if (!sources.contains(source)) {
          sources.add(source);
        }
      }
    }
    return sources;
  }
}

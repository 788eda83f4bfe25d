package org.apprenticeship.standard.rules.internal;

import java.util.List;
import java.util.function.Function;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.Source;

/**
 * What the rules say about each funding rule in every evaluation, worked out once per set of funding
 * rules: its citation and its sources. It is kept for the set last asked about ({@link LastUsed}).
 * Thread-safe: only read once made.
 */
final class FundingFacts {
  private static final LastUsed<FundingRuleSet, FundingFacts> LAST = new LastUsed<>(FundingFacts::new);

  private final FundingRuleSet funding;
  private final List<FundingRule> rules;
  private final String[] cites;
  private final List<?>[] sources;
  /** By rule, the words of a minimum-duration rule, made on first use (a race makes the same words twice). */
  private final String[] durationWords;

  private FundingFacts(FundingRuleSet funding) {
    this.funding = funding;
    this.rules = funding.rules();
    this.cites = new String[rules.size()];
    this.sources = new List<?>[rules.size()];
    this.durationWords = new String[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      cites[i] = citeOf(rules.get(i));
      sources[i] = funding.sourcesOf(rules.get(i));
    }
  }

  /** The facts of a set of funding rules, made when it is not the set last asked about. */
  static FundingFacts of(FundingRuleSet funding) {
    return LAST.of(funding);
  }

  /** The rule's id, status and sources, for a reason: {@code (rule otj-6-hours-a-week, CONFIRMED: O3, O4)}. */
  String cite(FundingRule rule) {
    int at = positionOf(rule);
    return at < 0 ? citeOf(rule) : cites[at];
  }

  /** {@link FundingRuleSet#sourcesOf(FundingRule)}. */
  @SuppressWarnings("unchecked")
  List<Source> sourcesOf(FundingRule rule) {
    int at = positionOf(rule);
    return at < 0 ? funding.sourcesOf(rule) : (List<Source>) sources[at];
  }

  /**
   * The words of a rule's minimum duration ({@link MinimumDuration}), made by {@code words} once for
   * each rule of the set, and each time for a rule the set does not hold.
   */
  String durationWords(FundingRule rule, Function<FundingRule, String> words) {
    int at = positionOf(rule);
    if (at < 0) {
      return words.apply(rule);
    }
    String made = durationWords[at];
    if (made == null) {
      made = words.apply(rule);
      durationWords[at] = made;
    }
    return made;
  }

  private int positionOf(FundingRule rule) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) == rule) {
        return i;
      }
    }
    return -1;
  }

  private static String citeOf(FundingRule rule) {
    return "(rule " + rule.id() + ", " + rule.status() + ": " + String.join(", ", rule.sources()) + ")";
  }
}

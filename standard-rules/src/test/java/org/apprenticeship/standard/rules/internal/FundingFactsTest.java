package org.apprenticeship.standard.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleSet;

/** {@link FundingFacts} answers as the set of funding rules does, whichever set was asked about before. */
class FundingFactsTest {
  private static final FundingRuleSet BUNDLED = FundingRules.bundled();

  private static void assertFactsOf(FundingRuleSet funding) {
    for (FundingRule rule : funding.rules()) {
      assertEquals("(rule " + rule.id() + ", " + rule.status() + ": " + String.join(", ", rule.sources()) + ")",
          FundingFacts.of(funding).cite(rule), rule.id());
      assertEquals(funding.sourcesOf(rule), FundingFacts.of(funding).sourcesOf(rule), rule.id());
    }
  }

  @Property(tries = 50)
  void eachRule_isCitedWithItsSources_afterAnotherSet(@ForAll @IntRange(min = 0, max = 20) int dropped) {
    // Another set: the bundled one less some rules, and with the first rule's sources reversed.
    List<FundingRule> rules = new ArrayList<>(BUNDLED.rules());
    rules.subList(0, Math.min(dropped, rules.size() - 1)).clear();
    List<String> reversed = new ArrayList<>(rules.get(0).sources());
    java.util.Collections.reverse(reversed);
    rules.set(0, rules.get(0).withSources(reversed));
    FundingRuleSet other = BUNDLED.withRules(rules);
    assertFactsOf(BUNDLED);
    assertFactsOf(other);
    assertFactsOf(BUNDLED);
    // A rule the set does not hold is cited all the same.
    FundingRule changed = rules.get(0);
    assertEquals("(rule " + changed.id() + ", " + changed.status() + ": " + String.join(", ", reversed) + ")",
        FundingFacts.of(BUNDLED).cite(changed));
  }
}

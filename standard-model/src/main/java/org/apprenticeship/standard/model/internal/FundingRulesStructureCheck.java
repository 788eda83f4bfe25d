package org.apprenticeship.standard.model.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.index;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingParameter;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.FundingTopic;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.SourceStatus;

/** Checks {@link FundingRulesStructure}. */
public final class FundingRulesStructureCheck implements ClassCheck<FundingRuleSet> {

  @Override
  public void check(FundingRuleSet set, Violations violations) {
    violations.unique(FindingCode.SOURCE_01, property(ROOT, "sources"), "id", set.sources(), Source::id, "source id");
    violations.unique(FindingCode.FUNDING_06, property(ROOT, "rules"), "id", set.rules(), FundingRule::id, "rule id");
    Map<String, SourceStatus> sources = new HashMap<>();
    set.sources().forEach(s -> sources.putIfAbsent(s.id(), s.status()));
    Map<FundingTopic, Integer> firstOfTopic = new EnumMap<>(FundingTopic.class);
    List<FundingRule> rules = set.rules();
    for (int i = 0; i < rules.size(); i++) {
      FundingRule rule = rules.get(i);
      String path = index(property(ROOT, "rules"), i);
      parameters(violations, rule, path);
      citations(violations, rule, path, sources);
      if (rule.from().isPresent() && rule.to().isPresent() && rule.to().get().isBefore(rule.from().get())) {
        violations.report(FindingCode.FUNDING_04, property(path, "to"), "rule " + rule.id() + " ends on " + rule.to().get()
            + ", before its first day " + rule.from().get());
        continue;
      }
      Integer first = firstOfTopic.putIfAbsent(rule.kind().topic(), i);
      if (first == null) {
        continue;
      }
      FundingRule firstRule = rules.get(first);
      if (firstRule.appliesBy() != rule.appliesBy()) {
        violations.report(FindingCode.FUNDING_03, property(path, "appliesBy"), "rule " + rule.id() + " applies by "
            + rule.appliesBy() + " but rule " + firstRule.id() + " on the same question (" + rule.kind().topic() + ") applies by "
            + firstRule.appliesBy() + "; the rules on one question are decided by one date");
      }
      for (int j = 0; j < i; j++) {
        FundingRule earlier = rules.get(j);
        if (earlier.kind().topic() == rule.kind().topic() && wellOrdered(earlier) && overlap(earlier, rule)) {
          violations.report(FindingCode.FUNDING_02, property(path, "from"), "rule " + rule.id() + " (" + rule.dates()
              + ") and rule " + earlier.id() + " (" + earlier.dates() + ") answer the same question (" + rule.kind().topic()
              + ") on the same dates; one of them must end before the other begins");
        }
      }
    }
  }

  private static void parameters(Violations violations, FundingRule rule, String path) {
    Set<FundingParameter> needed = rule.kind().parameters();
    Set<FundingParameter> present = rule.parameters().present();
    String parametersPath = property(path, "parameters");
    for (FundingParameter parameter : needed) {
      if (!present.contains(parameter)) {
        violations.report(FindingCode.FUNDING_01, parametersPath, "rule " + rule.id() + " of kind " + rule.kind() + " needs the parameter "
            + parameter.jsonName() + "; its parameters are " + names(needed));
      }
    }
    for (FundingParameter parameter : present) {
      if (!needed.contains(parameter)) {
        violations.report(FindingCode.FUNDING_01, property(parametersPath, parameter.jsonName()), "rule " + rule.id() + " of kind "
            + rule.kind() + " does not use the parameter " + parameter.jsonName() + "; its parameters are " + names(needed));
      }
    }
  }

  private static String names(Set<FundingParameter> parameters) {
    return parameters.isEmpty() ? "none" : parameters.stream().map(FundingParameter::jsonName).collect(Collectors.joining(", "));
  }

  private static void citations(Violations violations, FundingRule rule, String path, Map<String, SourceStatus> sources) {
    Optional<SourceStatus> strongest = Optional.empty();
    for (int j = 0; j < rule.sources().size(); j++) {
      String id = rule.sources().get(j);
      SourceStatus status = sources.get(id);
      if (status == null) {
        violations.report(FindingCode.FUNDING_05, index(property(path, "sources"), j), "rule " + rule.id() + " cites source " + id
            + ", which the funding rules do not have");
      } else if (strongest.isEmpty() || status.compareTo(strongest.get()) > 0) {
        strongest = Optional.of(status);
      }
    }
    strongest.filter(s -> rule.status().compareTo(s) > 0).ifPresent(s -> violations.report(FindingCode.FUNDING_07,
        property(path, "status"), "rule " + rule.id() + " is " + rule.status() + " but its strongest source is " + s
            + "; a rule cannot be surer than its sources"));
  }

  private static boolean wellOrdered(FundingRule rule) {
    return rule.from().isEmpty() || rule.to().isEmpty() || !rule.to().get().isBefore(rule.from().get());
  }

  private static boolean overlap(FundingRule a, FundingRule b) {
    return DateRanges.overlap(a.from(), a.to(), b.from(), b.to());
  }
}

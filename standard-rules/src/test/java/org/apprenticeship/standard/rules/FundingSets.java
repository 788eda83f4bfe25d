package org.apprenticeship.standard.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AppliesBy;
import org.apprenticeship.standard.model.FundingParameters;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleKind;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.ModelValidator;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.SourceStatus;

/** Small synthetic funding rule sets, so that each rule can be tested on data short enough to read. */
final class FundingSets {
  private FundingSets() {}

  /** A rule citing the one synthetic source, CONFIRMED, without parameters or dates. */
  static FundingRule.Builder rule(String id, FundingRuleKind kind, AppliesBy appliesBy) {
    return FundingRule.builder().id(id).kind(kind).appliesBy(appliesBy).statement("Synthetic rule " + id).addSources("S1")
        .status(SourceStatus.CONFIRMED);
  }

  /** A valid set of the given rules; fails the test if the rules do not make one. */
  static FundingRuleSet of(FundingRule... rules) {
    FundingRuleSet set = FundingRuleSet.builder().version("1.0").title("Synthetic funding rules")
        .addSources(Source.builder().id("S1").title("A synthetic source").status(SourceStatus.CONFIRMED).build())
        .addRules(rules).build();
    List<String> findings = ModelValidator.validate(set).stream().map(Object::toString).collect(Collectors.toList());
    if (!findings.isEmpty()) {
      throw new AssertionError("the synthetic funding rules are not valid: " + findings);
    }
    return set;
  }

  static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }

  /** The 6-hour rule of 2022 for every start: 6 hours a week, pro rata below 30, 5.6 weeks of leave. */
  static FundingRule sixHoursAWeek() {
    return rule("otj-6-hours", FundingRuleKind.OTJ_HOURS_A_WEEK, AppliesBy.START_DATE)
        .parameters(FundingParameters.builder().hoursPerWeek(decimal("6")).hoursThreshold(decimal("30")).leaveWeeksPerYear(decimal("5.6")).build())
        .build();
  }

  /** 12 months, 365 days counted inclusively, for every start. */
  static FundingRule twelveMonths() {
    return rule("twelve-months", FundingRuleKind.MINIMUM_DURATION, AppliesBy.START_DATE)
        .parameters(FundingParameters.builder().months(12).days(365).build()).build();
  }

  static FundingRule breaksExcluded() {
    return rule("breaks-excluded", FundingRuleKind.BREAKS_EXCLUDED, AppliesBy.START_DATE).build();
  }

  static FundingRule untilGateway() {
    return rule("until-gateway", FundingRuleKind.OTJ_UNTIL_GATEWAY, AppliesBy.START_DATE).build();
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}

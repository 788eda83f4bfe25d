package org.apprenticeship.standard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FundingRuleSetTest {
  private static final FundingRuleSet FUNDING = Fixtures.funding();
  private static final LocalDate ANY = LocalDate.of(2000, 1, 1);

  private static Optional<String> otj(LocalDate start) {
    return FUNDING.inForce(FundingTopic.OFF_THE_JOB, start, ANY).map(FundingRule::id);
  }

  private static Optional<String> englishAndMaths(LocalDate event) {
    return FUNDING.inForce(FundingTopic.ENGLISH_AND_MATHS, ANY, event).map(FundingRule::id);
  }

  private static List<String> codesAndPaths(FundingRuleSet set) {
    return ModelValidator.validate(set).stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  private static FundingRuleSet withRule(int index, FundingRule rule) {
    List<FundingRule> rules = new ArrayList<>(FUNDING.rules());
    rules.set(index, rule);
    return FUNDING.withRules(rules);
  }

  @Test
  void ruleByStartDate_isFoundAtItsBoundaries_eitherSideOfTheChange() {
    assertEquals(Optional.of("otj-20-percent"), otj(LocalDate.of(1990, 1, 1)));
    assertEquals(Optional.of("otj-20-percent"), otj(LocalDate.of(2022, 7, 31)));
    assertEquals(Optional.of("otj-6-hours"), otj(LocalDate.of(2022, 8, 1)));
    assertEquals(Optional.of("otj-6-hours"), otj(LocalDate.of(2099, 12, 31)));
  }

  @Test
  void ruleByEventDate_isFoundByTheEventDate_notTheStart() {
    assertEquals(Optional.of("english-maths-for-all"), englishAndMaths(LocalDate.of(2025, 2, 10)));
    assertEquals(Optional.of("english-maths-under-19"), englishAndMaths(LocalDate.of(2025, 2, 11)));
    // The start date does not decide an event-date rule: a 2020 start with a gateway in 2026.
    assertEquals(Optional.of("english-maths-under-19"),
        FUNDING.inForce(FundingTopic.ENGLISH_AND_MATHS, LocalDate.of(2020, 1, 6), LocalDate.of(2026, 1, 6)).map(FundingRule::id));
  }

  @Test
  void aQuestionWithoutRules_orADateInAGap_hasNoRule() {
    assertEquals(Optional.empty(), FUNDING.inForce(FundingTopic.MONTHLY_ACTIVITY, ANY, ANY));
    FundingRuleSet gap = withRule(1, FUNDING.rules().get(1).withFrom(LocalDate.of(2023, 8, 1)));
    assertEquals(Optional.empty(), gap.inForce(FundingTopic.OFF_THE_JOB, LocalDate.of(2023, 1, 2), ANY));
    assertEquals(Optional.of("otj-6-hours"), gap.inForce(FundingTopic.OFF_THE_JOB, LocalDate.of(2023, 8, 1), ANY).map(FundingRule::id));
  }

  @Property
  void lookup_agreesWithALinearScan(@ForAll @IntRange(min = 0, max = 20_000) int day) {
    LocalDate date = LocalDate.of(1990, 1, 1).plusDays(day);
    for (FundingTopic topic : FundingTopic.values()) {
      Optional<FundingRule> scanned = FUNDING.rules().stream().filter(r -> r.kind().topic() == topic)
          .filter(r -> r.appliesOn(date)).findFirst();
      assertEquals(scanned, FUNDING.inForce(topic, date, date));
    }
  }

  @Test
  void applyingTo_aStart_givesTheStartDateRulesThen_andTheEventDateRulesFromThenOn() {
    List<String> in2024 = FUNDING.applyingTo(LocalDate.of(2024, 9, 2)).stream().map(FundingRule::id).collect(Collectors.toList());
    assertEquals(List.of("english-maths-for-all", "english-maths-under-19", "otj-6-hours"), in2024);
    List<String> in2026 = FUNDING.applyingTo(LocalDate.of(2026, 1, 5)).stream().map(FundingRule::id).collect(Collectors.toList());
    assertEquals(List.of("english-maths-under-19", "otj-6-hours"), in2026);
  }

  @Test
  void rules_sayTheirDatesInWords() {
    assertEquals("starts to 2022-07-31", FUNDING.rules().get(0).dates());
    assertEquals("starts from 2022-08-01", FUNDING.rules().get(1).dates());
    assertEquals("events from 2025-02-11", FUNDING.rules().get(3).dates());
    assertEquals("all starts", FUNDING.rules().get(0).withTo(Optional.empty()).dates());
    assertTrue(FUNDING.rules().get(1).appliesOn(LocalDate.of(2022, 8, 1)));
    assertFalse(FUNDING.rules().get(1).appliesOn(LocalDate.of(2022, 7, 31)));
  }

  @Test
  void sourcesOfARule_resolveInTheRulesOrder() {
    assertEquals(List.of("O1", "O4"), FUNDING.sourcesOf(FUNDING.rules().get(1)).stream().map(Source::id).collect(Collectors.toList()));
    assertEquals(Optional.empty(), FUNDING.source("X9"));
  }

  @Test
  void parameters_thatAKindNeeds_areRequired_andNoOthers() {
    FundingRule sixHours = FUNDING.rules().get(1);
    assertEquals(new BigDecimal("6"), sixHours.parameters().require(FundingParameter.HOURS_PER_WEEK));
    assertEquals(sixHours.kind().parameters(), sixHours.parameters().present());
    assertThrows(IllegalStateException.class, () -> sixHours.parameters().require(FundingParameter.AGE));
    FundingRuleSet missing = withRule(1, sixHours.withParameters(sixHours.parameters().withHoursThreshold(Optional.empty()).withAge(19)));
    assertEquals(List.of("FUNDING_01 $.rules[1].parameters", "FUNDING_01 $.rules[1].parameters.age"), codesAndPaths(missing));
    assertEquals("rule otj-6-hours of kind OTJ_HOURS_A_WEEK needs the parameter hoursThreshold; its parameters are hoursPerWeek,"
        + " hoursThreshold, leaveWeeksPerYear", ModelValidator.validate(missing).get(0).message());
  }

  @Test
  void overlappingRulesOnOneQuestion_areAnError() {
    FundingRuleSet overlap = withRule(1, FUNDING.rules().get(1).withFrom(LocalDate.of(2022, 7, 31)));
    assertEquals(List.of("FUNDING_02 $.rules[1].from"), codesAndPaths(overlap));
    FundingRuleSet open = withRule(1, FUNDING.rules().get(1).withFrom(Optional.empty()));
    assertEquals(List.of("FUNDING_02 $.rules[1].from"), codesAndPaths(open));
  }

  @Test
  void rulesOfOneQuestion_decidedByDifferentDates_areAnError() {
    FundingRuleSet mixed = withRule(3, FUNDING.rules().get(3).withAppliesBy(AppliesBy.START_DATE));
    assertEquals(List.of("FUNDING_03 $.rules[3].appliesBy"), codesAndPaths(mixed));
  }

  @Test
  void aRuleEndingBeforeItBegins_isAnError() {
    FundingRuleSet backwards = withRule(1, FUNDING.rules().get(1).withTo(LocalDate.of(2022, 7, 1)));
    assertEquals(List.of("FUNDING_04 $.rules[1].to"), codesAndPaths(backwards));
  }

  @Test
  void unknownSources_duplicateIds_andAStatusSurerThanItsSources_areErrors() {
    assertEquals(List.of("FUNDING_05 $.rules[1].sources[1]"), codesAndPaths(withRule(1, FUNDING.rules().get(1).withSources("O1", "O9"))));
    assertEquals(List.of("FUNDING_06 $.rules[1].id"), codesAndPaths(withRule(1, FUNDING.rules().get(1).withId("otj-20-percent"))));
    assertEquals(List.of("SOURCE_01 $.sources[1].id"),
        codesAndPaths(FUNDING.withSources(FUNDING.sources().get(0), FUNDING.sources().get(0).withTitle("Again"), FUNDING.sources().get(1))));
    FundingRuleSet surer = withRule(3, FUNDING.rules().get(3).withStatus(SourceStatus.CONFIRMED));
    assertEquals(List.of("FUNDING_07 $.rules[3].status"), codesAndPaths(surer));
    assertEquals("rule english-maths-under-19 is CONFIRMED but its strongest source is SECONDARY; a rule cannot be surer than its sources",
        ModelValidator.validate(surer).get(0).message());
  }
}

package org.apprenticeship.standard.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/** A small synthetic standard, valid as built, that tests change one thing at a time. */
final class Fixtures {
  private Fixtures() {}

  static AssessmentMethod observation() {
    return AssessmentMethod.builder()
        .id("observation")
        .name("Observation")
        .durationMinutes(60)
        .preparationPeriod(Period.ofWeeks(2))
        .addKsbs("S1", "B1")
        .addGrades("FAIL", "PASS")
        .build();
  }

  static AssessmentMethod discussion() {
    return AssessmentMethod.builder()
        .id("discussion")
        .name("Discussion")
        .addKsbs("K1", "K2", "S1", "B1")
        .addGrades("FAIL", "PASS", "DISTINCTION")
        .build();
  }

  static GradingRule rule(String observation, String discussion, String overall) {
    return GradingRule.builder()
        .putMethodGrade("observation", observation)
        .putMethodGrade("discussion", discussion)
        .overall(overall)
        .build();
  }

  static AssessmentPlan plan() {
    return AssessmentPlan.builder()
        .addMethods(observation(), discussion())
        .addOverallGrades("FAIL", "PASS", "DISTINCTION")
        .addGradingRules(
            rule("FAIL", "FAIL", "FAIL"),
            rule("FAIL", "PASS", "FAIL"),
            rule("FAIL", "DISTINCTION", "FAIL"),
            rule("PASS", "FAIL", "FAIL"),
            rule("PASS", "PASS", "PASS"),
            rule("PASS", "DISTINCTION", "DISTINCTION"))
        .epaPeriod(Period.ofMonths(3))
        .resit(ResitPolicy.builder().window(Period.ofMonths(3)).gradeCap("PASS").build())
        .build();
  }

  static Standard standard() {
    return Standard.builder()
        .reference("ST9001")
        .version("1.0")
        .title("Synthetic practitioner")
        .level(3)
        .status("Approved for delivery")
        .route("Care services")
        .typicalDurationMonths(12)
        .addKsbs(
            Ksb.builder().code("K1").statement("Knows one thing").theme("First").build(),
            Ksb.builder().code("K2").statement("Knows another").theme("Second").build(),
            Ksb.builder().code("S1").statement("Does one thing").theme("First").build(),
            Ksb.builder().code("B1").statement("Acts well").build())
        .assessmentPlan(plan())
        .addGatewayCriteria(GatewayCriterion.builder()
            .id("english").statement("Level 2 English").kind(CriterionKind.ENGLISH).mandatory(true).minimumLevel(2).build())
        .addSources(
            Source.builder().id("P1").title("Official page").status(SourceStatus.CONFIRMED).dateRead("2026-11").build(),
            Source.builder().id("P2").title("Provider page").status(SourceStatus.SECONDARY).build(),
            Source.builder().id("A1").title("Theme names").status(SourceStatus.ASSUMED).note("no page names them").build())
        .addCitations(
            Citation.of("$", "P1"),
            Citation.of("$.ksbs[*].theme", "P2"),
            Citation.of("$.ksbs[K2].theme", "A1"),
            Citation.of("$.assessmentPlan", "P2", "A1"))
        .build();
  }

  /**
   * A small funding rule set: the 20% rule for starts before 2022-08-01, the 6-hour rule from then,
   * and English and maths for everyone until 2025-02-10 by event date, then only under 19.
   */
  static FundingRuleSet funding() {
    return FundingRuleSet.builder()
        .version("2026.11")
        .title("Synthetic funding rules")
        .addSources(
            Source.builder().id("O1").title("Funding rules 2021-22").status(SourceStatus.CONFIRMED).build(),
            Source.builder().id("O4").title("A vendor's FAQ").status(SourceStatus.SECONDARY).build())
        .addRules(
            FundingRule.builder().id("otj-20-percent").kind(FundingRuleKind.OTJ_PERCENT_OF_HOURS).appliesBy(AppliesBy.START_DATE)
                .to(LocalDate.of(2022, 7, 31)).statement("20% of contracted hours")
                .parameters(FundingParameters.builder().percent(new BigDecimal("20")).leaveWeeksPerYear(new BigDecimal("5.6")).build())
                .addSources("O1").status(SourceStatus.CONFIRMED).build(),
            FundingRule.builder().id("otj-6-hours").kind(FundingRuleKind.OTJ_HOURS_A_WEEK).appliesBy(AppliesBy.START_DATE)
                .from(LocalDate.of(2022, 8, 1)).statement("6 hours a week")
                .parameters(FundingParameters.builder().hoursPerWeek(new BigDecimal("6")).hoursThreshold(new BigDecimal("30"))
                    .leaveWeeksPerYear(new BigDecimal("5.6")).build())
                .addSources("O1", "O4").status(SourceStatus.CONFIRMED).build(),
            FundingRule.builder().id("english-maths-for-all").kind(FundingRuleKind.ENGLISH_AND_MATHS_FOR_ALL).appliesBy(AppliesBy.EVENT_DATE)
                .to(LocalDate.of(2025, 2, 10)).statement("everyone").addSources("O1").status(SourceStatus.CONFIRMED).build(),
            FundingRule.builder().id("english-maths-under-19").kind(FundingRuleKind.ENGLISH_AND_MATHS_UNDER_AGE)
                .appliesBy(AppliesBy.EVENT_DATE).from(LocalDate.of(2025, 2, 11)).statement("only under 19 at the start")
                .parameters(FundingParameters.builder().age(19).build()).addSources("O4").status(SourceStatus.SECONDARY).build())
        .build();
  }

  static LearnerRecord learner() {
    return LearnerRecord.builder()
        .learnerId("L-1")
        .standard("ST9001")
        .startDate(LocalDate.of(2024, 9, 2))
        .plannedEndDate(LocalDate.of(2025, 9, 2))
        .contractedHoursPerWeek(new BigDecimal("37.5"))
        .addOffTheJob(OffTheJobEntry.of(LocalDate.of(2024, 9, 9), new BigDecimal("6"), "Workshop"))
        .addAchievements(Achievement.builder().kind(AchievementKind.ENGLISH).level(2).achievedOn(LocalDate.of(2019, 6, 1)).build())
        .addEvidence(Evidence.builder().id("E1").title("Account").date(LocalDate.of(2025, 2, 11))
            .addKsbs("K1", "S1").status(EvidenceStatus.ACCEPTED).build())
        .epa(EpaRecord.builder().gatewayDate(LocalDate.of(2025, 9, 10))
            .addResults(MethodResult.of("observation", "PASS", LocalDate.of(2025, 10, 1))).build())
        .build();
  }
}

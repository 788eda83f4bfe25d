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

package org.apprenticeship.standard.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.CriterionKind;
import org.apprenticeship.standard.model.Declaration;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.GatewayCriterion;
import org.apprenticeship.standard.model.GradingRule;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.ResitPolicy;
import org.apprenticeship.standard.model.Standard;

/**
 * A small synthetic standard (K1, K2, S1, S2, B1; an observation of the skills and behaviour graded
 * Fail or Pass, a discussion of all five graded Fail, Pass or Distinction) and record builders, so
 * that each rule can be tested on data small enough to read; and the bundled ST0007.
 */
final class Synthetic {
  static final Standard ST0007 = Standards.bundled().get("ST0007");
  /** The bundled funding rules. */
  static final FundingRuleSet FUNDING = FundingRules.bundled();
  static final LocalDate START = LocalDate.of(2024, 9, 2);

  private Synthetic() {}

  static Standard standard() {
    AssessmentMethod observation = AssessmentMethod.builder().id("observation").name("Observation")
        .preparationPeriod(Period.ofWeeks(2)).addKsbs("S1", "S2", "B1").addGrades("FAIL", "PASS").build();
    AssessmentMethod discussion = AssessmentMethod.builder().id("discussion").name("Discussion")
        .addKsbs("K1", "K2", "S1", "S2", "B1").addGrades("FAIL", "PASS", "DISTINCTION").build();
    AssessmentPlan plan = AssessmentPlan.builder()
        .addMethods(observation, discussion)
        .addOverallGrades("FAIL", "PASS", "DISTINCTION")
        .addGradingRules(rule("FAIL", "FAIL", "FAIL"), rule("FAIL", "PASS", "FAIL"), rule("FAIL", "DISTINCTION", "FAIL"),
            rule("PASS", "FAIL", "FAIL"), rule("PASS", "PASS", "PASS"), rule("PASS", "DISTINCTION", "DISTINCTION"))
        .epaPeriod(Period.ofMonths(3))
        .resit(ResitPolicy.builder().window(Period.ofMonths(3)).gradeCap("PASS").capLiftedByExceptionalCircumstances(true).build())
        .build();
    return Standard.builder()
        .reference("ST9001").version("1.0").title("Synthetic practitioner").level(3).status("Approved for delivery").route("Care services")
        .addKsbs(Ksb.of("K1", "Knows one thing"), Ksb.of("K2", "Knows another"), Ksb.of("S1", "Does one thing"),
            Ksb.of("S2", "Does another"), Ksb.of("B1", "Acts well"))
        .assessmentPlan(plan)
        .addGatewayCriteria(
            criterion("diploma", CriterionKind.QUALIFICATION).minimumLevel(3).qualificationTitle("Level 3 Diploma in Care").build(),
            criterion("english", CriterionKind.ENGLISH).minimumLevel(2).build(),
            criterion("maths", CriterionKind.MATHS).minimumLevel(2).build(),
            criterion("portfolio", CriterionKind.PORTFOLIO).method("discussion").build(),
            criterion("off-the-job", CriterionKind.OFF_THE_JOB).build(),
            criterion("minimum-duration", CriterionKind.MINIMUM_DURATION).build(),
            criterion("employer-confirmation", CriterionKind.EMPLOYER_SIGN_OFF).build(),
            criterion("observation-scope", CriterionKind.OTHER).mandatory(false).declaration(Declaration.OBSERVATION_SCOPE_AGREED).build())
        .build();
  }

  static GradingRule rule(String observation, String discussion, String overall) {
    return GradingRule.builder().putMethodGrade("observation", observation).putMethodGrade("discussion", discussion).overall(overall).build();
  }

  private static GatewayCriterion.Builder criterion(String id, CriterionKind kind) {
    return GatewayCriterion.builder().id(id).statement(id).kind(kind).mandatory(true);
  }

  /** A full-time record on the synthetic standard, 12 months planned, with nothing in it yet. */
  static LearnerRecord.Builder record() {
    return LearnerRecord.builder().learnerId("L-1").standard("ST9001").startDate(START).plannedEndDate(START.plusMonths(12))
        .contractedHoursPerWeek(new BigDecimal("37.5"));
  }

  /** A full-time record on ST0007, 18 months planned. */
  static LearnerRecord.Builder st0007Record() {
    return LearnerRecord.builder().learnerId("L-7").standard("ST0007").startDate(START).plannedEndDate(START.plusMonths(18))
        .contractedHoursPerWeek(new BigDecimal("37.5"));
  }

  static Evidence evidence(String id, EvidenceStatus status, LocalDate date, String... ksbs) {
    return Evidence.builder().id(id).title("Evidence " + id).date(date).addKsbs(ksbs).status(status).build();
  }

  static Evidence accepted(String id, String... ksbs) {
    return evidence(id, EvidenceStatus.ACCEPTED, START.plusMonths(1), ksbs);
  }

  /** One accepted piece of evidence for every KSB of a standard. */
  static List<Evidence> covering(Standard standard) {
    return standard.ksbCodes().stream().map(code -> accepted("E-" + code, code)).collect(Collectors.toList());
  }

  static Achievement achievement(AchievementKind kind, int level, String title) {
    return Achievement.builder().kind(kind).level(level).title(java.util.Optional.ofNullable(title)).achievedOn(START.minusYears(1)).build();
  }

  static MethodResult result(String method, String grade, LocalDate date, int attempt) {
    return MethodResult.builder().method(method).grade(grade).date(date).attempt(attempt).build();
  }
}

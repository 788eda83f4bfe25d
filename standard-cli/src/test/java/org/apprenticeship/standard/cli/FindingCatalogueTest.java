package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.data.IfateImport;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AppliesBy;
import org.apprenticeship.standard.model.AttemptKind;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.Duty;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.GradeDescriptor;
import org.apprenticeship.standard.model.GradingRule;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.ModelValidator;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.model.SourceStatus;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardOption;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.PublishedMinimum;
import org.apprenticeship.standard.rules.Rules;
import org.junit.jupiter.api.Test;

/**
 * Every code of the catalogue, triggered by an input that breaks its rule, through the public API;
 * the module tests pin each rule in detail. A code added to {@link FindingCode} without an entry
 * here fails this test.
 */
class FindingCatalogueTest {
  private static final Standard ST0007 = Standards.bundled().get("ST0007");
  private static final AssessmentPlan PLAN = ST0007.assessmentPlan().orElseThrow();
  private static final FundingRuleSet FUNDING = FundingRules.bundled();
  private static final LocalDate START = LocalDate.of(2024, 9, 2);
  private static final LocalDate GATEWAY = LocalDate.of(2026, 2, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static LearnerRecord.Builder record() {
    return LearnerRecord.builder().learnerId("L-1").standard("ST0007").startDate(START).plannedEndDate(START.plusMonths(18))
        .contractedHoursPerWeek(new BigDecimal("37.5"));
  }

  private static Evidence evidence(String id, LocalDate date, String... ksbs) {
    return Evidence.builder().id(id).title("Evidence").date(date).addKsbs(ksbs).status(EvidenceStatus.ACCEPTED).build();
  }

  private static MethodResult result(String method, String grade, LocalDate date, int attempt) {
    return MethodResult.builder().method(method).grade(grade).date(date).attempt(attempt).build();
  }

  private static List<Finding> record(String json) {
    return LearnerRecords.validate(json).findings();
  }

  /** Findings of importing one record of the public standards API, with two knowledges and a skill. */
  private static List<Finding> imported(String more) {
    String record = "{\"referenceNumber\": \"ST0001\", \"title\": \"Imported\", \"version\": \"1.1\", \"level\": 3,"
        + " \"status\": \"Approved for delivery\", \"route\": \"Care services\","
        + " \"knowledges\": [{\"knowledgeId\": \"k-1\", \"detail\": \"Knows\"}, {\"knowledgeId\": \"k-2\", \"detail\": \"Knows more\"}],"
        + " \"skills\": [{\"skillId\": \"s-1\", \"detail\": \"Does\"}]" + more + "}";
    return IfateImport.read(record).get(0).findings();
  }

  /** Findings of the bundled funding rules with one rule changed. */
  private static List<Finding> funding(int index, UnaryOperator<FundingRule> change) {
    List<FundingRule> rules = new java.util.ArrayList<>(FUNDING.rules());
    rules.set(index, change.apply(rules.get(index)));
    return FundingRules.validate(FUNDING.withRules(rules)).findings();
  }

  private static List<Finding> standard(Standard standard) {
    return Standards.validate(standard).findings();
  }

  private static List<Finding> rules(LearnerRecord record) {
    return Rules.validate(ST0007, record, AS_OF);
  }

  private static List<Finding> evaluation(LearnerRecord record, LocalDate asOf, EvaluationPolicy policy) {
    return Rules.evaluate(ST0007, FUNDING, record, asOf, policy).findings();
  }

  private static List<Finding> epa(LocalDate asOf, MethodResult... results) {
    return evaluation(record().epa(EpaRecord.builder().gatewayDate(GATEWAY).addResults(results).build()).build(), asOf,
        EvaluationPolicy.defaults());
  }

  private static String minimal(String more) {
    return "{\"learnerId\": \"L-1\", \"standard\": \"ST0007\", \"startDate\": \"2024-09-02\", \"plannedEndDate\": \"2026-03-02\","
        + " \"contractedHoursPerWeek\": 37.5" + more + "}";
  }

  private static AssessmentPlan planWithRule(int index, GradingRule rule) {
    List<GradingRule> rules = new java.util.ArrayList<>(PLAN.gradingRules());
    rules.set(index, rule);
    return PLAN.withGradingRules(rules);
  }

  private static GradingRule rule(String observation, String discussion, String overall) {
    return GradingRule.builder().putMethodGrade("observation", observation).putMethodGrade("professional-discussion", discussion)
        .overall(overall).build();
  }

  private static final Map<FindingCode, Supplier<List<Finding>>> TRIGGERS = new EnumMap<>(FindingCode.class);

  static {
    AssessmentMethod observation = PLAN.methods().get(0);
    TRIGGERS.put(FindingCode.JSON_01, () -> record("{\"learnerId\": }"));
    TRIGGERS.put(FindingCode.JSON_02, () -> record("[".repeat(40) + "]".repeat(40)));
    TRIGGERS.put(FindingCode.JSON_03, () -> record(minimal(", \"evidnce\": []")));
    TRIGGERS.put(FindingCode.JSON_04, () -> record("{\"learnerId\": \"L-1\"}"));
    TRIGGERS.put(FindingCode.JSON_05, () -> record(minimal(", \"priorLearningReductionHours\": \"0\"")));
    TRIGGERS.put(FindingCode.JSON_06, () -> record(minimal(", \"evidence\": [{\"id\": \"E1\", \"title\": \"T\", \"date\": \"2025-01-01\", \"status\": \"OK\"}]")));
    TRIGGERS.put(FindingCode.JSON_07, () -> record(minimal("").replace("2026-03-02", "2026-02-30")));
    TRIGGERS.put(FindingCode.JSON_08, () -> record(minimal(", \"learnerId\": \"L-2\"")));
    TRIGGERS.put(FindingCode.JSON_09, () -> record(minimal("").replace("L-1", "L-\\ud800")));
    TRIGGERS.put(FindingCode.FIELD_01, () -> record(minimal("").replace("\"L-1\"", "\"  \"")));
    TRIGGERS.put(FindingCode.FIELD_02, () -> record(minimal("").replace("ST0007", "ST7")));
    TRIGGERS.put(FindingCode.FIELD_03, () -> record(minimal("").replace("37.5", "200")));
    TRIGGERS.put(FindingCode.FIELD_04, () -> standard(ST0007.withKsbs(List.of())));
    TRIGGERS.put(FindingCode.FIELD_05, () -> record(minimal("").replace("\"L-1\"", "\"" + "L".repeat(101) + "\"")));
    TRIGGERS.put(FindingCode.FIELD_06, () -> ModelValidator.validate(new CallersOwnValue()));
    TRIGGERS.put(FindingCode.KSB_01, () -> standard(ST0007.withKsbs(ST0007.ksbs().get(0), ST0007.ksbs().get(0))));
    TRIGGERS.put(FindingCode.DUTY_01, () -> standard(ST0007.withDuties(duty("D1"), duty("D1"))));
    TRIGGERS.put(FindingCode.DUTY_02, () -> standard(ST0007.withDuties(duty("D1").withKsbs("K99"))));
    TRIGGERS.put(FindingCode.DUTY_03, () -> standard(ST0007.withDuties(duty("D1").withOptions("no-such-option"))));
    TRIGGERS.put(FindingCode.OPTION_01, () -> standard(ST0007.withOptions(StandardOption.of("a", "A"), StandardOption.of("a", "B"))));
    TRIGGERS.put(FindingCode.PLAN_01, () -> standard(ST0007.withAssessmentPlan(PLAN.withMethods(observation, observation))));
    TRIGGERS.put(FindingCode.PLAN_02, () -> standard(ST0007.withAssessmentPlan(PLAN.withMethods(observation.withKsbs("S99"), PLAN.methods().get(1)))));
    TRIGGERS.put(FindingCode.PLAN_03, () -> standard(ST0007.withAssessmentPlan(PLAN.withOverallGrades("FAIL", "PASS", "PASS", "DISTINCTION"))));
    TRIGGERS.put(FindingCode.PLAN_04, () -> standard(ST0007.withAssessmentPlan(planWithRule(0,
        GradingRule.builder().putMethodGrade("observation", "FAIL").overall("FAIL").build()))));
    TRIGGERS.put(FindingCode.PLAN_05, () -> standard(ST0007.withAssessmentPlan(PLAN.withMethods(
        observation.withDescriptors(GradeDescriptor.builder().grade("DISTINCTION").statement("Excels").build()), PLAN.methods().get(1)))));
    TRIGGERS.put(FindingCode.PLAN_06, () -> standard(ST0007.withAssessmentPlan(planWithRule(4, rule("PASS", "PASS", "MERIT")))));
    TRIGGERS.put(FindingCode.PLAN_07, () -> standard(ST0007.withAssessmentPlan(planWithRule(1, rule("FAIL", "FAIL", "FAIL")))));
    TRIGGERS.put(FindingCode.PLAN_08, () -> standard(ST0007.withAssessmentPlan(planWithRule(5, rule("PASS", "DISTINCTION", "FAIL")))));
    TRIGGERS.put(FindingCode.PLAN_09, () -> standard(ST0007.withAssessmentPlan(PLAN.withEpaPeriod(Period.ZERO))));
    TRIGGERS.put(FindingCode.GATEWAY_01, () -> standard(ST0007.withGatewayCriteria(ST0007.gatewayCriteria().get(0), ST0007.gatewayCriteria().get(0))));
    TRIGGERS.put(FindingCode.GATEWAY_02, () -> standard(ST0007.withGatewayCriteria(ST0007.gatewayCriteria().get(1).withMinimumLevel(Optional.empty()))));
    TRIGGERS.put(FindingCode.GATEWAY_03, () -> standard(ST0007.withGatewayCriteria(ST0007.gatewayCriteria().get(3).withMethod("interview"))));
    TRIGGERS.put(FindingCode.SOURCE_01, () -> standard(ST0007.withSources(ST0007.sources().get(0), ST0007.sources().get(0)).withCitations(List.of())));
    TRIGGERS.put(FindingCode.SOURCE_02, () -> standard(ST0007.withCitations(Citation.of("$.title", "P99"))));
    TRIGGERS.put(FindingCode.SOURCE_03, () -> standard(ST0007.withCitations(Citation.of("$.title", "P1"), Citation.of("$.title", "P1"))));
    TRIGGERS.put(FindingCode.SOURCE_04, () -> standard(ST0007.withCitations(Citation.of("$.ksbs[K99]", "P1"))));
    TRIGGERS.put(FindingCode.RECORD_01, () -> Rules.evaluate(LearnerRecords.validate(minimal("").replace("ST0007", "ST9999")),
        Standards.bundled(), FUNDING, AS_OF, EvaluationPolicy.defaults()).findings());
    TRIGGERS.put(FindingCode.RECORD_02, () -> rules(record().version("1.0").build()));
    TRIGGERS.put(FindingCode.RECORD_03, () -> rules(record().plannedEndDate(START).build()));
    TRIGGERS.put(FindingCode.RECORD_04, () -> rules(record().startDate(LocalDate.of(2026, 9, 1)).plannedEndDate(LocalDate.of(2028, 3, 1)).build()));
    TRIGGERS.put(FindingCode.EVIDENCE_01, () -> rules(record().addEvidence(evidence("E1", START, "K14")).build()));
    TRIGGERS.put(FindingCode.EVIDENCE_02, () -> rules(record().addEvidence(evidence("E1", START, "K1"), evidence("E1", START, "K2")).build()));
    TRIGGERS.put(FindingCode.EVIDENCE_03, () -> rules(record().addEvidence(evidence("E1", START, "K1", "K1")).build()));
    TRIGGERS.put(FindingCode.EVIDENCE_04, () -> rules(record().addEvidence(evidence("E1", AS_OF.plusDays(1), "K1")).build()));
    TRIGGERS.put(FindingCode.EVIDENCE_05, () -> rules(record().addEvidence(evidence("E1", START)).build()));
    TRIGGERS.put(FindingCode.OTJ_01, () -> rules(record().addOffTheJob(OffTheJobEntry.of(START, new BigDecimal("20"), "A"), OffTheJobEntry.of(START, new BigDecimal("5"), "B")).build()));
    TRIGGERS.put(FindingCode.OTJ_02, () -> rules(record().addOffTheJob(OffTheJobEntry.of(START.minusDays(1), new BigDecimal("5"), "A")).build()));
    TRIGGERS.put(FindingCode.OTJ_03, () -> rules(record().addOffTheJob(OffTheJobEntry.of(AS_OF.plusDays(1), new BigDecimal("5"), "A")).build()));
    TRIGGERS.put(FindingCode.OTJ_04, () -> evaluation(record().startDate(LocalDate.of(2025, 8, 1)).plannedEndDate(LocalDate.of(2027, 2, 1)).build(),
        AS_OF, EvaluationPolicy.builder().addPublishedOffTheJobMinimums(PublishedMinimum.of(new BigDecimal("100"))).build()));
    TRIGGERS.put(FindingCode.ACHIEVEMENT_01, () -> rules(record().addAchievements(
        Achievement.builder().kind(AchievementKind.MATHS).level(2).achievedOn(AS_OF.plusDays(1)).build()).build()));
    TRIGGERS.put(FindingCode.EPA_01, () -> epa(AS_OF, result("interview", "PASS", GATEWAY.plusWeeks(5), 1)));
    TRIGGERS.put(FindingCode.EPA_02, () -> epa(AS_OF, result("observation", "DISTINCTION", GATEWAY.plusWeeks(5), 1)));
    TRIGGERS.put(FindingCode.EPA_03, () -> epa(AS_OF, result("observation", "PASS", GATEWAY.minusDays(1), 1)));
    TRIGGERS.put(FindingCode.EPA_04, () -> rules(record().epa(EpaRecord.builder().addResults(result("observation", "PASS", GATEWAY, 1)).build()).build()));
    TRIGGERS.put(FindingCode.EPA_05, () -> epa(AS_OF, result("observation", "FAIL", GATEWAY.plusWeeks(5), 1), result("observation", "PASS", GATEWAY.plusWeeks(6), 1)));
    TRIGGERS.put(FindingCode.EPA_06, () -> epa(AS_OF, result("observation", "PASS", AS_OF.plusDays(1), 1)));
    TRIGGERS.put(FindingCode.EPA_07, () -> Rules.validate(ST0007.withAssessmentPlan(Optional.empty()),
        record().epa(EpaRecord.builder().gatewayDate(GATEWAY).addResults(result("observation", "PASS", GATEWAY.plusWeeks(5), 1)).build()).build(), AS_OF));
    TRIGGERS.put(FindingCode.EPA_08, () -> epa(AS_OF, result("observation", "FAIL", GATEWAY.plusWeeks(6), 1), result("observation", "PASS", GATEWAY.plusWeeks(5), 2)));
    TRIGGERS.put(FindingCode.EPA_09, () -> rules(record().epa(EpaRecord.builder().gatewayDate(AS_OF.plusDays(1)).build()).build()));
    TRIGGERS.put(FindingCode.TIMELINE_01, () -> epa(AS_OF, result("observation", "PASS", GATEWAY.plusMonths(3).plusDays(1), 1)));
    TRIGGERS.put(FindingCode.TIMELINE_02, () -> epa(LocalDate.of(2026, 8, 1), result("observation", "FAIL", GATEWAY.plusWeeks(5), 1),
        result("observation", "PASS", GATEWAY.plusWeeks(5).plusMonths(3).plusDays(1), 2)));
    TRIGGERS.put(FindingCode.TIMELINE_03, () -> epa(AS_OF, result("observation", "PASS", GATEWAY.plusWeeks(2), 1)));
    TRIGGERS.put(FindingCode.TIMELINE_04, () -> epa(GATEWAY.plusMonths(3).plusDays(1), result("observation", "PASS", GATEWAY.plusWeeks(5), 1)));
    TRIGGERS.put(FindingCode.FUNDING_01, () -> funding(8, r -> r.withParameters(r.parameters().withAge(19))));
    TRIGGERS.put(FindingCode.FUNDING_02, () -> funding(8, r -> r.withFrom(LocalDate.of(2025, 7, 1))));
    TRIGGERS.put(FindingCode.FUNDING_03, () -> funding(1, r -> r.withAppliesBy(AppliesBy.START_DATE)));
    TRIGGERS.put(FindingCode.FUNDING_04, () -> funding(7, r -> r.withTo(LocalDate.of(2022, 1, 1))));
    TRIGGERS.put(FindingCode.FUNDING_05, () -> funding(0, r -> r.withSources("E1", "E99")));
    TRIGGERS.put(FindingCode.FUNDING_06, () -> funding(1, r -> r.withId("english-maths-for-all")));
    TRIGGERS.put(FindingCode.FUNDING_07, () -> funding(9, r -> r.withStatus(SourceStatus.CONFIRMED)));
    TRIGGERS.put(FindingCode.RECORD_05, () -> evaluation(record().plannedEndDate(START.plusMonths(6)).build(), START.plusMonths(1),
        EvaluationPolicy.defaults()));
    TRIGGERS.put(FindingCode.RECORD_06, () -> rules(record().dateOfBirth(START).build()));
    TRIGGERS.put(FindingCode.BREAK_01, () -> rules(record().addBreak(BreakInLearning.of(START.plusMonths(2), START.plusMonths(1))).build()));
    TRIGGERS.put(FindingCode.BREAK_02, () -> rules(record().addBreaks(BreakInLearning.of(START.plusMonths(1), START.plusMonths(3)),
        BreakInLearning.of(START.plusMonths(2), START.plusMonths(4))).build()));
    TRIGGERS.put(FindingCode.BREAK_03, () -> rules(record().addBreak(BreakInLearning.of(START.minusDays(1), START.plusMonths(1))).build()));
    TRIGGERS.put(FindingCode.BREAK_04, () -> evaluation(record().build(), AS_OF, EvaluationPolicy.defaults()));
    TRIGGERS.put(FindingCode.EVIDENCE_06, () -> rules(record().addBreak(BreakInLearning.of(START.plusMonths(1), START.plusMonths(2)))
        .addEvidence(evidence("E1", START.plusMonths(1).plusDays(3), "K1")).build()));
    TRIGGERS.put(FindingCode.OTJ_05, () -> rules(record().addBreak(BreakInLearning.of(START.plusMonths(1), START.plusMonths(2)))
        .addOffTheJob(OffTheJobEntry.of(START.plusMonths(1).plusDays(3), new BigDecimal("5"), "A")).build()));
    TRIGGERS.put(FindingCode.OTJ_06, () -> evaluation(record().epa(EpaRecord.builder().gatewayDate(GATEWAY).build())
        .addOffTheJob(OffTheJobEntry.of(GATEWAY.plusDays(1), new BigDecimal("5"), "A")).build(), AS_OF, EvaluationPolicy.defaults()));
    TRIGGERS.put(FindingCode.OTJ_07, () -> evaluation(record().priorLearningReductionHours(new BigDecimal("10")).build(), AS_OF,
        EvaluationPolicy.defaults()));
    TRIGGERS.put(FindingCode.OTJ_08, () -> evaluation(record().contractedHoursPerWeek(new BigDecimal("6")).build(), LocalDate.of(2026, 2, 23),
        EvaluationPolicy.defaults()));
    TRIGGERS.put(FindingCode.GATEWAY_04, () -> epa(AS_OF, result("observation", "PASS", GATEWAY.plusWeeks(5), 1)));
    TRIGGERS.put(FindingCode.EPA_10, () -> epa(AS_OF, result("observation", "PASS", GATEWAY.plusWeeks(5), 1),
        result("observation", "PASS", GATEWAY.plusWeeks(8), 2)));
    TRIGGERS.put(FindingCode.EPA_11, () -> epa(LocalDate.of(2026, 8, 1), result("observation", "FAIL", GATEWAY.plusWeeks(5), 1),
        result("professional-discussion", "PASS", GATEWAY.plusWeeks(6), 1),
        result("observation", "PASS", GATEWAY.plusWeeks(5).plusMonths(3).plusDays(1), 2)));
    TRIGGERS.put(FindingCode.EPA_12, () -> epa(AS_OF, result("observation", "PASS", GATEWAY.plusWeeks(5), 1).withKind(AttemptKind.RESIT)));
    TRIGGERS.put(FindingCode.IMPORT_01, () -> imported(", \"duties\": [{\"dutyID\": \"d-1\", \"dutyDetail\": \"Leads\","
        + " \"isThisACoreDuty\": 1, \"mappedKnowledge\": [\"k-unknown\"]}]"));
    TRIGGERS.put(FindingCode.IMPORT_02, () -> imported(", \"duties\": [{\"dutyID\": \"d-1\", \"dutyDetail\": \"Leads\", \"isThisACoreDuty\": 1},"
        + " {\"dutyID\": \"d-1\", \"dutyDetail\": \"Guides\", \"isThisACoreDuty\": 0}]"));
    TRIGGERS.put(FindingCode.IMPORT_03, () -> imported(", \"versionNumber\": \"1.2\""));
    TRIGGERS.put(FindingCode.TIMELINE_05, () -> epa(GATEWAY.plusWeeks(5).plusMonths(3).plusDays(1), result("observation", "FAIL", GATEWAY.plusWeeks(5), 1)));
    TRIGGERS.put(FindingCode.LIMIT_01, () -> record(minimal(", \"evidence\": [" + "{}, ".repeat(400) + "{}]")));
  }

  /** A value of the caller's own with a constraint the catalogue has no code of its own for. */
  public static final class CallersOwnValue {
    @jakarta.validation.constraints.Null
    public String value() {
      return "not null";
    }
  }

  private static Duty duty(String code) {
    return Duty.builder().code(code).statement("Leads the team").core(true).addKsbs("K1").build();
  }

  @Test
  void everyCodeOfTheCatalogue_hasAnInputThatTriggersIt() {
    Set<FindingCode> missing = Arrays.stream(FindingCode.values()).filter(c -> !TRIGGERS.containsKey(c)).collect(Collectors.toSet());
    assertEquals(Set.of(), missing, "codes without a trigger here");
    for (Map.Entry<FindingCode, Supplier<List<Finding>>> trigger : TRIGGERS.entrySet()) {
      List<Finding> findings = trigger.getValue().get();
      assertTrue(findings.stream().anyMatch(f -> f.code() == trigger.getKey()), trigger.getKey() + " not triggered: " + findings);
      findings.stream().filter(f -> f.code() == trigger.getKey()).forEach(f -> {
        assertEquals(trigger.getKey().severity(), f.severity(), f.toString());
        assertTrue(f.path().startsWith("$"), f.toString());
        assertTrue(!f.message().isBlank(), f.toString());
      });
    }
  }
}

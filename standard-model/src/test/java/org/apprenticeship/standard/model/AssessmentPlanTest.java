package org.apprenticeship.standard.model;

import static org.apprenticeship.standard.model.Fixtures.rule;
import static org.apprenticeship.standard.model.StandardTest.codesAndPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentPlanTest {
  private final AssessmentPlan plan = Fixtures.plan();

  @Test
  void overallFor_looksUpTheGradingTable() {
    assertEquals(Optional.of("DISTINCTION"), plan.overallFor(Map.of("observation", "PASS", "discussion", "DISTINCTION")));
    assertEquals(Optional.of("FAIL"), plan.overallFor(Map.of("observation", "FAIL", "discussion", "DISTINCTION")));
    assertEquals(Optional.empty(), plan.overallFor(Map.of("observation", "PASS")));
  }

  @Test
  void gradeCombinations_coverEveryPair_lastMethodFastest() {
    List<Map<String, String>> combinations = plan.gradeCombinations();
    assertEquals(6, combinations.size());
    assertEquals(Map.of("observation", "FAIL", "discussion", "FAIL"), combinations.get(0));
    assertEquals(Map.of("observation", "FAIL", "discussion", "PASS"), combinations.get(1));
    assertEquals(Map.of("observation", "PASS", "discussion", "DISTINCTION"), combinations.get(5));
    assertEquals(List.of("observation", "discussion"), List.copyOf(combinations.get(5).keySet()));
  }

  @Test
  void duplicateMethodIds_areReported() {
    AssessmentPlan broken = plan.withMethods(plan.methods().get(0), plan.methods().get(0));
    List<String> found = codesAndPaths(ModelValidator.validate(broken));
    assertTrue(found.contains("PLAN_01 $.methods[1].id"), found.toString());
    assertFalse(found.stream().anyMatch(f -> f.startsWith("PLAN_07")), "the table is not checked while method ids repeat: " + found);
  }

  @Test
  void repeatedGrades_areReported() {
    AssessmentMethod observation = plan.methods().get(0).withGrades("FAIL", "PASS", "PASS");
    AssessmentPlan broken = plan.withMethods(observation, plan.methods().get(1)).withOverallGrades("FAIL", "FAIL", "PASS", "DISTINCTION");
    List<String> found = codesAndPaths(ModelValidator.validate(broken));
    assertTrue(found.containsAll(List.of("PLAN_03 $.methods[0].grades[2]", "PLAN_03 $.overallGrades[1]")), found.toString());
  }

  @Test
  void ruleNamingTheWrongMethods_isReported() {
    GradingRule wrong = GradingRule.builder().putMethodGrade("observation", "PASS").putMethodGrade("interview", "PASS").overall("PASS").build();
    AssessmentPlan broken = plan.withGradingRules(replace(plan.gradingRules(), 4, wrong));
    assertEquals(List.of("PLAN_04 $.gradingRules[4].methodGrades", "PLAN_04 $.gradingRules[4].methodGrades.interview"),
        codesAndPaths(ModelValidator.validate(broken)));
  }

  @Test
  void ruleWithAGradeTheMethodCannotAward_isReported() {
    AssessmentPlan broken = plan.withGradingRules(replace(plan.gradingRules(), 4, rule("DISTINCTION", "PASS", "PASS")));
    assertEquals(List.of("PLAN_05 $.gradingRules[4].methodGrades.observation"), codesAndPaths(ModelValidator.validate(broken)));
  }

  @Test
  void descriptorOfAGradeTheMethodCannotAward_isReported() {
    GradeDescriptor descriptor = GradeDescriptor.builder().grade("DISTINCTION").statement("Excels").build();
    AssessmentPlan broken = plan.withMethods(plan.methods().get(0).withDescriptors(descriptor), plan.methods().get(1));
    assertEquals(List.of("PLAN_05 $.methods[0].descriptors[0].grade"), codesAndPaths(ModelValidator.validate(broken)));
  }

  @Test
  void overallGradesOffTheScale_areReported() {
    AssessmentPlan broken = plan.withGradingRules(replace(plan.gradingRules(), 4, rule("PASS", "PASS", "MERIT")))
        .withResit(ResitPolicy.builder().window(Period.ofMonths(3)).gradeCap("MERIT").build());
    assertEquals(List.of("PLAN_06 $.gradingRules[4].overall", "PLAN_06 $.resit.gradeCap"), codesAndPaths(ModelValidator.validate(broken)));
  }

  @Test
  void missingAndRepeatedCombinations_areReported() {
    List<GradingRule> rules = replace(plan.gradingRules(), 1, rule("FAIL", "FAIL", "FAIL"));
    List<Finding> findings = ModelValidator.validate(plan.withGradingRules(rules));
    assertEquals(List.of("PLAN_07 $.gradingRules", "PLAN_07 $.gradingRules[1].methodGrades"), codesAndPaths(findings));
    assertEquals("no rule gives the overall grade for observation FAIL, discussion PASS", findings.get(0).message());
  }

  @Test
  void tableWhereABetterGradeLowersTheOverall_isAWarning() {
    AssessmentPlan odd = plan.withGradingRules(replace(plan.gradingRules(), 5, rule("PASS", "DISTINCTION", "FAIL")));
    List<Finding> findings = ModelValidator.validate(odd);
    assertEquals(List.of("PLAN_08 $.gradingRules[5].overall"), codesAndPaths(findings));
    assertEquals(Severity.WARNING, findings.get(0).severity());
  }

  @Test
  void periodsThatAreNotPositive_areReported() {
    AssessmentPlan broken = plan.withEpaPeriod(Period.ZERO)
        .withResit(ResitPolicy.builder().window(Period.ofMonths(-1)).build())
        .withMethods(plan.methods().get(0).withPreparationPeriod(Period.of(0, 1, -40)), plan.methods().get(1));
    assertEquals(List.of("PLAN_09 $.epaPeriod", "PLAN_09 $.methods[0].preparationPeriod", "PLAN_09 $.resit.window"),
        codesAndPaths(ModelValidator.validate(broken)));
  }

  @Test
  void planNestedInAStandard_reportsFromTheStandardsRoot() {
    AssessmentPlan broken = plan.withEpaPeriod(Period.ZERO);
    assertEquals(List.of("PLAN_09 $.assessmentPlan.epaPeriod"), codesAndPaths(ModelValidator.validate(Fixtures.standard().withAssessmentPlan(broken))));
  }

  private static <T> List<T> replace(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }
}

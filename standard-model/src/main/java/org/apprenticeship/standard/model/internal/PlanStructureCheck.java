package org.apprenticeship.standard.model.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.index;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.GradingRule;

/**
 * Checks {@link PlanStructure}: unique method ids, grade scales without repeats, grading rules over
 * exactly the plan's methods and grades they can award, a complete and unambiguous grading table
 * (and, as a warning, a monotone one), and positive periods.
 */
public final class PlanStructureCheck implements ClassCheck<AssessmentPlan> {

  /** The largest grading table, in combinations of method grades, that is checked for completeness. */
  static final int MAX_COMBINATIONS = 10_000;

  @Override
  public void check(AssessmentPlan plan, Violations violations) {
    List<AssessmentMethod> methods = plan.methods();
    String methodsPath = property(ROOT, "methods");
    violations.unique(FindingCode.PLAN_01, methodsPath, "id", methods, AssessmentMethod::id, "method id");
    violations.unique(FindingCode.PLAN_03, property(ROOT, "overallGrades"), null, plan.overallGrades(), Function.identity(), "overall grade");
    for (int i = 0; i < methods.size(); i++) {
      AssessmentMethod method = methods.get(i);
      String methodPath = index(methodsPath, i);
      violations.unique(FindingCode.PLAN_03, property(methodPath, "grades"), null, method.grades(), Function.identity(), "grade");
      for (int d = 0; d < method.descriptors().size(); d++) {
        String grade = method.descriptors().get(d).grade();
        if (!method.awards(grade)) {
          violations.report(FindingCode.PLAN_05, property(index(property(methodPath, "descriptors"), d), "grade"),
              "method " + method.id() + " cannot award " + grade + "; its grades are " + method.grades());
        }
      }
      positive(violations, method.preparationPeriod(), property(methodPath, "preparationPeriod"));
    }
    positive(violations, Optional.of(plan.epaPeriod()), property(ROOT, "epaPeriod"));
    plan.resit().ifPresent(resit -> {
      positive(violations, Optional.of(resit.window()), property(property(ROOT, "resit"), "window"));
      resit.gradeCap().filter(cap -> plan.rankOf(cap) < 0).ifPresent(cap ->
          violations.report(FindingCode.PLAN_06, property(property(ROOT, "resit"), "gradeCap"),
              "the resit cap " + cap + " is not an overall grade; the overall grades are " + plan.overallGrades()));
    });

    boolean rulesWellFormed = checkRules(violations, plan);
    if (rulesWellFormed && methodIdsUnique(methods)) {
      checkTable(violations, plan);
    }
  }

  /** Reports rules that name the wrong methods, or grades off their scales; true when none does. */
  private static boolean checkRules(Violations violations, AssessmentPlan plan) {
    boolean wellFormed = true;
    List<GradingRule> rules = plan.gradingRules();
    for (int r = 0; r < rules.size(); r++) {
      GradingRule rule = rules.get(r);
      String rulePath = index(property(ROOT, "gradingRules"), r);
      String gradesPath = property(rulePath, "methodGrades");
      for (AssessmentMethod method : plan.methods()) {
        if (!rule.methodGrades().containsKey(method.id())) {
          wellFormed = false;
          violations.report(FindingCode.PLAN_04, gradesPath, "the rule gives no grade for method " + method.id());
        }
      }
      for (Map.Entry<String, String> entry : rule.methodGrades().entrySet()) {
        Optional<AssessmentMethod> method = plan.method(entry.getKey());
        String gradePath = property(gradesPath, entry.getKey());
        if (method.isEmpty()) {
          wellFormed = false;
          violations.report(FindingCode.PLAN_04, gradePath, entry.getKey() + " is not a method of the plan");
        } else if (!method.get().awards(entry.getValue())) {
          wellFormed = false;
          violations.report(FindingCode.PLAN_05, gradePath, "method " + entry.getKey() + " cannot award "
              + entry.getValue() + "; its grades are " + method.get().grades());
        }
      }
      if (plan.rankOf(rule.overall()) < 0) {
        wellFormed = false;
        violations.report(FindingCode.PLAN_06, property(rulePath, "overall"),
            rule.overall() + " is not an overall grade; the overall grades are " + plan.overallGrades());
      }
    }
    return wellFormed;
  }

  /** Reports combinations of method grades with no rule or several, and rules that break monotony. */
  private static void checkTable(Violations violations, AssessmentPlan plan) {
    long combinations = 1;
    for (AssessmentMethod method : plan.methods()) {
      combinations *= method.grades().size();
      if (combinations > MAX_COMBINATIONS) {
        violations.report(FindingCode.PLAN_07, property(ROOT, "gradingRules"),
            "a grading table over more than " + MAX_COMBINATIONS + " combinations of method grades is not supported");
        return;
      }
    }
    Map<Map<String, String>, Integer> ruleOf = new HashMap<>();
    List<GradingRule> rules = plan.gradingRules();
    for (int r = 0; r < rules.size(); r++) {
      Map<String, String> key = rules.get(r).methodGrades();
      Integer earlier = ruleOf.putIfAbsent(key, r);
      if (earlier != null) {
        violations.report(FindingCode.PLAN_07, property(index(property(ROOT, "gradingRules"), r), "methodGrades"),
            "the combination " + describe(key) + " already has the rule at index " + earlier);
      }
    }
    for (Map<String, String> combination : plan.gradeCombinations()) {
      Integer r = ruleOf.get(combination);
      if (r == null) {
        violations.report(FindingCode.PLAN_07, property(ROOT, "gradingRules"),
            "no rule gives the overall grade for " + describe(combination));
        continue;
      }
      checkMonotone(violations, plan, combination, r, ruleOf);
    }
  }

  private static void checkMonotone(Violations violations, AssessmentPlan plan, Map<String, String> combination,
      int r, Map<Map<String, String>, Integer> ruleOf) {
    String overall = plan.gradingRules().get(r).overall();
    for (AssessmentMethod method : plan.methods()) {
      int rank = method.rankOf(combination.get(method.id()));
      if (rank + 1 >= method.grades().size()) {
        continue;
      }
      Map<String, String> better = new LinkedHashMap<>(combination);
      better.put(method.id(), method.grades().get(rank + 1));
      Integer betterRule = ruleOf.get(better);
      if (betterRule == null) {
        continue;
      }
      String betterOverall = plan.gradingRules().get(betterRule).overall();
      if (plan.rankOf(betterOverall) < plan.rankOf(overall)) {
        violations.report(FindingCode.PLAN_08, property(index(property(ROOT, "gradingRules"), betterRule), "overall"),
            "raising " + method.id() + " from " + combination.get(method.id()) + " to " + better.get(method.id())
                + " lowers the overall grade from " + overall + " to " + betterOverall);
      }
    }
  }

  private static boolean methodIdsUnique(List<AssessmentMethod> methods) {
    return methods.stream().map(AssessmentMethod::id).distinct().count() == methods.size();
  }

  private static void positive(Violations violations, Optional<Period> period, String path) {
    period.filter(p -> p.isZero() || p.isNegative() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0)
        .ifPresent(p -> violations.report(FindingCode.PLAN_09, path, p + " is not a positive period"));
  }

  private static String describe(Map<String, String> combination) {
    StringBuilder text = new StringBuilder();
    combination.forEach((method, grade) -> text.append(text.length() == 0 ? "" : ", ").append(method).append(' ').append(grade));
    return text.toString();
  }
}

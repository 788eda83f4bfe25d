package org.apprenticeship.standard.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.ResitPolicy;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.rules.GradeReport;
import org.apprenticeship.standard.rules.MethodGrade;

/**
 * Grading: each method's latest attempt that counts decides (see {@link Attempts}: not an attempt
 * after a pass, nor, after a whole EPA is retaken, a result from before the retake); the overall
 * grade is the grading table's, open while a method has no result; after any resit or retake it is
 * at most the plan's cap, unless exceptional circumstances are recorded and the plan lets them lift
 * the cap.
 */
final class Grading {
  private Grading() {}

  static GradeReport of(Standard standard, LearnerRecord record, Attempts attempts) {
    Optional<AssessmentPlan> maybePlan = standard.assessmentPlan();
    if (maybePlan.isEmpty()) {
      return Results.gradeReport(null, false, List.of(),
          "open: " + standard.reference() + " " + standard.version() + " has no assessment plan, so there is no grade");
    }
    AssessmentPlan plan = maybePlan.get();
    List<MethodGrade> methods = new ArrayList<>();
    Map<String, String> grades = new LinkedHashMap<>();
    List<String> waiting = new ArrayList<>();
    for (AssessmentMethod method : plan.methods()) {
      MethodResult latest = attempts.latest(method.id()).orElse(null);
      if (latest == null) {
        methods.add(Results.methodGrade(method.id(), null, null, null, null));
        waiting.add(method.id());
      } else {
        methods.add(Results.methodGrade(method.id(), latest.grade(), latest.attempt(), latest.kind().orElse(null), latest.date()));
        grades.put(method.id(), latest.grade());
      }
    }
    List<MethodGrade> each = Results.unmodifiable(methods);
    if (!waiting.isEmpty()) {
      String since = attempts.retakenFrom().map(from -> " since the whole EPA was retaken from " + from).orElse(" yet");
      return Results.gradeReport(null, false, each, "open: no result" + since + " for " + String.join(", ", waiting));
    }
    StringBuilder combination = new StringBuilder();
    for (Map.Entry<String, String> grade : grades.entrySet()) {
      combination.append(combination.length() == 0 ? "" : ", ").append(grade.getKey()).append(' ').append(grade.getValue());
    }
    Optional<String> byTable = plan.overallFor(grades);
    if (byTable.isEmpty()) {
      return Results.gradeReport(null, false, each, "open: the grading table has no rule for " + combination);
    }
    String overall = byTable.get();
    String reason = combination + ": " + overall + " by the grading table" + StandardFacts.of(standard).cited("$.assessmentPlan.gradingRules");
    Optional<String> cap = plan.resit().flatMap(ResitPolicy::gradeCap);
    if (cap.isPresent() && attempts.anyResit()) {
      boolean lifted = record.epa().orElseThrow().exceptionalCircumstances()
          && plan.resit().orElseThrow().capLiftedByExceptionalCircumstances();
      if (lifted) {
        reason += "; exceptional circumstances lift the resit cap";
      } else if (plan.rankOf(overall) > plan.rankOf(cap.get())) {
        reason += ", capped at " + cap.get() + " after a resit or retake" + StandardFacts.of(standard).cited("$.assessmentPlan.resit");
        return Results.gradeReport(cap.get(), true, each, reason);
      }
    }
    return Results.gradeReport(overall, false, each, reason);
  }
}

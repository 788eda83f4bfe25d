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
      return GradeReport.builder().capped(false)
          .reason("open: " + standard.reference() + " " + standard.version() + " has no assessment plan, so there is no grade").build();
    }
    AssessmentPlan plan = maybePlan.get();
    List<MethodGrade> methods = new ArrayList<>();
    Map<String, String> grades = new LinkedHashMap<>();
    List<String> waiting = new ArrayList<>();
    for (AssessmentMethod method : plan.methods()) {
      Optional<MethodResult> latest = attempts.latest(method.id());
      methods.add(MethodGrade.builder().method(method.id())
          .grade(latest.map(MethodResult::grade)).attempt(latest.map(MethodResult::attempt)).kind(latest.flatMap(MethodResult::kind))
          .date(latest.map(MethodResult::date)).build());
      latest.ifPresentOrElse(r -> grades.put(method.id(), r.grade()), () -> waiting.add(method.id()));
    }
    GradeReport.Builder report = GradeReport.builder().methods(methods).capped(false);
    if (!waiting.isEmpty()) {
      String since = attempts.retakenFrom().map(from -> " since the whole EPA was retaken from " + from).orElse(" yet");
      return report.reason("open: no result" + since + " for " + String.join(", ", waiting)).build();
    }
    StringBuilder combination = new StringBuilder();
    for (Map.Entry<String, String> grade : grades.entrySet()) {
      combination.append(combination.length() == 0 ? "" : ", ").append(grade.getKey()).append(' ').append(grade.getValue());
    }
    Optional<String> byTable = plan.overallFor(grades);
    if (byTable.isEmpty()) {
      return report.reason("open: the grading table has no rule for " + combination).build();
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
        return report.overall(cap.get()).capped(true).reason(reason).build();
      }
    }
    return report.overall(overall).reason(reason).build();
  }
}

package org.apprenticeship.standard.rules.internal;

import java.time.LocalDate;
import java.util.List;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.rules.CoverageReport;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.GatewayReport;
import org.apprenticeship.standard.rules.GradeReport;
import org.apprenticeship.standard.rules.OffTheJobReport;
import org.apprenticeship.standard.rules.Timeline;

/** Runs every rule over a record without errors, in the order they need each other. */
public final class Evaluator {
  private Evaluator() {}

  /**
   * The evaluation of a record that has no errors: {@code findings} holds those found so far, the
   * rules add their warnings to it, and the evaluation holds them all in path order, within the
   * limit of {@link FindingCollector}.
   */
  public static Evaluation evaluate(Standard standard, FundingRuleSet funding, LearnerRecord record, LocalDate asOf,
      EvaluationPolicy policy, List<Finding> findings) {
    Programme programme = new Programme(record, funding, asOf);
    LocalDate judgedAt = programme.judgedAt();
    CoverageRule coverageRule = new CoverageRule(standard, record, judgedAt.isAfter(asOf) ? judgedAt : asOf);
    CoverageReport coverage = coverageRule.report(asOf, policy);
    List<String> uncoveredAtGateway = judgedAt.equals(asOf) ? coverage.uncovered() : coverageRule.uncovered(judgedAt, policy);
    OffTheJobReport offTheJob = OffTheJobRule.of(programme, policy, findings);
    GatewayReport gateway = GatewayRule.of(standard, programme, policy, uncoveredAtGateway, offTheJob, findings);
    MinimumDuration.checkPlan(programme, findings);
    MonthlyActivityRule.check(programme, findings);
    Attempts attempts = Attempts.of(standard, programme, findings);
    GradeReport grade = Grading.of(standard, record, attempts);
    Timeline timeline = TimelineRule.of(standard, record, asOf, attempts, findings);
    List<Finding> limited = FindingCollector.limited(findings);
    return Results.evaluation(record.learnerId(), standard.reference(), standard.version(), funding.version(), asOf, coverage, offTheJob,
        gateway, grade, timeline, Results.unmodifiable(limited));
  }
}

package org.apprenticeship.standard.cli.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.internal.KsbCodes;
import org.apprenticeship.standard.rules.CoverageReport;
import org.apprenticeship.standard.rules.CoveredCount;
import org.apprenticeship.standard.rules.CriterionResult;
import org.apprenticeship.standard.rules.CriterionStatus;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.GatewayReport;
import org.apprenticeship.standard.rules.GradeReport;
import org.apprenticeship.standard.rules.KsbCoverage;
import org.apprenticeship.standard.rules.OffTheJobReport;
import org.apprenticeship.standard.rules.Timeline;

/** Writes an evaluation as a report a provider could hand an employer. */
final class EvaluationText {
  private final StringBuilder text = new StringBuilder();

  private EvaluationText() {}

  static String render(Standard standard, Evaluation evaluation) {
    EvaluationText report = new EvaluationText();
    report.line("Apprentice " + evaluation.learnerId() + " on " + standard.reference() + " " + standard.title()
        + ", version " + standard.version() + ", as of " + evaluation.asOf() + ", by the funding rules " + evaluation.fundingRulesVersion());
    report.coverage(evaluation.coverage());
    report.offTheJob(evaluation.offTheJob(), evaluation.fundingRulesVersion());
    report.gateway(evaluation.gateway(), evaluation.timeline().gatewayDate());
    report.grade(evaluation.grade());
    report.timeline(evaluation.timeline());
    report.findings("Warnings", evaluation.findings());
    return report.text.toString();
  }

  /** Findings, one a line: {@code SEVERITY CODE PATH: message}. */
  static String findings(List<Finding> findings) {
    return findings.stream().map(f -> f.severity() + " " + f.code() + " " + f.path() + ": " + f.message() + "\n").collect(Collectors.joining());
  }

  private void coverage(CoverageReport coverage) {
    line("");
    line("KSB coverage: " + coverage.covered() + " of " + coverage.total() + " covered (" + number(coverage.percent(), 1) + "%); "
        + number(coverage.expectedPercent(), 1) + "% of the planned time has passed: " + coverage.rag());
    line("  " + coverage.types().stream().map(t -> typeName(t.type().orElseThrow()) + " " + t.covered() + "/" + t.total())
        .collect(Collectors.joining(", ")));
    for (CoveredCount method : coverage.methods()) {
      line("  " + method.method().orElseThrow() + ": " + method.covered() + " of the " + method.total() + " KSBs it assesses covered");
    }
    line("  Not yet covered: " + (coverage.uncovered().isEmpty() ? "none" : KsbCodes.ranges(coverage.uncovered())));
    List<String> pending = coverage.ksbs().stream().filter(k -> k.pending() > 0).map(KsbCoverage::code).collect(Collectors.toList());
    if (!pending.isEmpty()) {
      line("  Awaiting review: " + KsbCodes.ranges(pending));
    }
  }

  private void offTheJob(OffTheJobReport report, String fundingRulesVersion) {
    line("");
    line("Off-the-job training (" + report.regime().map(kind -> "rule " + report.rules().get(0) + ", " + kind).orElse("no rule")
        + "; funding rules " + fundingRulesVersion + ")");
    line("  Minimum: " + report.minimumHours().map(h -> hours(h) + " hours").orElse("unknown") + ". " + capitalised(report.reason()) + ".");
    StringBuilder progress = new StringBuilder("  Logged: " + hours(report.loggedHours()) + " hours");
    if (report.hoursAfterGateway().signum() > 0) {
      progress.append(" (and ").append(hours(report.hoursAfterGateway())).append(" after the gateway, which do not count)");
    }
    report.remainingHours().ifPresent(r -> progress.append("; still needed: ").append(hours(r)).append(" hours"));
    report.weeklyPaceNeeded().ifPresent(p -> progress.append("; pace needed to the planned end: ").append(hours(p)).append(" hours a week"));
    if (report.remainingHours().filter(r -> r.signum() > 0).isPresent() && report.weeklyPaceNeeded().isEmpty()) {
      progress.append("; no time is left in the practical period");
    }
    line(progress + ".");
    line("  Sources: " + report.sources().stream().map(s -> s.title() + " [" + s.status() + "]").collect(Collectors.joining("; ")));
  }

  private void gateway(GatewayReport report, Optional<LocalDate> gatewayDate) {
    line("");
    List<CriterionResult> criteria = report.criteria();
    long blocking = criteria.stream().filter(c -> c.mandatory() && c.status() == CriterionStatus.NOT_MET).count();
    String when = gatewayDate.isPresent() ? " at the gateway on " + report.judgedAt() : "";
    String state = report.ready() ? "READY" : "NOT READY (" + blocking + " mandatory " + (blocking == 1 ? "criterion" : "criteria") + " not met)";
    line("Gateway: " + (gatewayDate.isPresent() ? (report.ready() ? "was ready" : "was " + state) + when : state));
    for (CriterionResult criterion : criteria) {
      String status = criterion.status() == CriterionStatus.NOT_APPLICABLE ? "n/a" : criterion.status() == CriterionStatus.MET ? "met" : "NOT MET";
      line(String.format("  %-10s%s%s", "[" + status + "]", criterion.reason(), criterion.mandatory() ? "" : " (optional)"));
    }
  }

  private void grade(GradeReport grade) {
    line("");
    line("Grade: " + grade.overall().orElse("not yet decided") + (grade.capped() ? " (capped)" : ""));
    line("  " + capitalised(grade.reason()) + ".");
  }

  private void timeline(Timeline timeline) {
    line("");
    if (timeline.gatewayDate().isEmpty()) {
      line("End-point assessment: gateway not yet recorded.");
      return;
    }
    line("End-point assessment: gateway on " + timeline.gatewayDate().get()
        + date("; EPA to be completed by ", timeline.epaDeadline())
        + date("; observation preparation ends ", timeline.observationPreparationEnds())
        + date("; resit or retake due by ", timeline.resitDeadline()) + ".");
  }

  private void findings(String title, List<Finding> findings) {
    if (!findings.isEmpty()) {
      line("");
      line(title + ":");
      findings.forEach(f -> line("  " + f.code() + " " + f.path() + ": " + f.message()));
    }
  }

  private static String date(String label, Optional<LocalDate> date) {
    return date.map(d -> label + d).orElse("");
  }

  private static String typeName(KsbType type) {
    switch (type) {
      case KNOWLEDGE:
        return "knowledge";
      case SKILL:
        return "skills";
      default:
        return "behaviours";
    }
  }

  private static String number(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static String hours(BigDecimal value) {
    BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private void line(String line) {
    text.append(line).append('\n');
  }
}

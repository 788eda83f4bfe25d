package org.apprenticeship.standard.rules.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.index;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.ResitPolicy;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.rules.Timeline;

/**
 * The EPA timeline from the gateway date: the end of the EPA period, the end of the preparation
 * window, the resit deadline after a fail; and warnings where the record's dates break them.
 */
final class TimelineRule {
  private final Standard standard;
  private final LearnerRecord record;
  private final LocalDate asOf;
  private final List<Finding> findings;

  private final Attempts attempts;

  private TimelineRule(Standard standard, LearnerRecord record, LocalDate asOf, Attempts attempts, List<Finding> findings) {
    this.standard = standard;
    this.record = record;
    this.asOf = asOf;
    this.attempts = attempts;
    this.findings = findings;
  }

  /** The timeline; warnings about the record's dates go into {@code findings}. */
  static Timeline of(Standard standard, LearnerRecord record, LocalDate asOf, Attempts attempts, List<Finding> findings) {
    return new TimelineRule(standard, record, asOf, attempts, findings).timeline();
  }

  private Timeline timeline() {
    Optional<LocalDate> gateway = record.epa().flatMap(epa -> epa.gatewayDate());
    Optional<AssessmentPlan> plan = standard.assessmentPlan();
    Timeline.Builder timeline = Timeline.builder().gatewayDate(gateway);
    if (plan.isEmpty()) {
      return timeline.build();
    }
    Optional<LocalDate> deadline = gateway.map(g -> g.plus(plan.get().epaPeriod()));
    timeline.epaDeadline(deadline);
    timeline.observationPreparationEnds(gateway.flatMap(g -> plan.get().methods().stream()
        .flatMap(m -> m.preparationPeriod().stream()).findFirst().map(g::plus)));
    Optional<ResitPolicy> resit = plan.get().resit();
    LocalDate resitDeadline = null;
    for (AssessmentMethod method : plan.get().methods()) {
      Optional<MethodResult> latest = attempts.latest(method.id());
      if (latest.isPresent() && resit.isPresent() && Attempts.isFail(method, latest.get())) {
        LocalDate due = latest.get().date().plus(resit.get().window());
        resitDeadline = resitDeadline == null || due.isBefore(resitDeadline) ? due : resitDeadline;
        if (asOf.isAfter(due)) {
          warn(FindingCode.TIMELINE_05, pathOf(latest.get()), method.id() + " failed on " + latest.get().date()
              + " and the resit window ended on " + due + " with no new attempt recorded");
        }
      }
      if (attempts.all(method.id()).isEmpty() && deadline.isPresent() && asOf.isAfter(deadline.get())) {
        warn(FindingCode.TIMELINE_04, property(property(ROOT, "epa"), "results"), "the EPA period ended on " + deadline.get()
            + " and " + method.id() + " has no result");
      }
      checkAttempts(method, attempts.all(method.id()), gateway, deadline, resit);
    }
    return timeline.resitDeadline(Optional.ofNullable(resitDeadline)).build();
  }

  private void checkAttempts(AssessmentMethod method, List<MethodResult> results, Optional<LocalDate> gateway,
      Optional<LocalDate> deadline, Optional<ResitPolicy> resit) {
    Optional<LocalDate> prepared = gateway.flatMap(g -> method.preparationPeriod().map(g::plus));
    for (int i = 0; i < results.size(); i++) {
      MethodResult result = results.get(i);
      if (result.attempt() == 1 && deadline.filter(result.date()::isAfter).isPresent()) {
        warn(FindingCode.TIMELINE_01, datePathOf(result), method.id() + " is dated " + result.date() + ", after the end of the EPA period on "
            + deadline.get());
      }
      if (prepared.filter(result.date()::isBefore).isPresent()) {
        warn(FindingCode.TIMELINE_03, datePathOf(result), method.id() + " is dated " + result.date() + ", before its preparation ends on "
            + prepared.get());
      }
      if (i > 0 && resit.isPresent() && Attempts.isFail(method, results.get(i - 1))) {
        LocalDate due = results.get(i - 1).date().plus(resit.get().window());
        if (result.date().isAfter(due)) {
          warn(FindingCode.TIMELINE_02, datePathOf(result), "attempt " + result.attempt() + " at " + method.id() + " is dated " + result.date()
              + ", after the resit window of the fail on " + results.get(i - 1).date() + " ended on " + due);
        }
      }
    }
  }

  private String pathOf(MethodResult result) {
    return index(property(property(ROOT, "epa"), "results"), record.epa().orElseThrow().results().indexOf(result));
  }

  /** The path of a result's date, made only for a warning. */
  private String datePathOf(MethodResult result) {
    return property(pathOf(result), "date");
  }

  private void warn(FindingCode code, String path, String message) {
    findings.add(Finding.of(code, path, message));
  }
}

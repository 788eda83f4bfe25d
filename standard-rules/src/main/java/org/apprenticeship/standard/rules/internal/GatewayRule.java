package org.apprenticeship.standard.rules.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.CriterionKind;
import org.apprenticeship.standard.model.Declaration;
import org.apprenticeship.standard.model.GatewayCriterion;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.internal.KsbCodes;
import org.apprenticeship.standard.rules.CoverageReport;
import org.apprenticeship.standard.rules.CriterionResult;
import org.apprenticeship.standard.rules.CriterionStatus;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.GatewayReport;
import org.apprenticeship.standard.rules.OffTheJobRegime;
import org.apprenticeship.standard.rules.OffTheJobReport;

/** Gateway readiness: each criterion of the standard checked against the record, with a reason a person can act on. */
public final class GatewayRule {
  private static final List<AchievementKind> QUALIFICATIONS =
      List.of(AchievementKind.DIPLOMA, AchievementKind.CERTIFICATE, AchievementKind.AWARD, AchievementKind.OTHER);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Standard standard;
  private final LearnerRecord record;
  private final LocalDate asOf;
  private final CoverageReport coverage;
  private final OffTheJobReport offTheJob;

  private GatewayRule(Standard standard, LearnerRecord record, LocalDate asOf, CoverageReport coverage, OffTheJobReport offTheJob) {
    this.standard = standard;
    this.record = record;
    this.asOf = asOf;
    this.coverage = coverage;
    this.offTheJob = offTheJob;
  }

  public static GatewayReport of(Standard standard, LearnerRecord record, LocalDate asOf, EvaluationPolicy policy,
      CoverageReport coverage, OffTheJobReport offTheJob) {
    GatewayRule rule = new GatewayRule(standard, record, asOf, coverage, offTheJob);
    List<CriterionResult> results = new ArrayList<>();
    for (GatewayCriterion criterion : standard.gatewayCriteria()) {
      if (policy.notApplicableCriteria().contains(criterion.id())) {
        results.add(result(criterion, CriterionStatus.NOT_APPLICABLE, "does not apply to this apprentice, as the evaluation policy says"));
      } else {
        results.add(rule.check(criterion));
      }
    }
    return GatewayReport.of(results);
  }

  private CriterionResult check(GatewayCriterion criterion) {
    switch (criterion.kind()) {
      case QUALIFICATION:
        return qualification(criterion);
      case ENGLISH:
      case MATHS:
        return functionalSkill(criterion);
      case PORTFOLIO:
        return portfolio(criterion);
      case OFF_THE_JOB:
        return offTheJob(criterion);
      case MINIMUM_DURATION:
        return minimumDuration(criterion);
      case EMPLOYER_SIGN_OFF:
        return declared(criterion, Declaration.EMPLOYER_CONFIRMS_READY);
      default:
        return criterion.declaration().map(declaration -> declared(criterion, declaration)).orElseGet(() ->
            result(criterion, CriterionStatus.NOT_MET, "cannot be checked from a learner record: the criterion names no declaration"));
    }
  }

  private CriterionResult qualification(GatewayCriterion criterion) {
    int level = criterion.minimumLevel().orElse(1);
    Optional<String> title = criterion.qualificationTitle();
    List<Achievement> candidates = record.achievements().stream()
        .filter(a -> QUALIFICATIONS.contains(a.kind()))
        .filter(a -> title.isEmpty() || a.title().map(t -> normal(t).contains(normal(title.get()))).orElse(false))
        .collect(Collectors.toList());
    Optional<Achievement> met = candidates.stream().filter(a -> a.level().orElse(0) >= level).findFirst();
    if (met.isPresent()) {
      return result(criterion, CriterionStatus.MET, "achieved on " + met.get().achievedOn()
          + met.get().title().map(t -> " (\"" + t + "\", level " + met.get().level().orElseThrow() + ")").orElse(""));
    }
    if (!candidates.isEmpty()) {
      return result(criterion, CriterionStatus.NOT_MET, levelProblem(candidates.get(0), level));
    }
    String others = record.achievements().stream().filter(a -> QUALIFICATIONS.contains(a.kind()) && a.title().isPresent())
        .map(a -> "\"" + a.title().get() + "\"").collect(Collectors.joining(", "));
    return result(criterion, CriterionStatus.NOT_MET, "none recorded" + (others.isEmpty() ? "" : "; the qualifications recorded are " + others));
  }

  private CriterionResult functionalSkill(GatewayCriterion criterion) {
    AchievementKind kind = criterion.kind() == CriterionKind.ENGLISH ? AchievementKind.ENGLISH : AchievementKind.MATHS;
    String subject = criterion.kind() == CriterionKind.ENGLISH ? "English" : "maths";
    int level = criterion.minimumLevel().orElse(1);
    List<Achievement> recorded = record.achievements().stream().filter(a -> a.kind() == kind).collect(Collectors.toList());
    Optional<Achievement> met = recorded.stream().filter(a -> a.level().orElse(0) >= level).findFirst();
    if (met.isPresent()) {
      return result(criterion, CriterionStatus.MET, "Level " + met.get().level().orElseThrow() + " " + subject + " recorded, achieved on "
          + met.get().achievedOn());
    }
    if (!recorded.isEmpty()) {
      return result(criterion, CriterionStatus.NOT_MET, levelProblem(recorded.get(0), level));
    }
    return result(criterion, CriterionStatus.NOT_MET, "no Level " + level + " " + subject + " recorded");
  }

  private static String levelProblem(Achievement achievement, int level) {
    return achievement.level()
        .map(l -> "only level " + l + " is recorded (achieved on " + achievement.achievedOn() + "); level " + level + " or above is needed")
        .orElse("recorded (achieved on " + achievement.achievedOn() + ") without a level; record its level: " + level + " or above is needed");
  }

  private CriterionResult portfolio(GatewayCriterion criterion) {
    Optional<AssessmentMethod> method = criterion.method().flatMap(id -> standard.assessmentPlan().flatMap(plan -> plan.method(id)));
    List<String> needed = method.map(AssessmentMethod::ksbs).orElse(standard.ksbCodes());
    Set<String> neededSet = new HashSet<>(needed);
    List<String> missing = coverage.uncovered().stream().filter(neededSet::contains).collect(Collectors.toList());
    String scope = needed.size() + " KSBs" + method.map(m -> " that " + m.id() + " assesses").orElse("");
    boolean submitted = record.declarations().portfolioSubmitted();
    List<String> problems = new ArrayList<>();
    if (!submitted) {
      problems.add("not declared submitted (portfolioSubmitted)");
    }
    if (!missing.isEmpty()) {
      problems.add(missing.size() + " of the " + scope + " are not covered: " + KsbCodes.ranges(missing));
    }
    if (problems.isEmpty()) {
      return result(criterion, CriterionStatus.MET, "submitted, and all " + scope + " are covered");
    }
    return result(criterion, CriterionStatus.NOT_MET, String.join("; ", problems));
  }

  private CriterionResult offTheJob(GatewayCriterion criterion) {
    if (offTheJob.minimumHours().isEmpty()) {
      return result(criterion, CriterionStatus.NOT_MET, offTheJob.reason());
    }
    String logged = Dates.hours(offTheJob.loggedHours()) + " hours logged";
    String minimum = Dates.hours(offTheJob.minimumHours().get());
    if (offTheJob.isMet()) {
      return result(criterion, CriterionStatus.MET, logged + "; the minimum is " + minimum);
    }
    return result(criterion, CriterionStatus.NOT_MET, logged + "; " + Dates.hours(offTheJob.remainingHours().orElseThrow())
        + " more are needed to reach the minimum of " + minimum);
  }

  private CriterionResult minimumDuration(GatewayCriterion criterion) {
    OffTheJobRegime regime = OffTheJobRegime.forStart(record.startDate());
    int months = regime.minimumDurationMonths();
    LocalDate reached = record.startDate().plusMonths(months);
    long onProgramme = Math.max(0, ChronoUnit.MONTHS.between(record.startDate(), asOf));
    String rule = months + " months for starts " + (regime == OffTheJobRegime.PUBLISHED_MINIMUM ? "from" : "before") + " 1 August 2025";
    if (!reached.isAfter(asOf)) {
      return result(criterion, CriterionStatus.MET, onProgramme + " months since the start on " + record.startDate() + "; the minimum is " + rule);
    }
    return result(criterion, CriterionStatus.NOT_MET, onProgramme + " months since the start on " + record.startDate()
        + "; the minimum of " + rule + " is reached on " + reached);
  }

  private CriterionResult declared(GatewayCriterion criterion, Declaration declaration) {
    if (record.declarations().isDeclared(declaration)) {
      return result(criterion, CriterionStatus.MET, "declared (" + declaration.jsonName() + ")");
    }
    return result(criterion, CriterionStatus.NOT_MET, "not declared: set declarations." + declaration.jsonName() + " once it holds");
  }

  private static CriterionResult result(GatewayCriterion criterion, CriterionStatus status, String reason) {
    return CriterionResult.of(criterion.id(), criterion.kind(), criterion.mandatory(), status, label(criterion) + ": " + reason);
  }

  private static String label(GatewayCriterion criterion) {
    switch (criterion.kind()) {
      case QUALIFICATION:
        return criterion.qualificationTitle().orElse("Level " + criterion.minimumLevel().orElse(1) + " qualification");
      case ENGLISH:
        return "English";
      case MATHS:
        return "Maths";
      case PORTFOLIO:
        return "Portfolio";
      case OFF_THE_JOB:
        return "Off-the-job training";
      case MINIMUM_DURATION:
        return "Time on programme";
      case EMPLOYER_SIGN_OFF:
        return "Employer confirmation";
      default:
        String words = criterion.id().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
  }

  private static String normal(String text) {
    return WHITESPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}

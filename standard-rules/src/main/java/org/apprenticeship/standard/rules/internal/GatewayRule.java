package org.apprenticeship.standard.rules.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.CriterionKind;
import org.apprenticeship.standard.model.Declaration;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingParameter;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleKind;
import org.apprenticeship.standard.model.FundingTopic;
import org.apprenticeship.standard.model.GatewayCriterion;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.internal.KsbCodes;
import org.apprenticeship.standard.rules.CriterionResult;
import org.apprenticeship.standard.rules.CriterionStatus;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.GatewayReport;
import org.apprenticeship.standard.rules.OffTheJobReport;

/**
 * Gateway readiness: each criterion of the standard checked against the record as of the date it is
 * judged at (the gateway date when one is recorded, else the as-of date), by the funding rules that
 * apply, with a reason a person can act on; and a warning for each mandatory criterion that was not
 * met when a recorded gateway was passed.
 */
final class GatewayRule {
  private static final List<AchievementKind> QUALIFICATIONS =
      List.of(AchievementKind.DIPLOMA, AchievementKind.CERTIFICATE, AchievementKind.AWARD, AchievementKind.OTHER);
  private static final String GATEWAY_DATE = property(property(ROOT, "epa"), "gatewayDate");

  private final Standard standard;
  private final Programme programme;
  private final LearnerRecord record;
  private final LocalDate judgedAt;
  private final List<String> uncovered;
  private final OffTheJobReport offTheJob;
  private final StandardFacts facts;

  private GatewayRule(Standard standard, Programme programme, List<String> uncovered, OffTheJobReport offTheJob) {
    this.standard = standard;
    this.programme = programme;
    this.record = programme.record();
    this.judgedAt = programme.judgedAt();
    this.uncovered = uncovered;
    this.offTheJob = offTheJob;
    this.facts = StandardFacts.of(standard);
  }

  /**
   * The report, with the criteria judged at {@link Programme#judgedAt()}; {@code uncovered} are the
   * KSBs not covered at that date. A warning for each mandatory criterion not met at a recorded gateway goes into
   * {@code findings}.
   */
  static GatewayReport of(Standard standard, Programme programme, EvaluationPolicy policy, List<String> uncovered,
      OffTheJobReport offTheJob, List<Finding> findings) {
    GatewayRule rule = new GatewayRule(standard, programme, uncovered, offTheJob);
    List<CriterionResult> results = new ArrayList<>();
    for (GatewayCriterion criterion : standard.gatewayCriteria()) {
      if (policy.notApplicableCriteria().contains(criterion.id())) {
        results.add(rule.result(criterion, CriterionStatus.NOT_APPLICABLE, "does not apply to this apprentice, as the evaluation policy says"));
      } else {
        results.add(rule.check(criterion));
      }
    }
    GatewayReport report = GatewayReport.of(programme.judgedAt(), results);
    if (programme.gateway().isPresent() && !report.ready()) {
      for (CriterionResult blocking : report.blocking()) {
        findings.add(Finding.of(FindingCode.GATEWAY_04, GATEWAY_DATE, "the gateway on " + programme.gateway().get()
            + " was passed while the mandatory criterion " + blocking.id() + " was not met: " + blocking.reason()));
      }
    }
    return report;
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

  /** Achievements of some kinds, as they stood at the date the criteria are judged at. */
  private List<Achievement> achieved(List<AchievementKind> kinds) {
    List<Achievement> achieved = new ArrayList<>(2);
    for (Achievement achievement : record.achievements()) {
      if (kinds.contains(achievement.kind()) && !achievement.achievedOn().isAfter(judgedAt)) {
        achieved.add(achievement);
      }
    }
    return achieved;
  }

  /** Why an achievement of the kinds recorded after the gateway does not count; empty when there is none. */
  private String afterGateway(List<AchievementKind> kinds) {
    return programme.gateway().flatMap(gateway -> record.achievements().stream()
            .filter(a -> kinds.contains(a.kind()) && a.achievedOn().isAfter(gateway)).findFirst()
            .map(a -> "; one achieved on " + a.achievedOn() + ", after the gateway on " + gateway + ", does not count for it"))
        .orElse("");
  }

  private CriterionResult qualification(GatewayCriterion criterion) {
    int level = criterion.minimumLevel().orElse(1);
    Optional<String> title = criterion.qualificationTitle().map(GatewayRule::normal);
    List<Achievement> candidates = new ArrayList<>(2);
    Achievement met = null;
    for (Achievement achievement : achieved(QUALIFICATIONS)) {
      if (title.isEmpty() || achievement.title().isPresent() && normal(achievement.title().get()).contains(title.get())) {
        candidates.add(achievement);
        if (met == null && achievement.level().orElse(0) >= level) {
          met = achievement;
        }
      }
    }
    if (met != null) {
      return result(criterion, CriterionStatus.MET, "achieved on " + met.achievedOn()
          + (met.title().isPresent() ? " (\"" + met.title().get() + "\", level " + met.level().orElseThrow() + ")" : ""));
    }
    if (!candidates.isEmpty()) {
      return result(criterion, CriterionStatus.NOT_MET, levelProblem(candidates.get(0), level));
    }
    String others = achieved(QUALIFICATIONS).stream().filter(a -> a.title().isPresent())
        .map(a -> "\"" + a.title().get() + "\"").collect(Collectors.joining(", "));
    return result(criterion, CriterionStatus.NOT_MET, "none recorded" + (others.isEmpty() ? "" : "; the qualifications recorded are " + others)
        + afterGateway(QUALIFICATIONS));
  }

  /**
   * English or maths: an achievement at the level always meets it; otherwise the funding rule in
   * force at the date judged decides whether it is required, by the age on the start date where the
   * rule says so, and never by an assumed age.
   */
  private CriterionResult functionalSkill(GatewayCriterion criterion) {
    AchievementKind kind = criterion.kind() == CriterionKind.ENGLISH ? AchievementKind.ENGLISH : AchievementKind.MATHS;
    String subject = criterion.kind() == CriterionKind.ENGLISH ? "English" : "maths";
    int level = criterion.minimumLevel().orElse(1);
    List<Achievement> recorded = achieved(List.of(kind));
    for (Achievement met : recorded) {
      if (met.level().orElse(0) >= level) {
        return result(criterion, CriterionStatus.MET, "Level " + met.level().orElseThrow() + " " + subject + " recorded, achieved on "
            + met.achievedOn());
      }
    }
    String missing = recorded.isEmpty() ? "no Level " + level + " " + subject + " recorded" + afterGateway(List.of(kind))
        : levelProblem(recorded.get(0), level);
    Optional<FundingRule> rule = programme.rule(FundingTopic.ENGLISH_AND_MATHS, judgedAt);
    if (rule.isEmpty()) {
      return result(criterion, CriterionStatus.NOT_MET, missing);
    }
    String when = (programme.gateway().isPresent() ? "the gateway on " : "the as-of date ") + judgedAt;
    if (rule.get().kind() == FundingRuleKind.ENGLISH_AND_MATHS_FOR_ALL) {
      return result(criterion, CriterionStatus.NOT_MET, missing + "; it is required of every apprentice for " + when + " "
          + programme.cite(rule.get()), rule.get().id());
    }
    int age = rule.get().parameters().require(FundingParameter.AGE).intValueExact();
    String onlyUnder = "for " + when + " Level " + level + " " + subject + " is required only of apprentices under " + age
        + " on their start date " + programme.cite(rule.get());
    if (record.dateOfBirth().isEmpty()) {
      return result(criterion, CriterionStatus.NOT_MET, missing + ", and no date of birth: " + onlyUnder
          + "; record dateOfBirth so that the age on the start date is known", rule.get().id());
    }
    int ageAtStart = Period.between(record.dateOfBirth().get(), record.startDate()).getYears();
    if (ageAtStart < age) {
      return result(criterion, CriterionStatus.NOT_MET, missing + "; required: the apprentice was " + ageAtStart + " on the start date "
          + record.startDate() + ", and " + onlyUnder, rule.get().id());
    }
    return result(criterion, CriterionStatus.NOT_APPLICABLE, "not required: the apprentice was " + ageAtStart + " on the start date "
        + record.startDate() + ", and " + onlyUnder, rule.get().id());
  }

  private static String levelProblem(Achievement achievement, int level) {
    return achievement.level()
        .map(l -> "only level " + l + " is recorded (achieved on " + achievement.achievedOn() + "); level " + level + " or above is needed")
        .orElse("recorded (achieved on " + achievement.achievedOn() + ") without a level; record its level: " + level + " or above is needed");
  }

  private CriterionResult portfolio(GatewayCriterion criterion) {
    Optional<AssessmentMethod> method = criterion.method().flatMap(facts::method);
    List<String> needed = method.isPresent() ? method.get().ksbs() : standard.ksbCodes();
    List<String> missing = new ArrayList<>();
    if (!uncovered.isEmpty()) {
      Set<String> neededSet = new HashSet<>(needed);
      for (String code : uncovered) {
        if (neededSet.contains(code)) {
          missing.add(code);
        }
      }
    }
    String scope = needed.size() + " KSBs" + (method.isPresent() ? " that " + method.get().id() + " assesses" : "");
    boolean submitted = record.declarations().portfolioSubmitted();
    List<String> problems = new ArrayList<>();
    if (!submitted) {
      problems.add("not declared submitted (portfolioSubmitted)");
    }
    if (!missing.isEmpty()) {
      problems.add(missing.size() + " of the " + scope + " are not covered" + (programme.gateway().isPresent() ? " at the gateway" : "")
          + ": " + KsbCodes.ranges(missing));
    }
    if (problems.isEmpty()) {
      return result(criterion, CriterionStatus.MET, "submitted, and all " + scope + " are covered");
    }
    return result(criterion, CriterionStatus.NOT_MET, String.join("; ", problems));
  }

  private CriterionResult offTheJob(GatewayCriterion criterion) {
    String rule = offTheJob.rules().isEmpty() ? null : offTheJob.rules().get(0);
    if (offTheJob.minimumHours().isEmpty()) {
      return result(criterion, CriterionStatus.NOT_MET, offTheJob.reason(), rule);
    }
    String logged = Dates.hours(offTheJob.loggedHours()) + " hours logged" + (programme.gateway().isPresent() ? " to the gateway" : "");
    String minimum = Dates.hours(offTheJob.minimumHours().get());
    if (offTheJob.isMet()) {
      return result(criterion, CriterionStatus.MET, logged + "; the minimum is " + minimum, rule);
    }
    BigDecimal remaining = offTheJob.remainingHours().orElseThrow();
    return result(criterion, CriterionStatus.NOT_MET, logged + "; " + Dates.hours(remaining)
        + " more are needed to reach the minimum of " + minimum, rule);
  }


  private CriterionResult minimumDuration(GatewayCriterion criterion) {
    Optional<MinimumDuration.Requirement> needed = MinimumDuration.forGateway(programme);
    if (needed.isEmpty()) {
      return result(criterion, CriterionStatus.NOT_MET, "no minimum-duration rule of the funding rules " + programme.funding().version()
          + " covers a start on " + programme.start());
    }
    long days = programme.inclusiveDaysTo(judgedAt);
    long breaks = programme.breakDays(programme.start(), judgedAt);
    String counted = Math.max(0, days) + " days from the start on " + programme.start() + " to " + judgedAt + ", both included"
        + (breaks > 0 ? ", not counting " + breaks + " days of breaks in learning" : "");
    if (days >= needed.get().days) {
      return result(criterion, CriterionStatus.MET, counted + "; the minimum is " + needed.get().words(), needed.get().rule.id());
    }
    return result(criterion, CriterionStatus.NOT_MET, counted + "; the minimum of " + needed.get().words() + " is reached on "
        + programme.dayReaching(needed.get().days), needed.get().rule.id());
  }

  private CriterionResult declared(GatewayCriterion criterion, Declaration declaration) {
    if (record.declarations().isDeclared(declaration)) {
      return result(criterion, CriterionStatus.MET, "declared (" + declaration.jsonName() + ")");
    }
    return result(criterion, CriterionStatus.NOT_MET, "not declared: set declarations." + declaration.jsonName() + " once it holds");
  }

  private CriterionResult result(GatewayCriterion criterion, CriterionStatus status, String reason) {
    return result(criterion, status, reason, null);
  }

  /** The result, with the id of the rule it was judged by ({@link CriterionResult#rule()}), or none when {@code rule} is null. */
  private CriterionResult result(GatewayCriterion criterion, CriterionStatus status, String reason, String rule) {
    return Results.criterionResult(criterion.id(), criterion.kind(), criterion.mandatory(), status, facts.labelOf(criterion) + reason, rule);
  }

  /** What a criterion's reason starts with, before a colon: made once per standard ({@link StandardFacts#labelOf}). */
  static String label(GatewayCriterion criterion) {
    switch (criterion.kind()) {
      case QUALIFICATION:
        return criterion.qualificationTitle().orElseGet(() -> "Level " + criterion.minimumLevel().orElse(1) + " qualification");
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

  /** Lower case, each run of whitespace (regex {@code \s}) one space, trimmed. */
  private static String normal(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder normal = new StringBuilder(lower.length());
    boolean inRun = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) {
        normal.append(c);
      } else if (!inRun) {
        normal.append(' ');
      }
      inRun = space;
    }
    return normal.toString().trim();
  }
}

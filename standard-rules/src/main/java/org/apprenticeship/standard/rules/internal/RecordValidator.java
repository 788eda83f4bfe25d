package org.apprenticeship.standard.rules.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.index;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.ModelValidator;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.KsbCodes;

/**
 * Checks a learner record against the standard it is on and the as-of date: its field constraints,
 * then the rules that span several values (evidence mapped to KSBs the standard lacks, duplicate
 * ids, dates out of order, hours over 24 in a day, EPA results that the plan cannot have).
 */
public final class RecordValidator {
  private static final BigDecimal HOURS_IN_A_DAY = BigDecimal.valueOf(24);
  private static final String EPA = property(ROOT, "epa");
  private static final String RESULTS = property(EPA, "results");

  private final Standard standard;
  private final LearnerRecord record;
  private final LocalDate asOf;
  private final FindingCollector findings = new FindingCollector();
  private String ksbRanges;

  private RecordValidator(Standard standard, LearnerRecord record, LocalDate asOf) {
    this.standard = standard;
    this.record = record;
    this.asOf = asOf;
  }

  /** Every finding about the record, its field constraints included, ordered and limited by {@link FindingCollector}. */
  public static List<Finding> check(Standard standard, LearnerRecord record, LocalDate asOf) {
    RecordValidator validator = validator(standard, record, asOf);
    validator.findings.addAll(ModelValidator.validate(record));
    return validator.findings.toList();
  }

  /**
   * The findings of the rules that span several values, for a record whose field constraints were
   * checked when it was read, ordered and limited by {@link FindingCollector}.
   */
  public static List<Finding> crossField(Standard standard, LearnerRecord record, LocalDate asOf) {
    return validator(standard, record, asOf).findings.toList();
  }

  private static RecordValidator validator(Standard standard, LearnerRecord record, LocalDate asOf) {
    RecordValidator validator = new RecordValidator(standard, record, asOf);
    validator.standardAndDates();
    validator.breaks();
    validator.evidence();
    validator.offTheJob();
    validator.achievements();
    record.epa().ifPresent(validator::epa);
    return validator;
  }

  private void report(FindingCode code, String path, String message) {
    findings.add(Finding.of(code, path, message));
  }

  private void standardAndDates() {
    if (!record.standard().equals(standard.reference())) {
      report(FindingCode.RECORD_02, property(ROOT, "standard"),
          "the record is on " + record.standard() + " but is checked against " + standard.reference());
    }
    record.version().filter(v -> !v.equals(standard.version())).ifPresent(v ->
        report(FindingCode.RECORD_02, property(ROOT, "version"),
            "the record is on version " + v + " but is checked against version " + standard.version() + " of " + standard.reference()));
    if (!record.plannedEndDate().isAfter(record.startDate())) {
      report(FindingCode.RECORD_03, property(ROOT, "plannedEndDate"),
          "the planned end date " + record.plannedEndDate() + " must be after the start date " + record.startDate());
    }
    record.dateOfBirth().filter(born -> !born.isBefore(record.startDate())).ifPresent(born ->
        report(FindingCode.RECORD_06, property(ROOT, "dateOfBirth"), "the date of birth " + born + " must be before the start date "
            + record.startDate()));
    standard.earliestStartDate().filter(record.startDate()::isBefore).ifPresent(earliest ->
        report(FindingCode.RECORD_04, property(ROOT, "startDate"), "the start date " + record.startDate() + " is before "
            + earliest + ", the first day " + label() + " accepted new starts" + StandardFacts.of(standard).cited("$.earliestStartDate")));
    standard.latestStartDate().filter(record.startDate()::isAfter).ifPresent(latest ->
        report(FindingCode.RECORD_04, property(ROOT, "startDate"), "the start date " + record.startDate() + " is after "
            + latest + ", the last day " + label() + " accepted new starts" + StandardFacts.of(standard).cited("$.latestStartDate")));
  }

  private void evidence() {
    List<Evidence> items = record.evidence();
    FirstIndex firstById = new FirstIndex(items.size());
    StandardFacts facts = StandardFacts.of(standard);
    int[] seenIn = new int[standard.ksbs().size()];
    for (int i = 0; i < items.size(); i++) {
      Evidence evidence = items.get(i);
      int earlier = firstById.putIfAbsent(evidence.id(), i);
      if (earlier >= 0) {
        report(FindingCode.EVIDENCE_02, property(evidencePath(i), "id"),
            "evidence id " + evidence.id() + " is already used at index " + earlier + "; ids must be unique");
      }
      if (evidence.ksbs().isEmpty()) {
        report(FindingCode.EVIDENCE_05, property(evidencePath(i), "ksbs"), "evidence " + evidence.id() + " is mapped to no KSB");
      }
      Set<String> repeated = null;
      int firstRepeat = -1;
      for (int j = 0; j < evidence.ksbs().size(); j++) {
        String code = evidence.ksbs().get(j);
        int at = facts.ksbIndexOf(code);
        if (at < 0) {
          report(FindingCode.EVIDENCE_01, index(property(evidencePath(i), "ksbs"), j), code + " is not a KSB of " + label()
              + "; its KSBs are " + ksbRanges());
        } else if (seenIn[at] != i + 1) {
          seenIn[at] = i + 1;
        } else {
          repeated = repeated == null ? new LinkedHashSet<>() : repeated;
          if (repeated.add(code) && firstRepeat < 0) {
            firstRepeat = j;
          }
        }
      }
      if (firstRepeat >= 0) {
        report(FindingCode.EVIDENCE_03, index(property(evidencePath(i), "ksbs"), firstRepeat), "evidence " + evidence.id()
            + " is mapped to " + String.join(", ", repeated) + " more than once; each counts once");
      }
      Optional<BreakInLearning> evidenceBreak = record.breaks().isEmpty() ? Optional.empty() : breakOn(evidence.date());
      if (evidenceBreak.isPresent()) {
        report(FindingCode.EVIDENCE_06, property(evidencePath(i), "date"), "evidence " + evidence.id() + " is dated " + evidence.date()
            + ", inside the break in learning from " + evidenceBreak.get().from() + " to " + evidenceBreak.get().to()
            + "; check the date or the break");
      }
      if (evidence.date().isAfter(asOf)) {
        report(FindingCode.EVIDENCE_04, property(evidencePath(i), "date"),
            "evidence " + evidence.id() + " is dated " + evidence.date() + ", after the as-of date " + asOf + "; it is not counted");
      }
    }
  }

  /** Breaks in learning: each in order, within the planned programme, none overlapping another. */
  private void breaks() {
    List<BreakInLearning> breaks = record.breaks();
    for (int i = 0; i < breaks.size(); i++) {
      BreakInLearning pause = breaks.get(i);
      String path = index(property(ROOT, "breaks"), i);
      if (pause.to().isBefore(pause.from())) {
        report(FindingCode.BREAK_01, property(path, "to"), "the break ends on " + pause.to() + ", before it begins on " + pause.from());
        continue;
      }
      if (pause.from().isBefore(record.startDate())) {
        report(FindingCode.BREAK_03, property(path, "from"), "the break begins on " + pause.from() + ", before the start date "
            + record.startDate());
      }
      if (pause.to().isAfter(record.plannedEndDate())) {
        report(FindingCode.BREAK_03, property(path, "to"), "the break ends on " + pause.to() + ", after the planned end date "
            + record.plannedEndDate() + " (the plan as re-set after the breaks)");
      }
      for (int j = 0; j < i; j++) {
        BreakInLearning earlier = breaks.get(j);
        if (!earlier.to().isBefore(earlier.from()) && !pause.from().isAfter(earlier.to()) && !earlier.from().isAfter(pause.to())) {
          report(FindingCode.BREAK_02, property(path, "from"), "the break from " + pause.from() + " to " + pause.to()
              + " overlaps the break at index " + j + ", from " + earlier.from() + " to " + earlier.to());
        }
      }
    }
  }

  /** The break in learning a day falls in, for a warning. */
  private Optional<BreakInLearning> breakOn(LocalDate day) {
    for (BreakInLearning pause : record.breaks()) {
      if (pause.contains(day)) {
        return Optional.of(pause);
      }
    }
    return Optional.empty();
  }

  /** The path of the EPA result at an index, made only for a finding. */
  private static String resultPath(int i) {
    return index(RESULTS, i);
  }

  private static String evidencePath(int i) {
    return index(property(ROOT, "evidence"), i);
  }

  private static String offTheJobPath(int i) {
    return index(property(ROOT, "offTheJob"), i);
  }

  private void offTheJob() {
    List<OffTheJobEntry> entries = record.offTheJob();
    // Entries in order of date, one a day (the usual log), need no sums by day: each day's hours are its entry's.
    boolean oneADay = true;
    for (int i = 1; i < entries.size() && oneADay; i++) {
      oneADay = entries.get(i).date().isAfter(entries.get(i - 1).date());
    }
    Map<LocalDate, BigDecimal> hoursByDay = oneADay ? null : new HashMap<>(entries.size() * 2);
    Set<LocalDate> reported = oneADay ? null : new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      OffTheJobEntry entry = entries.get(i);
      BigDecimal day = oneADay ? entry.hours() : hoursByDay.merge(entry.date(), entry.hours(), BigDecimal::add);
      if (day.compareTo(HOURS_IN_A_DAY) > 0 && (oneADay || reported.add(entry.date()))) {
        report(FindingCode.OTJ_01, property(offTheJobPath(i), "hours"), "the entries dated " + entry.date() + " come to "
            + Dates.hours(day) + " hours with this one; a day has 24");
      }
      Optional<BreakInLearning> entryBreak = record.breaks().isEmpty() ? Optional.empty() : breakOn(entry.date());
      if (entryBreak.isPresent()) {
        report(FindingCode.OTJ_05, property(offTheJobPath(i), "date"), "training dated " + entry.date()
            + " is inside the break in learning from " + entryBreak.get().from() + " to " + entryBreak.get().to()
            + "; it is counted, but check the date or the break");
      }
      if (entry.date().isBefore(record.startDate())) {
        report(FindingCode.OTJ_02, property(offTheJobPath(i), "date"), "training dated " + entry.date()
            + " is before the start date " + record.startDate() + "; it is not counted");
      } else if (entry.date().isAfter(asOf)) {
        report(FindingCode.OTJ_03, property(offTheJobPath(i), "date"), "training dated " + entry.date()
            + " is after the as-of date " + asOf + "; it is not counted");
      }
    }
  }

  private void achievements() {
    List<Achievement> achievements = record.achievements();
    for (int i = 0; i < achievements.size(); i++) {
      LocalDate on = achievements.get(i).achievedOn();
      if (on.isAfter(asOf)) {
        report(FindingCode.ACHIEVEMENT_01, property(index(property(ROOT, "achievements"), i), "achievedOn"),
            "achieved on " + on + ", after the as-of date " + asOf + "; an achievement cannot be in the future");
      }
    }
  }

  private void epa(EpaRecord epa) {
    Optional<LocalDate> gateway = epa.gatewayDate();
    gateway.filter(g -> g.isAfter(asOf) || g.isBefore(record.startDate())).ifPresent(g ->
        report(FindingCode.EPA_09, property(EPA, "gatewayDate"), "the gateway date " + g + " must be between the start date "
            + record.startDate() + " and the as-of date " + asOf));
    List<MethodResult> results = epa.results();
    if (results.isEmpty()) {
      return;
    }
    if (gateway.isEmpty()) {
      report(FindingCode.EPA_04, property(EPA, "gatewayDate"),
          "results are recorded but the gateway date is not; without it the EPA timeline cannot be worked out");
    }
    Optional<AssessmentPlan> plan = standard.assessmentPlan();
    if (plan.isEmpty()) {
      report(FindingCode.EPA_07, RESULTS, label() + " has no assessment plan, so its results cannot be graded");
      return;
    }
    Map<String, Integer> firstAttempt = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      MethodResult result = results.get(i);
      Optional<AssessmentMethod> method = StandardFacts.of(standard).method(result.method());
      if (method.isEmpty()) {
        report(FindingCode.EPA_01, property(resultPath(i), "method"), result.method() + " is not a method of " + label()
            + "; its methods are "
            + plan.get().methods().stream().map(AssessmentMethod::id).collect(Collectors.joining(", ")));
      } else if (!method.get().awards(result.grade())) {
        report(FindingCode.EPA_02, property(resultPath(i), "grade"), result.method() + " cannot award " + result.grade()
            + "; its grades are " + String.join(", ", method.get().grades()));
      }
      if (gateway.isPresent() && result.date().isBefore(gateway.get())) {
        report(FindingCode.EPA_03, property(resultPath(i), "date"), "the result is dated " + result.date() + ", before the gateway date "
            + gateway.get());
      }
      if (result.date().isAfter(asOf)) {
        report(FindingCode.EPA_06, property(resultPath(i), "date"), "the result is dated " + result.date() + ", after the as-of date "
            + asOf);
      }
      if (result.attempt() == 1 && result.kind().isPresent()) {
        report(FindingCode.EPA_12, property(resultPath(i), "kind"), "a first attempt at " + result.method() + " cannot be a "
            + result.kind().get()
            + "; a resit or retake is attempt 2 or later");
      }
      Integer earlier = firstAttempt.putIfAbsent(result.method() + "#" + result.attempt(), i);
      if (earlier != null) {
        report(FindingCode.EPA_05, property(resultPath(i), "attempt"), "attempt " + result.attempt() + " at " + result.method()
            + " is already recorded at index " + earlier);
      }
    }
    attemptOrder(results);
  }

  /**
   * A later attempt at a method dated before an earlier one: one finding per such result, naming the
   * latest-dated earlier attempt. The results of each method are sorted by attempt once and swept
   * with the latest date so far, so the check takes n log n steps, never one per pair.
   */
  private void attemptOrder(List<MethodResult> results) {
    Map<String, List<Integer>> byMethod = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      byMethod.computeIfAbsent(results.get(i).method(), m -> new ArrayList<>()).add(i);
    }
    for (List<Integer> positions : byMethod.values()) {
      positions.sort(Comparator.comparingInt(i -> results.get(i).attempt()));
      MethodResult latestEarlier = null;
      int start = 0;
      while (start < positions.size()) {
        int attempt = results.get(positions.get(start)).attempt();
        int end = start;
        while (end < positions.size() && results.get(positions.get(end)).attempt() == attempt) {
          end++;
        }
        MethodResult latestOfThisAttempt = null;
        for (int k = start; k < end; k++) {
          int j = positions.get(k);
          MethodResult later = results.get(j);
          if (latestEarlier != null && later.date().isBefore(latestEarlier.date())) {
            report(FindingCode.EPA_08, property(index(RESULTS, j), "date"), "attempt " + later.attempt()
                + " at " + later.method() + " is dated " + later.date() + ", before attempt " + latestEarlier.attempt()
                + " on " + latestEarlier.date());
          }
          if (latestOfThisAttempt == null || later.date().isAfter(latestOfThisAttempt.date())) {
            latestOfThisAttempt = later;
          }
        }
        if (latestEarlier == null || latestOfThisAttempt.date().isAfter(latestEarlier.date())) {
          latestEarlier = latestOfThisAttempt;
        }
        start = end;
      }
    }
  }

  private String ksbRanges() {
    if (ksbRanges == null) {
      ksbRanges = KsbCodes.ranges(standard.ksbCodes());
    }
    return ksbRanges;
  }

  private String label() {
    return standard.reference() + " " + standard.version();
  }
}

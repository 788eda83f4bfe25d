package org.apprenticeship.standard.rules.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.index;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingTopic;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.ResitPolicy;
import org.apprenticeship.standard.model.Standard;

/**
 * The results of a record by method, each method's attempts in order of attempt number, and which
 * of them count. Two rules decide it:
 *
 * <ul>
 *   <li>a failed method taken again after its resit window restarts the whole EPA: from the date of
 *       that late attempt, only results dated on or after it count, so the earlier results of the
 *       other methods no longer count;
 *   <li>where the funding rules say a pass is final, an attempt at a method after it was passed does
 *       not count.
 * </ul>
 */
final class Attempts {
  private final Map<String, List<MethodResult>> all = new LinkedHashMap<>();
  private final Map<String, List<MethodResult>> counted = new LinkedHashMap<>();
  private final Optional<LocalDate> retakenFrom;

  private Attempts(Standard standard, Programme programme, List<Finding> findings) {
    List<MethodResult> results = programme.record().epa().map(epa -> epa.results()).orElse(List.of());
    results.forEach(r -> all.computeIfAbsent(r.method(), m -> new ArrayList<>()).add(r));
    all.values().forEach(list -> list.sort(Comparator.comparingInt(MethodResult::attempt)));
    Optional<AssessmentPlan> plan = standard.assessmentPlan();
    Optional<ResitPolicy> resit = plan.flatMap(AssessmentPlan::resit);
    retakenFrom = plan.isPresent() && resit.isPresent() ? lateRetake(plan.get(), resit.get(), results, all, findings) : Optional.empty();
    for (Map.Entry<String, List<MethodResult>> method : all.entrySet()) {
      Optional<AssessmentMethod> assessed = StandardFacts.of(standard).method(method.getKey());
      List<MethodResult> counting = new ArrayList<>();
      MethodResult passed = null;
      for (MethodResult result : method.getValue()) {
        if (retakenFrom.filter(result.date()::isBefore).isPresent()) {
          continue;
        }
        Optional<FundingRule> passIsFinal = programme.rule(FundingTopic.PASSED_METHODS, result.date());
        if (passed != null && passIsFinal.isPresent()) {
          findings.add(Finding.of(FindingCode.EPA_10, pathOf(results, result), "attempt " + result.attempt() + " at " + result.method()
              + " on " + result.date() + " comes after it was passed (" + passed.grade() + " on " + passed.date()
              + "), so it does not count: a resit or retake cannot improve a passed grade " + programme.cite(passIsFinal.get())));
          continue;
        }
        counting.add(result);
        if (assessed.isPresent() && !isFail(assessed.get(), result)) {
          passed = result;
        }
      }
      counted.put(method.getKey(), counting);
    }
  }

  /** The attempts of a record on a standard; warnings about attempts that do not count go into {@code findings}. */
  static Attempts of(Standard standard, Programme programme, List<Finding> findings) {
    return new Attempts(standard, programme, findings);
  }

  /**
   * The date of the latest late retake: a failed attempt at a method taken again after the resit
   * window of the fail. A warning for each names the results that no longer count.
   */
  private static Optional<LocalDate> lateRetake(AssessmentPlan plan, ResitPolicy resit, List<MethodResult> results,
      Map<String, List<MethodResult>> byMethod, List<Finding> findings) {
    LocalDate latest = null;
    MethodResult late = null;
    MethodResult fail = null;
    for (AssessmentMethod method : plan.methods()) {
      List<MethodResult> attempts = byMethod.getOrDefault(method.id(), List.of());
      for (int i = 1; i < attempts.size(); i++) {
        MethodResult previous = attempts.get(i - 1);
        MethodResult next = attempts.get(i);
        if (isFail(method, previous) && next.date().isAfter(previous.date().plus(resit.window()))
            && (latest == null || next.date().isAfter(latest))) {
          latest = next.date();
          late = next;
          fail = previous;
        }
      }
    }
    if (late == null) {
      return Optional.empty();
    }
    LocalDate from = latest;
    String retaken = late.method();
    List<MethodResult> dropped = results.stream().filter(r -> r.date().isBefore(from) && !r.method().equals(retaken))
        .collect(Collectors.toList());
    String others = dropped.isEmpty() ? "no result of another method was recorded before it"
        : "so the earlier results of the other methods no longer count ("
            + dropped.stream().map(r -> r.method() + " " + r.grade() + " on " + r.date()).collect(Collectors.joining(", "))
            + "), and the overall grade stays open until they are taken again";
    findings.add(Finding.of(FindingCode.EPA_11, pathOf(results, late), late.method() + " failed on " + fail.date()
        + " and was taken again on " + late.date() + ", after its resit window ended on " + fail.date().plus(resit.window())
        + ": the whole EPA is retaken; " + others));
    return Optional.of(from);
  }

  private static String pathOf(List<MethodResult> results, MethodResult result) {
    return index(property(property(ROOT, "epa"), "results"), results.indexOf(result));
  }

  /** A method's attempts, first to latest, whether they count or not. */
  List<MethodResult> all(String method) {
    return all.getOrDefault(method, List.of());
  }

  /** A method's latest attempt that counts. */
  Optional<MethodResult> latest(String method) {
    List<MethodResult> attempts = counted.getOrDefault(method, List.of());
    return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
  }

  /** True when any attempt that counts is a resit or retake (attempt above 1). */
  boolean anyResit() {
    for (List<MethodResult> attempts : counted.values()) {
      for (MethodResult attempt : attempts) {
        if (attempt.attempt() > 1) {
          return true;
        }
      }
    }
    return false;
  }

  /** The date from which the whole EPA is retaken, after a late retake. */
  Optional<LocalDate> retakenFrom() {
    return retakenFrom;
  }

  /** A fail is the lowest grade on the method's scale. */
  static boolean isFail(AssessmentMethod method, MethodResult result) {
    return method.rankOf(result.grade()) == 0;
  }
}

package org.apprenticeship.standard.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;

/** The results of a record grouped by method, each method's attempts in order of attempt number. */
final class Attempts {
  private final Map<String, List<MethodResult>> byMethod = new LinkedHashMap<>();

  Attempts(LearnerRecord record) {
    record.epa().ifPresent(epa -> epa.results().forEach(r -> byMethod.computeIfAbsent(r.method(), m -> new ArrayList<>()).add(r)));
    byMethod.values().forEach(list -> list.sort(Comparator.comparingInt(MethodResult::attempt)));
  }

  /** A method's attempts, first to latest. */
  List<MethodResult> of(String method) {
    return byMethod.getOrDefault(method, List.of());
  }

  /** A method's latest attempt: the one with the highest attempt number. */
  Optional<MethodResult> latest(String method) {
    List<MethodResult> attempts = of(method);
    return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
  }

  /** True when any result is a resit or retake (attempt above 1). */
  boolean anyResit() {
    return byMethod.values().stream().flatMap(List::stream).anyMatch(r -> r.attempt() > 1);
  }

  /** A fail is the lowest grade on the method's scale. */
  static boolean isFail(AssessmentMethod method, MethodResult result) {
    return method.rankOf(result.grade()) == 0;
  }
}

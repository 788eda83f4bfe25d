package org.apprenticeship.standard.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.GatewayCriterion;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.Standard;

/**
 * What the rules look up in a standard for every record, worked out once per standard: the position
 * of a KSB by its code, and where a fact of the standard comes from. It is kept for the standard last
 * asked about ({@link LastUsed}). Thread-safe: only read once made, bar its concurrent map.
 */
final class StandardFacts {
  /** The most digits of a code's number that the table holds, such as {@code K123}; longer codes are looked up in the map. */
  private static final int MOST_DIGITS = 3;

  private static final LastUsed<Standard, StandardFacts> LAST = new LastUsed<>(StandardFacts::new);

  private final Standard standard;
  /** By letter ({@code A} to {@code Z}) and number, the position of the KSB with the code; -1 when there is none. */
  private final int[][] positions = new int[26][];
  private final Map<String, String> cited = new ConcurrentHashMap<>();
  /** The methods of the assessment plan, none without one, and each as a present optional. */
  private final List<AssessmentMethod> methods;
  private final List<Optional<AssessmentMethod>> found = new ArrayList<>();
  /** The gateway criteria, and the start of each one's reason: its label and a colon ({@link GatewayRule#label}). */
  private final List<GatewayCriterion> criteria;
  private final String[] criterionLabels;

  private StandardFacts(Standard standard) {
    this.standard = standard;
    this.methods = standard.assessmentPlan().map(AssessmentPlan::methods).orElse(List.of());
    for (AssessmentMethod method : methods) {
      found.add(Optional.of(method));
    }
    this.criteria = standard.gatewayCriteria();
    this.criterionLabels = new String[criteria.size()];
    for (int i = 0; i < criteria.size(); i++) {
      criterionLabels[i] = GatewayRule.label(criteria.get(i)) + ": ";
    }
    List<Ksb> ksbs = standard.ksbs();
    for (int i = 0; i < ksbs.size(); i++) {
      String code = ksbs.get(i).code();
      int number = number(code);
      if (number < 0) {
        continue;
      }
      int letter = code.charAt(0) - 'A';
      int[] numbers = positions[letter];
      if (numbers == null || numbers.length <= number) {
        int[] grown = new int[Math.max(number + 1, numbers == null ? 0 : numbers.length)];
        Arrays.fill(grown, -1);
        if (numbers != null) {
          System.arraycopy(numbers, 0, grown, 0, numbers.length);
        }
        numbers = grown;
        positions[letter] = numbers;
      }
      if (numbers[number] < 0) {
        numbers[number] = i;
      }
    }
  }

  /** The facts of a standard, made when it is not the one last asked about. */
  static StandardFacts of(Standard standard) {
    return LAST.of(standard);
  }

  /**
   * {@link Standard#ksbIndexOf(String)}: a code in the usual form (a capital letter, then a number
   * of up to three digits without a leading zero, such as {@code K12}) from the table, any other
   * code from the standard's map.
   */
  int ksbIndexOf(String code) {
    int number = number(code);
    if (number < 0) {
      return standard.ksbIndexOf(code);
    }
    int[] numbers = positions[code.charAt(0) - 'A'];
    return numbers == null || number >= numbers.length ? -1 : numbers[number];
  }

  /**
   * {@link org.apprenticeship.standard.model.AssessmentPlan#method(String)}: the method of the
   * standard's assessment plan with the id, looked up without a stream; empty when there is no plan
   * or no such method.
   */
  Optional<AssessmentMethod> method(String id) {
    for (int i = 0; i < methods.size(); i++) {
      if (methods.get(i).id().equals(id)) {
        return found.get(i);
      }
    }
    return Optional.empty();
  }

  /** The label of a gateway criterion and a colon, such as {@code "English: "}, that start its reason. */
  String labelOf(GatewayCriterion criterion) {
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.get(i) == criterion) {
        return criterionLabels[i];
      }
    }
    return GatewayRule.label(criterion) + ": ";
  }

  /** Such as {@code " (ASSUMED: A5, P11)"}, or empty when the fact at a path of the standard is not cited. */
  String cited(String path) {
    return cited.computeIfAbsent(path, p -> standard.citationFor(p)
        .map(c -> " (" + standard.statusOf(c).map(Enum::name).orElse("UNKNOWN") + ": " + String.join(", ", c.sources()) + ")")
        .orElse(""));
  }

  /** The number of a code in the usual form, or -1 for any other code. */
  private static int number(String code) {
    int length = code.length();
    if (length < 2 || length > MOST_DIGITS + 1) {
      return -1;
    }
    char letter = code.charAt(0);
    char first = code.charAt(1);
    if (letter < 'A' || letter > 'Z' || first < '1' || first > '9') {
      return -1;
    }
    int number = first - '0';
    for (int i = 2; i < length; i++) {
      char digit = code.charAt(i);
      if (digit < '0' || digit > '9') {
        return -1;
      }
      number = number * 10 + digit - '0';
    }
    return number;
  }
}

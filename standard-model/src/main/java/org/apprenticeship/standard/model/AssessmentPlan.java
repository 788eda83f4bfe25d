package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.PlanStructure;
import org.immutables.value.Value;

/**
 * How the end-point assessment (EPA) of a standard works: its methods, how their grades combine into
 * the overall grade, how long the EPA may take after gateway, and what happens after a fail.
 *
 * <p>Gateway is the point at which the employer, the training provider and the apprentice agree
 * that the apprentice is ready for the EPA; the EPA period starts there.
 *
 * <p>Immutable and thread-safe. Besides its field constraints, a plan is checked as a whole (unique
 * method ids, a complete grading table over grades the methods can award), which
 * {@link ModelValidator} reports under the {@code PLAN_} finding codes.
 *
 * @since 0.1.0
 */
@Value.Immutable
@PlanStructure
@JsonSerialize(as = ImmutableAssessmentPlan.class)
@JsonDeserialize(as = ImmutableAssessmentPlan.class)
public abstract class AssessmentPlan implements WithAssessmentPlan {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  AssessmentPlan() {}

  /**
   * The assessment methods, in the plan's order.
   *
   * @return the methods; not empty
   */
  @NotEmpty
  public abstract List<@Valid AssessmentMethod> methods();

  /**
   * The overall grades the EPA can give, from the lowest to the highest, such as
   * {@code [FAIL, PASS, DISTINCTION]}.
   *
   * @return the grade codes; not empty
   */
  @NotEmpty
  public abstract List<@Pattern(regexp = Patterns.GRADE, message = "must be a grade code in capitals, such as PASS") String> overallGrades();

  /**
   * The grading table: one rule for each combination of method grades.
   *
   * @return the rules; not empty
   */
  @NotEmpty
  public abstract List<@Valid GradingRule> gradingRules();

  /**
   * The time after gateway within which the EPA must be completed, such as {@code P3M}.
   *
   * @return the period; positive
   */
  public abstract Period epaPeriod();

  /**
   * What happens after a failed method.
   *
   * @return the resit and retake rules; empty when the plan states none
   */
  public abstract Optional<@Valid ResitPolicy> resit();

  /**
   * Further rules, in words, that no attribute carries (such as who decides the overall grade).
   *
   * @return the notes; may be empty
   */
  public abstract List<@NotBlank String> notes();

  /**
   * Returns the method with an id.
   *
   * @param id a method id, such as {@code observation}; not null
   * @return the method; empty when the plan has no method with that id
   */
  public Optional<AssessmentMethod> method(String id) {
    return methods().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * Returns the rank of an overall grade: 0 for the lowest.
   *
   * @param grade a grade code; not null
   * @return the rank, or -1 when {@code grade} is not an overall grade of this plan
   */
  public int rankOf(String grade) {
    return overallGrades().indexOf(grade);
  }

  /**
   * Looks up the overall grade for a combination of method grades in the grading table.
   *
   * @param methodGrades the grade of every method, by method id; not null
   * @return the overall grade of the rule with exactly these method grades; empty when no rule has
   *     them (the combination is incomplete or not on the table)
   */
  public Optional<String> overallFor(Map<String, String> methodGrades) {
    return gradingRules().stream()
        .filter(rule -> rule.methodGrades().equals(methodGrades))
        .map(GradingRule::overall)
        .findFirst();
  }

  /**
   * Returns every combination of the grades the methods can award, each by method id in the plan's
   * method order, ordered with the last method's grade changing fastest, lowest grades first. A
   * complete grading table has exactly one rule for each.
   *
   * @return the combinations; not null
   */
  public List<Map<String, String>> gradeCombinations() {
    List<Map<String, String>> combinations = new ArrayList<>();
    combinations.add(Map.of());
    for (AssessmentMethod method : methods()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : combinations) {
        for (String grade : method.grades()) {
          Map<String, String> extended = new LinkedHashMap<>(partial);
          extended.put(method.id(), grade);
          next.add(Collections.unmodifiableMap(extended));
        }
      }
      combinations = next;
    }
    return List.copyOf(combinations);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssessmentPlan}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableAssessmentPlan.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

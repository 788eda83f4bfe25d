package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.apprenticeship.standard.model.internal.Patterns;
import org.immutables.value.Value;

/**
 * One row of an assessment plan's grading table: when each method has the grade given, the overall
 * grade is {@link #overall()}. A valid table has exactly one row for every combination of the
 * grades its methods can award.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGradingRule.class)
@JsonDeserialize(as = ImmutableGradingRule.class)
public abstract class GradingRule implements WithGradingRule {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  GradingRule() {}

  /**
   * The grade of each method, by method id, in the plan's method order.
   *
   * @return the method grades; not empty
   */
  @NotEmpty
  public abstract Map<
          @Pattern(regexp = Patterns.SLUG, message = "must be a method id in lower case with hyphens, such as professional-discussion") String,
          @Pattern(regexp = Patterns.GRADE, message = "must be a grade code in capitals, such as PASS") String>
      methodGrades();

  /**
   * The overall grade for this combination, one of the plan's overall grades.
   *
   * @return the grade code; not null
   */
  @Pattern(regexp = Patterns.GRADE, message = "must be a grade code in capitals, such as PASS")
  public abstract String overall();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GradingRule}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableGradingRule.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

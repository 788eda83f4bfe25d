package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.Patterns;
import org.immutables.value.Value;

/**
 * One method of the end-point assessment (EPA), such as an observation or a professional
 * discussion: the KSBs it assesses and the grades it can award.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessmentMethod.class)
@JsonDeserialize(as = ImmutableAssessmentMethod.class)
public abstract class AssessmentMethod implements WithAssessmentMethod {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  AssessmentMethod() {}

  /**
   * The id, unique in a plan: lower-case words joined by hyphens, such as
   * {@code professional-discussion}. Learner records name methods by this id.
   *
   * @return the id; not null
   */
  @Pattern(regexp = Patterns.SLUG, message = "must be a method id in lower case with hyphens, such as professional-discussion")
  public abstract String id();

  /**
   * The name, for people.
   *
   * @return the name; not null
   */
  @NotBlank
  public abstract String name();

  /**
   * How long the method lasts, in minutes, before any extension.
   *
   * @return the duration; empty when not known
   */
  public abstract Optional<@Positive Integer> durationMinutes();

  /**
   * By how much, in percent of {@link #durationMinutes()}, the assessor may extend the method.
   *
   * @return the percentage; empty when not known
   */
  public abstract Optional<@PositiveOrZero @Max(100) Integer> extensionPercent();

  /**
   * The time between gateway and the method during which the apprentice prepares, such as
   * {@code P28D} (four weeks) for the observation of ST0007.
   *
   * @return the period; empty when the method has no preparation window
   */
  public abstract Optional<Period> preparationPeriod();

  /**
   * The codes of the KSBs the method assesses, in standard order.
   *
   * @return the KSB codes; not empty
   */
  @NotEmpty
  public abstract List<@Pattern(regexp = Patterns.KSB_CODE, message = "must be a KSB code such as K1") String> ksbs();

  /**
   * The grades the method can award, ordered from the lowest to the highest, such as
   * {@code [FAIL, PASS, DISTINCTION]}.
   *
   * @return the grade codes; not empty
   */
  @NotEmpty
  public abstract List<@Pattern(regexp = Patterns.GRADE, message = "must be a grade code in capitals, such as PASS") String> grades();

  /**
   * What the apprentice must show for each grade, where known.
   *
   * @return the descriptors; may be empty
   */
  public abstract List<@Valid GradeDescriptor> descriptors();

  /**
   * Further facts, in words, that no attribute carries (such as how many questions are asked).
   *
   * @return the notes; may be empty
   */
  public abstract List<@NotBlank String> notes();

  /**
   * Returns the rank of a grade on this method's scale: 0 for the lowest.
   *
   * @param grade a grade code; not null
   * @return the rank, or -1 when the method cannot award {@code grade}
   */
  public int rankOf(String grade) {
    return grades().indexOf(grade);
  }

  /**
   * Tells whether the method can award a grade.
   *
   * @param grade a grade code; not null
   * @return true when {@code grade} is on this method's scale
   */
  public boolean awards(String grade) {
    return grades().contains(grade);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssessmentMethod}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableAssessmentMethod.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

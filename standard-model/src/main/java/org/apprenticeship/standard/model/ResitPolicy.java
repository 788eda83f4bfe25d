package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.Patterns;
import org.immutables.value.Value;

/**
 * What happens after a failed assessment method: a resit (no further learning) or retake (with
 * further learning) must happen within a window counted from the date of the failed result, and the
 * overall grade may be capped.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResitPolicy.class)
@JsonDeserialize(as = ImmutableResitPolicy.class)
public abstract class ResitPolicy implements WithResitPolicy {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  ResitPolicy() {}

  /**
   * The time from a failed result within which the new attempt must happen, such as {@code P3M}
   * (three months).
   *
   * @return the window; positive
   */
  public abstract Period window();

  /**
   * The highest overall grade after any resit or retake, one of the plan's overall grades.
   *
   * @return the grade code, such as {@code PASS}; empty when there is no cap
   */
  public abstract Optional<@Pattern(regexp = Patterns.GRADE, message = "must be a grade code in capitals, such as PASS") String> gradeCap();

  /**
   * Whether the cap does not apply when exceptional circumstances are accepted for the resit or
   * retake.
   *
   * @return true when exceptional circumstances lift the cap
   */
  @Value.Default
  public boolean capLiftedByExceptionalCircumstances() {
    return false;
  }

  /**
   * Further rules, in words, that no attribute carries (such as who decides how many attempts).
   *
   * @return the notes; may be empty
   */
  public abstract List<@NotBlank String> notes();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResitPolicy}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableResitPolicy.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

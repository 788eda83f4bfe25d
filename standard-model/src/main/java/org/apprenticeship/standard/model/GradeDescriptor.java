package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apprenticeship.standard.model.internal.Patterns;
import org.immutables.value.Value;

/**
 * What an apprentice must show in an assessment method to earn a grade.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGradeDescriptor.class)
@JsonDeserialize(as = ImmutableGradeDescriptor.class)
public abstract class GradeDescriptor implements WithGradeDescriptor {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  GradeDescriptor() {}

  /**
   * The grade described, one the method can award.
   *
   * @return the grade code, such as {@code DISTINCTION}; not null
   */
  @Pattern(regexp = Patterns.GRADE, message = "must be a grade code in capitals, such as PASS")
  public abstract String grade();

  /**
   * The KSBs the descriptor is about.
   *
   * @return the KSB codes; may be empty
   */
  public abstract List<@Pattern(regexp = Patterns.KSB_CODE, message = "must be a KSB code such as K1") String> ksbs();

  /**
   * What the apprentice must show.
   *
   * @return the statement; not null
   */
  @NotBlank
  public abstract String statement();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GradeDescriptor}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableGradeDescriptor.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

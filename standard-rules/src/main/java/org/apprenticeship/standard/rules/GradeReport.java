package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * The overall grade of the end-point assessment, from the grade of each method's latest attempt by
 * the plan's grading table, with the resit and retake cap applied.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableGradeReport.class)
public abstract class GradeReport implements WithGradeReport {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  GradeReport() {}

  /**
   * The overall grade.
   *
   * @return the grade code, such as {@code DISTINCTION}; empty (open) while a method has no result,
   *     or when the standard has no assessment plan
   */
  public abstract Optional<String> overall();

  /**
   * Whether a resit or retake cap lowered the grade the grading table gives.
   *
   * @return true when the cap lowered the grade
   */
  public abstract boolean capped();

  /**
   * The grade that counts for each method, in plan order.
   *
   * @return one grade per method; empty when the standard has no assessment plan
   */
  public abstract List<MethodGrade> methods();

  /**
   * How the overall grade was decided, or why it is open, in words.
   *
   * @return the explanation; not null
   */
  public abstract String reason();

  /**
   * Returns a new builder.
   *
   * @return a builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GradeReport}. */
  public static final class Builder extends ImmutableGradeReport.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

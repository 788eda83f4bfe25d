package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.apprenticeship.standard.model.AttemptKind;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * The grade that counts for one assessment method: that of its latest attempt that counts (an
 * attempt after a pass does not, nor, after a whole EPA is retaken, one from before the retake).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableMethodGrade.class)
public abstract class MethodGrade implements WithMethodGrade {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  MethodGrade() {}

  /**
   * The method's id.
   *
   * @return the id; not null
   */
  public abstract String method();

  /**
   * The grade of the latest attempt that counts.
   *
   * @return the grade code; empty while the method has no result
   */
  public abstract Optional<String> grade();

  /**
   * The number of the latest attempt.
   *
   * @return the attempt; empty while the method has no result
   */
  public abstract Optional<Integer> attempt();

  /**
   * Whether the latest attempt is a resit or a retake, as the record says.
   *
   * @return the kind; empty for a first attempt, when not recorded, or while the method has no result
   */
  public abstract Optional<AttemptKind> kind();

  /**
   * The date of the latest attempt.
   *
   * @return the date; empty while the method has no result
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns a new builder.
   *
   * @return a builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MethodGrade}. */
  public static final class Builder extends ImmutableMethodGrade.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

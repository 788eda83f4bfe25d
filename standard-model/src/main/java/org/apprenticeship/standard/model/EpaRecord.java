package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.PlausibleDate;
import org.immutables.value.Value;

/**
 * What a learner record holds about the end-point assessment: when the apprentice passed gateway,
 * and the results of the assessment methods so far.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEpaRecord.class)
@JsonDeserialize(as = ImmutableEpaRecord.class)
public abstract class EpaRecord implements WithEpaRecord {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  EpaRecord() {}

  /**
   * The day the apprentice passed gateway.
   *
   * @return the date; empty before gateway
   */
  public abstract Optional<@PlausibleDate LocalDate> gatewayDate();

  /**
   * The results so far, every attempt of every method.
   *
   * @return the results; may be empty
   */
  public abstract List<@Valid MethodResult> results();

  /**
   * Whether exceptional circumstances are accepted for a resit or retake, which lifts a grade cap
   * where the plan allows.
   *
   * @return true when accepted
   */
  @Value.Default
  public boolean exceptionalCircumstances() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EpaRecord}. */
  public static final class Builder extends ImmutableEpaRecord.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

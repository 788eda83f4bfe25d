package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * When the end-point assessment, and any resit, must happen, counted from the gateway date.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableTimeline.class)
public abstract class Timeline implements WithTimeline {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Timeline() {}

  /**
   * The day the apprentice passed gateway.
   *
   * @return the date; empty before gateway
   */
  public abstract Optional<LocalDate> gatewayDate();

  /**
   * The last day of the EPA period: the gateway date plus the plan's EPA period.
   *
   * @return the date; empty before gateway or without an assessment plan
   */
  public abstract Optional<LocalDate> epaDeadline();

  /**
   * The end of the preparation window of the first method (in plan order) that has one, such as the
   * observation of ST0007: the gateway date plus its preparation period.
   *
   * @return the date; empty before gateway, or when no method has a preparation period
   */
  public abstract Optional<LocalDate> observationPreparationEnds();

  /**
   * The last day for a resit or retake after a failed method: the date of the failed result plus
   * the resit window; the earliest such day when several methods failed.
   *
   * @return the date; empty while no method's latest result is a fail, or the plan has no resit
   *     rules
   */
  public abstract Optional<LocalDate> resitDeadline();

  /**
   * Returns a new builder.
   *
   * @return a builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Timeline}. */
  public static final class Builder extends ImmutableTimeline.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

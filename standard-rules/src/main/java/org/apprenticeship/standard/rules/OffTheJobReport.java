package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.Source;
import org.immutables.value.Value;

/**
 * Whether the apprentice has done enough off-the-job training, by the funding rules that apply to
 * their start date: the minimum, the hours logged, the hours still owed, and the weekly pace that
 * finishes them by the planned end.
 *
 * <p>Hours are exact (not rounded) unless the policy asks for rounding of the minimum. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOffTheJobReport.class)
@JsonDeserialize(as = ImmutableOffTheJobReport.class)
public abstract class OffTheJobReport implements WithOffTheJobReport {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  OffTheJobReport() {}

  /**
   * The funding rules that apply, by start date.
   *
   * @return the regime; not null
   */
  public abstract OffTheJobRegime regime();

  /**
   * The minimum hours of off-the-job training, less any reduction for prior learning.
   *
   * @return the hours; empty when the regime needs a figure the data lacks ({@link #reason()} says
   *     which)
   */
  public abstract Optional<Double> minimumHours();

  /**
   * The hours logged from the start date to the as-of date.
   *
   * @return the hours
   */
  public abstract double loggedHours();

  /**
   * The hours still owed: the minimum less the hours logged, never below zero.
   *
   * @return the hours; empty when the minimum is unknown
   */
  public abstract Optional<Double> remainingHours();

  /**
   * The hours a week needed from the as-of date to finish the remaining hours by the planned end.
   *
   * @return the hours a week; zero when nothing remains; empty when the minimum is unknown, or the
   *     planned end has passed with hours still owed
   */
  public abstract Optional<Double> weeklyPaceNeeded();

  /**
   * The planned duration in weeks: days from start to planned end, divided by 7.
   *
   * @return the weeks, not rounded
   */
  public abstract double plannedWeeks();

  /**
   * How the minimum was worked out, or why it is unknown, in words.
   *
   * @return the explanation; not null
   */
  public abstract String reason();

  /**
   * How the minimum was rounded.
   *
   * @return the rounding; not null
   */
  public abstract Rounding rounding();

  /**
   * The sources of the rule applied.
   *
   * @return the sources; not null
   */
  public abstract List<Source> sources();

  /**
   * Tells whether the minimum is known and the hours logged reach it.
   *
   * @return true when met
   */
  @JsonIgnore
  public boolean isMet() {
    return remainingHours().map(remaining -> remaining == 0).orElse(false);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OffTheJobReport}. */
  public static final class Builder extends ImmutableOffTheJobReport.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

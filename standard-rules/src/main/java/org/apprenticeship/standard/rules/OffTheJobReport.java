package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.FundingRuleKind;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * Whether the apprentice has done enough off-the-job training, by the funding rules that apply to
 * their start date: the minimum, the hours that count, the hours still owed, and the weekly pace that
 * finishes them by the planned end.
 *
 * <p>Hours are exact decimals: logged hours are added exactly as written, and the minimum is worked
 * out in decimal with one division (34 significant digits), then rounded once, as the policy says.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableOffTheJobReport.class)
public abstract class OffTheJobReport implements WithOffTheJobReport {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  OffTheJobReport() {}

  /**
   * The kind of off-the-job rule that applies, by start date, such as {@code OTJ_HOURS_A_WEEK}.
   *
   * @return the kind; empty when no off-the-job rule of the funding rules covers the start date
   */
  public abstract Optional<FundingRuleKind> regime();

  /**
   * The minimum hours of off-the-job training, rounded as the policy says.
   *
   * @return the hours; empty when the rule needs a figure the data lacks, or no rule applies
   *     ({@link #reason()} says which)
   */
  public abstract Optional<BigDecimal> minimumHours();

  /**
   * What the minimum was worked out over.
   *
   * @return the basis; empty when the minimum is unknown
   */
  public abstract Optional<MinimumBasis> minimumBasis();

  /**
   * The hours that count: those logged from the start date to the as-of date, and, where the funding
   * rules say so, no later than the gateway date.
   *
   * @return the hours; not null
   */
  public abstract BigDecimal loggedHours();

  /**
   * The hours logged after the gateway date, up to the as-of date, which do not count.
   *
   * @return the hours; zero when there are none; not null
   */
  public abstract BigDecimal hoursAfterGateway();

  /**
   * The hours still owed: the minimum less the hours that count, never below zero.
   *
   * @return the hours; empty when the minimum is unknown
   */
  public abstract Optional<BigDecimal> remainingHours();

  /**
   * The hours a week needed from the as-of date to finish the remaining hours by the planned end,
   * breaks in learning still to come excluded.
   *
   * @return the hours a week; zero when nothing remains; empty when the minimum is unknown, or hours
   *     are still owed when no time is left (the planned end has passed, or the gateway is recorded)
   */
  public abstract Optional<BigDecimal> weeklyPaceNeeded();

  /**
   * The planned duration in weeks: days from the start to the planned end, less the days of breaks
   * in learning, divided by 7.
   *
   * @return the weeks, not rounded; not null
   */
  public abstract BigDecimal plannedWeeks();

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
   * The ids of the funding rules applied, the off-the-job rule first.
   *
   * @return the rule ids; not null
   */
  public abstract List<String> rules();

  /**
   * The sources of the funding rules applied.
   *
   * @return the sources; not null
   */
  public abstract List<Source> sources();

  /**
   * Tells whether the minimum is known and the hours that count reach it.
   *
   * @return true when met
   */
  @JsonIgnore
  public boolean isMet() {
    return remainingHours().map(remaining -> remaining.signum() == 0).orElse(false);
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

package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The figures of one {@linkplain FundingRule funding rule}, each exactly as written. Which of them
 * a rule has depends on its {@linkplain FundingRuleKind kind}: see {@link FundingParameter}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingParameters.class)
@JsonDeserialize(as = ImmutableFundingParameters.class)
public abstract class FundingParameters implements WithFundingParameters {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  FundingParameters() {}

  /**
   * A share of the contracted hours, in percent.
   *
   * @return the percent, above 0 and at most 100; empty when the rule has none
   */
  public abstract Optional<@Positive @DecimalMax("100") BigDecimal> percent();

  /**
   * Hours of off-the-job training a week for a full-time apprentice.
   *
   * @return the hours, above 0 and at most 168; empty when the rule has none
   */
  public abstract Optional<@Positive @DecimalMax("168") BigDecimal> hoursPerWeek();

  /**
   * The contracted hours a week that count as full time.
   *
   * @return the hours, above 0 and at most 168; empty when the rule has none
   */
  public abstract Optional<@Positive @DecimalMax("168") BigDecimal> hoursThreshold();

  /**
   * The weeks of statutory leave a year taken out of the training weeks.
   *
   * @return the weeks, from 0 to 52 (exclusive); empty when the rule has none
   */
  public abstract Optional<@PositiveOrZero @DecimalMax(value = "52", inclusive = false) BigDecimal> leaveWeeksPerYear();

  /**
   * The least off-the-job hours of any apprenticeship.
   *
   * @return the hours, above 0 and at most 10,000; empty when the rule has none
   */
  public abstract Optional<@Positive @DecimalMax("10000") BigDecimal> floorHours();

  /**
   * A duration in calendar months, as the funding rules state it.
   *
   * @return the months, from 1 to 120; empty when the rule has none
   */
  public abstract Optional<@Min(1) @Max(120) Integer> months();

  /**
   * The same duration in whole days, counted inclusively as the ILR counts them.
   *
   * @return the days, from 1 to 3,660; empty when the rule has none
   */
  public abstract Optional<@Min(1) @Max(3660) Integer> days();

  /**
   * An age in whole years on the start date.
   *
   * @return the age, from 1 to 120; empty when the rule has none
   */
  public abstract Optional<@Min(1) @Max(120) Integer> age();

  /**
   * Returns the parameters that are set.
   *
   * @return the parameters set; not null
   */
  @JsonIgnore
  public Set<FundingParameter> present() {
    Set<FundingParameter> present = EnumSet.noneOf(FundingParameter.class);
    for (FundingParameter parameter : FundingParameter.values()) {
      if (parameter.in(this).isPresent()) {
        present.add(parameter);
      }
    }
    return present;
  }

  /**
   * Returns the value of a parameter that the rule's kind needs, and a valid rule therefore has.
   *
   * @param parameter the parameter; not null
   * @return the value; not null
   * @throws IllegalStateException if the parameter is not set (the rule is not valid)
   */
  public BigDecimal require(FundingParameter parameter) {
    return parameter.in(this).orElseThrow(() -> new IllegalStateException("the funding rule lacks " + parameter.jsonName()));
  }

  /**
   * Returns parameters with none set.
   *
   * @return the empty parameters; not null
   */
  public static FundingParameters none() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FundingParameters}. */
  public static final class Builder extends ImmutableFundingParameters.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

package org.apprenticeship.standard.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * A figure that a {@linkplain FundingRule funding rule} carries, such as the 6 hours a week of the
 * off-the-job rule of 2022. Each {@linkplain FundingRuleKind kind} of rule needs exactly its own
 * parameters.
 *
 * @since 0.1.0
 */
public enum FundingParameter {
  /** A share of the contracted hours, in percent, such as 20. */
  PERCENT("percent", FundingParameters::percent),
  /** Hours of off-the-job training a week for a full-time apprentice, such as 6. */
  HOURS_PER_WEEK("hoursPerWeek", FundingParameters::hoursPerWeek),
  /** The contracted hours a week that count as full time, such as 30; fewer are pro rata. */
  HOURS_THRESHOLD("hoursThreshold", FundingParameters::hoursThreshold),
  /** The weeks of statutory leave a year taken out of the training weeks, such as 5.6. */
  LEAVE_WEEKS_PER_YEAR("leaveWeeksPerYear", FundingParameters::leaveWeeksPerYear),
  /** The least off-the-job hours of any apprenticeship, such as 187. */
  FLOOR_HOURS("floorHours", FundingParameters::floorHours),
  /** A duration in calendar months, such as 12, as the funding rules state it. */
  MONTHS("months", p -> p.months().map(BigDecimal::valueOf)),
  /** The same duration in whole days, counted inclusively as the ILR counts them, such as 365. */
  DAYS("days", p -> p.days().map(BigDecimal::valueOf)),
  /** An age in whole years on the start date, such as 19. */
  AGE("age", p -> p.age().map(BigDecimal::valueOf));

  private final String jsonName;
  private final Function<FundingParameters, Optional<BigDecimal>> value;

  FundingParameter(String jsonName, Function<FundingParameters, Optional<BigDecimal>> value) {
    this.jsonName = jsonName;
    this.value = value;
  }

  /**
   * Returns the name of the parameter in the JSON format, such as {@code hoursPerWeek}.
   *
   * @return the name; not null
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the value of this parameter in a set of parameters.
   *
   * @param parameters the parameters; not null
   * @return the value; empty when the parameter is not set
   * @throws NullPointerException if {@code parameters} is null
   */
  public Optional<BigDecimal> in(FundingParameters parameters) {
    return value.apply(parameters);
  }
}

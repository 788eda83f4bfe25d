package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A yes-or-no statement a learner record can declare, which gateway criteria can ask for. In JSON a
 * declaration is named as in the record's {@code declarations} object, such as
 * {@code "portfolioSubmitted"}.
 *
 * @since 0.1.0
 */
public enum Declaration {
  /** The apprentice has submitted the portfolio of evidence. */
  @JsonProperty("portfolioSubmitted")
  PORTFOLIO_SUBMITTED("portfolioSubmitted"),
  /** The employer confirms the apprentice is ready for the end-point assessment. */
  @JsonProperty("employerConfirmsReady")
  EMPLOYER_CONFIRMS_READY("employerConfirmsReady"),
  /** The scope of the observation, and its checklist, are agreed. */
  @JsonProperty("observationScopeAgreed")
  OBSERVATION_SCOPE_AGREED("observationScopeAgreed");

  private final String jsonName;

  Declaration(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Returns the name of the declaration in JSON.
   *
   * @return the name, such as {@code portfolioSubmitted}; not null
   */
  public String jsonName() {
    return jsonName;
  }
}

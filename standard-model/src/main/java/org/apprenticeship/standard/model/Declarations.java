package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The yes-or-no statements of a learner record that gateway criteria ask for. A declaration that is
 * absent counts as {@code false}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeclarations.class)
@JsonDeserialize(as = ImmutableDeclarations.class)
public abstract class Declarations implements WithDeclarations {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Declarations() {}

  /**
   * Whether the apprentice has submitted the portfolio of evidence.
   *
   * @return true when declared
   */
  @Value.Default
  public boolean portfolioSubmitted() {
    return false;
  }

  /**
   * Whether the employer confirms the apprentice is ready for the end-point assessment.
   *
   * @return true when declared
   */
  @Value.Default
  public boolean employerConfirmsReady() {
    return false;
  }

  /**
   * Whether the scope of the observation, and its checklist, are agreed.
   *
   * @return true when declared
   */
  @Value.Default
  public boolean observationScopeAgreed() {
    return false;
  }

  /**
   * Returns the value of one declaration.
   *
   * @param declaration the declaration; not null
   * @return true when declared
   */
  public boolean isDeclared(Declaration declaration) {
    switch (declaration) {
      case PORTFOLIO_SUBMITTED:
        return portfolioSubmitted();
      case EMPLOYER_CONFIRMS_READY:
        return employerConfirmsReady();
      case OBSERVATION_SCOPE_AGREED:
        return observationScopeAgreed();
      default:
        throw new IllegalArgumentException("unknown declaration " + declaration);
    }
  }

  /**
   * Returns the declarations with nothing declared.
   *
   * @return every declaration false; not null
   */
  public static Declarations none() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with every declaration false; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Declarations}. */
  public static final class Builder extends ImmutableDeclarations.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

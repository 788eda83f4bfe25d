package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apprenticeship.standard.model.CriterionKind;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * The outcome of one gateway criterion, with a reason a person can act on.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableCriterionResult.class)
public abstract class CriterionResult implements WithCriterionResult {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  CriterionResult() {}

  /**
   * The criterion's id, such as {@code english}.
   *
   * @return the id; not null
   */
  public abstract String id();

  /**
   * The outcome.
   *
   * @return the status; not null
   */
  public abstract CriterionStatus status();

  /**
   * Whether gateway needs the criterion.
   *
   * @return true when mandatory
   */
  public abstract boolean mandatory();

  /**
   * What the criterion asks for.
   *
   * @return the kind; not null
   */
  public abstract CriterionKind kind();

  /**
   * Why, in words, such as {@code "English: no Level 2 English recorded"}.
   *
   * @return the reason; not null
   */
  public abstract String reason();

  /**
   * The id of the funding rule that decided the outcome, such as {@code english-maths-under-19}.
   *
   * @return the rule id; empty when no funding rule decides this criterion
   */
  public abstract Optional<String> rule();

  /**
   * Returns a result.
   *
   * @param id the criterion's id; not null
   * @param kind what it asks for; not null
   * @param mandatory whether gateway needs it
   * @param status the outcome; not null
   * @param reason why; not null
   * @return the result, decided by no funding rule (see {@code withRule}); not null
   */
  public static CriterionResult of(String id, CriterionKind kind, boolean mandatory, CriterionStatus status, String reason) {
    return ImmutableCriterionResult.builder().id(id).kind(kind).mandatory(mandatory).status(status).reason(reason).build();
  }
}

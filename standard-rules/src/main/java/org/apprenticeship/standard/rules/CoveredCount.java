package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * How many KSBs of a group are covered: the KSBs of one type, or the KSBs one assessment method
 * assesses.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableCoveredCount.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class CoveredCount implements WithCoveredCount {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  CoveredCount() {}

  /**
   * The assessment method whose KSBs these are.
   *
   * @return the method id; empty for a group by type
   */
  public abstract Optional<String> method();

  /**
   * The type of the KSBs.
   *
   * @return the type; empty for a group by method
   */
  public abstract Optional<KsbType> type();

  /**
   * How many KSBs of the group are covered.
   *
   * @return the count
   */
  public abstract int covered();

  /**
   * How many KSBs the group has.
   *
   * @return the count
   */
  public abstract int total();

  /**
   * Returns the count for an assessment method.
   *
   * @param method the method id; not null
   * @param covered the KSBs covered
   * @param total the KSBs the method assesses
   * @return the count; not null
   */
  public static CoveredCount ofMethod(String method, int covered, int total) {
    return ImmutableCoveredCount.builder().method(method).covered(covered).total(total).build();
  }

  /**
   * Returns the count for a type of KSB.
   *
   * @param type the type; not null
   * @param covered the KSBs covered
   * @param total the KSBs of that type
   * @return the count; not null
   */
  public static CoveredCount ofType(KsbType type, int covered, int total) {
    return ImmutableCoveredCount.builder().type(type).covered(covered).total(total).build();
  }
}

package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * Whether the apprentice is ready for gateway, and if not, exactly what is missing.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableGatewayReport.class)
public abstract class GatewayReport implements WithGatewayReport {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  GatewayReport() {}

  /**
   * Whether the apprentice is ready: every mandatory criterion is {@link CriterionStatus#MET MET}
   * or {@link CriterionStatus#NOT_APPLICABLE NOT_APPLICABLE}.
   *
   * @return true when ready
   */
  public abstract boolean ready();

  /**
   * The date the criteria were judged as of: the gateway date when one is recorded (what held when
   * the apprentice passed gateway), else the as-of date.
   *
   * @return the date; not null
   */
  public abstract LocalDate judgedAt();

  /**
   * Every criterion of the standard, in the standard's order.
   *
   * @return the results; not null
   */
  public abstract List<CriterionResult> criteria();

  /**
   * Returns the mandatory criteria that stop gateway.
   *
   * @return the results that are mandatory and not met; not null
   */
  public List<CriterionResult> blocking() {
    return criteria().stream()
        .filter(c -> c.mandatory() && c.status() == CriterionStatus.NOT_MET)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the report for a list of criterion results.
   *
   * @param judgedAt the date the criteria were judged as of; not null
   * @param criteria the results; not null
   * @return the report, ready exactly when no mandatory criterion is not met; not null
   */
  public static GatewayReport of(LocalDate judgedAt, List<CriterionResult> criteria) {
    boolean ready = true;
    for (CriterionResult criterion : criteria) {
      ready &= !(criterion.mandatory() && criterion.status() == CriterionStatus.NOT_MET);
    }
    return ImmutableGatewayReport.builder().ready(ready).judgedAt(judgedAt).criteria(criteria).build();
  }
}

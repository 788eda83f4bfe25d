package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * How far the apprentice's evidence covers one KSB.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableKsbCoverage.class)
public abstract class KsbCoverage implements WithKsbCoverage {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  KsbCoverage() {}

  /**
   * The KSB's code.
   *
   * @return the code, such as {@code K9}; not null
   */
  public abstract String code();

  /**
   * Where the KSB stands.
   *
   * @return the status; not null
   */
  public abstract KsbStatus status();

  /**
   * How many accepted pieces of evidence map to the KSB.
   *
   * @return the count
   */
  public abstract int accepted();

  /**
   * How many submitted pieces of evidence, not yet reviewed, map to the KSB.
   *
   * @return the count
   */
  public abstract int pending();

  /**
   * The ids of the accepted evidence, in record order.
   *
   * @return the ids; not null
   */
  public abstract List<String> acceptedEvidence();

  /**
   * The ids of the submitted evidence, in record order.
   *
   * @return the ids; not null
   */
  public abstract List<String> pendingEvidence();

  /**
   * Returns a new builder.
   *
   * @return a builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KsbCoverage}. */
  public static final class Builder extends ImmutableKsbCoverage.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

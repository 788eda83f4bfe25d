package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * Which KSBs the apprentice's accepted evidence covers, which are missing, and whether coverage
 * keeps pace with time on programme.
 *
 * <p>Only {@code ACCEPTED} evidence dated on or before the as-of date counts towards coverage;
 * {@code SUBMITTED} evidence shows as pending; drafts and rejected evidence count for nothing.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableCoverageReport.class)
public abstract class CoverageReport implements WithCoverageReport {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  CoverageReport() {}

  /**
   * The share of the standard's KSBs that are covered.
   *
   * @return the percent, from 0 to 100, not rounded
   */
  public abstract double percent();

  /**
   * The share of the planned duration that has passed at the as-of date: the coverage expected
   * by then.
   *
   * @return the percent, from 0 to 100, not rounded
   */
  public abstract double expectedPercent();

  /**
   * Whether coverage keeps pace: green at or above the expected percent, amber within the policy's
   * margin below it, red further below.
   *
   * @return the status; not null
   */
  public abstract Rag rag();

  /**
   * The codes of the KSBs not covered, in standard order.
   *
   * @return the codes; not null
   */
  public abstract List<String> uncovered();

  /**
   * How many KSBs are covered.
   *
   * @return the count
   */
  public abstract int covered();

  /**
   * How many KSBs the standard has.
   *
   * @return the count
   */
  public abstract int total();

  /**
   * The least number of accepted pieces of evidence that covered a KSB (from the policy).
   *
   * @return the number
   */
  public abstract int minimumAccepted();

  /**
   * Every KSB, in standard order.
   *
   * @return the coverage of each KSB; not null
   */
  public abstract List<KsbCoverage> ksbs();

  /**
   * Covered and total KSBs of each type: knowledge, skills, behaviours.
   *
   * @return one count per type that the standard has; not null
   */
  public abstract List<CoveredCount> types();

  /**
   * Covered and total KSBs of each assessment method, in plan order.
   *
   * @return one count per method; empty when the standard has no assessment plan
   */
  public abstract List<CoveredCount> methods();

  /**
   * Returns a new builder.
   *
   * @return a builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoverageReport}. */
  public static final class Builder extends ImmutableCoverageReport.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

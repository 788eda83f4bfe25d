package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.rules.internal.ContractSerializer;
import org.immutables.value.Value;

/**
 * Everything the rules say about one apprentice as of a date: KSB coverage, off-the-job training,
 * gateway readiness, the grade and the EPA timeline, with the warnings found on the way.
 *
 * <p>Immutable and thread-safe. Any Jackson mapper writes it as the result document of its record in
 * the JSON contract (see {@link Evaluations}), and a mapper with the JDK 8 and Java time modules
 * (such as {@code LibraryJson.newMapper()} of {@code standard-data}) reads that document back.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(using = ContractSerializer.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
@JsonIgnoreProperties(value = "valid", allowGetters = true) // written, always true; ignored when read back
public abstract class Evaluation implements WithEvaluation {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Evaluation() {}

  /**
   * The learner's id, from the record.
   *
   * @return the id; not null
   */
  public abstract String learnerId();

  /**
   * The reference of the standard evaluated against.
   *
   * @return the reference, such as {@code ST0007}; not null
   */
  public abstract String standard();

  /**
   * The version of the standard evaluated against.
   *
   * @return the version, such as {@code 1.1}; not null
   */
  public abstract String version();

  /**
   * The version of the funding rules evaluated with, such as {@code 2026.11}.
   *
   * @return the version; not null
   */
  public abstract String fundingRulesVersion();

  /**
   * The date the evaluation is as of.
   *
   * @return the date; not null
   */
  public abstract LocalDate asOf();

  /**
   * KSB coverage.
   *
   * @return the report; not null
   */
  public abstract CoverageReport coverage();

  /**
   * Off-the-job training.
   *
   * @return the report; not null
   */
  public abstract OffTheJobReport offTheJob();

  /**
   * Gateway readiness.
   *
   * @return the report; not null
   */
  public abstract GatewayReport gateway();

  /**
   * The grade.
   *
   * @return the report; not null
   */
  public abstract GradeReport grade();

  /**
   * The EPA timeline.
   *
   * @return the timeline; not null
   */
  public abstract Timeline timeline();

  /**
   * The warnings about the record (an evaluated record has no errors), ordered by path.
   *
   * @return the findings; not null
   */
  public abstract List<Finding> findings();

  /**
   * Returns a new builder.
   *
   * @return a builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evaluation}. */
  public static final class Builder extends ImmutableEvaluation.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

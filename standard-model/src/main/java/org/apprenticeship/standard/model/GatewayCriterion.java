package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.immutables.value.Value;

/**
 * One thing that must be true before an apprentice passes gateway into the end-point assessment.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGatewayCriterion.class)
@JsonDeserialize(as = ImmutableGatewayCriterion.class)
public abstract class GatewayCriterion implements WithGatewayCriterion {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  GatewayCriterion() {}

  /**
   * The id, unique in a standard: lower-case words joined by hyphens, such as {@code english}.
   *
   * @return the id; not null
   */
  @Pattern(regexp = Patterns.SLUG, message = "must be an id in lower case with hyphens, such as off-the-job")
  public abstract String id();

  /**
   * The criterion in words.
   *
   * @return the statement; not null
   */
  @NotBlank
  public abstract String statement();

  /**
   * What the criterion asks for, which decides how it is checked.
   *
   * @return the kind; not null
   */
  public abstract CriterionKind kind();

  /**
   * Whether gateway needs this criterion met; a criterion that is not mandatory is reported but
   * does not stop gateway.
   *
   * @return true when mandatory
   */
  public abstract boolean mandatory();

  /**
   * The lowest level that meets a {@link CriterionKind#QUALIFICATION QUALIFICATION},
   * {@link CriterionKind#ENGLISH ENGLISH} or {@link CriterionKind#MATHS MATHS} criterion.
   *
   * @return the level, from 1 to 8; empty for other kinds
   */
  public abstract Optional<@Min(1) @Max(8) Integer> minimumLevel();

  /**
   * The title of the qualification a {@link CriterionKind#QUALIFICATION QUALIFICATION} criterion
   * asks for, such as {@code Level 4 Diploma in Adult Care}.
   *
   * @return the title; empty for other kinds, or when any qualification of the level will do
   */
  public abstract Optional<@NotBlankWhenPresent String> qualificationTitle();

  /**
   * The assessment method whose KSBs a {@link CriterionKind#PORTFOLIO PORTFOLIO} criterion needs
   * covered, such as {@code professional-discussion}, the method the portfolio underpins.
   *
   * @return the method id; empty for other kinds, or when the portfolio must cover every KSB
   */
  public abstract Optional<@Pattern(regexp = Patterns.SLUG, message = "must be a method id in lower case with hyphens, such as professional-discussion") String> method();

  /**
   * The declaration of the learner record that meets an {@link CriterionKind#OTHER OTHER}
   * criterion.
   *
   * @return the declaration; empty for other kinds
   */
  public abstract Optional<Declaration> declaration();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GatewayCriterion}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableGatewayCriterion.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

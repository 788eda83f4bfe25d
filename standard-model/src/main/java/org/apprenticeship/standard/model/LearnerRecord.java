package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.Patterns;
import org.immutables.value.Value;

/**
 * What is known about one apprentice on one standard: the input of the rules. It says when the
 * apprenticeship started and is planned to end, the off-the-job training logged, the qualifications
 * achieved, the evidence in the portfolio, the declarations made, and the end-point assessment so
 * far.
 *
 * <p>Immutable and thread-safe. Field constraints are checked by {@link ModelValidator}; the rules
 * that need the standard or a date to check against (evidence mapped to a KSB the standard lacks,
 * an achievement dated in the future) are checked by the {@code standard-rules} module.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLearnerRecord.class)
@JsonDeserialize(as = ImmutableLearnerRecord.class)
public abstract class LearnerRecord implements WithLearnerRecord {

  /**
   * The caller's id for the apprentice.
   *
   * @return the id; not null
   */
  @NotBlank
  @Size(max = 100)
  public abstract String learnerId();

  /**
   * The reference of the standard, such as {@code ST0007}.
   *
   * @return the reference; not null
   */
  @Pattern(regexp = Patterns.STANDARD_REFERENCE, message = "must be a standard reference: ST and four digits, such as ST0007")
  public abstract String standard();

  /**
   * The version of the standard the apprentice is on.
   *
   * @return the version; empty for the version in force on the {@linkplain #startDate() start date}
   */
  public abstract Optional<@Pattern(regexp = Version.PATTERN, message = "must be a version: whole numbers separated by dots, such as 1.1") String> version();

  /**
   * The day the apprenticeship started.
   *
   * @return the date; not null
   */
  public abstract LocalDate startDate();

  /**
   * The day the practical period is planned to end, before the end-point assessment.
   *
   * @return the date; not null
   */
  public abstract LocalDate plannedEndDate();

  /**
   * The hours a week the apprentice is contracted to work.
   *
   * @return the hours; positive, at most 168
   */
  @Positive
  @DecimalMax("168")
  public abstract double contractedHoursPerWeek();

  /**
   * The hours of off-the-job training that recognised prior learning takes off the minimum.
   *
   * @return the hours; from 0 to 10,000
   */
  @Value.Default
  @PositiveOrZero
  @DecimalMax("10000")
  public double priorLearningReductionHours() {
    return 0;
  }

  /**
   * The off-the-job training logged, in the caller's order.
   *
   * @return the entries; may be empty
   */
  public abstract List<@Valid OffTheJobEntry> offTheJob();

  /**
   * The qualifications achieved, in the caller's order.
   *
   * @return the achievements; may be empty
   */
  public abstract List<@Valid Achievement> achievements();

  /**
   * The evidence in the portfolio, in the caller's order.
   *
   * @return the evidence; may be empty
   */
  public abstract List<@Valid Evidence> evidence();

  /**
   * The declarations; one that is absent counts as false.
   *
   * @return the declarations; not null
   */
  @Value.Default
  @Valid
  public Declarations declarations() {
    return Declarations.none();
  }

  /**
   * The end-point assessment so far.
   *
   * @return the EPA record; empty before gateway
   */
  public abstract Optional<@Valid EpaRecord> epa();

  /**
   * Data of the caller's own, which the library keeps but does not read.
   *
   * @return the extensions, by name; may be empty (and then left out of the JSON)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, JsonNode> extensions();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LearnerRecord}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableLearnerRecord.Builder {}
}

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.JsonValues;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.PlausibleDate;
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

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  LearnerRecord() {}

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
   * The apprentice's date of birth, which gives their age on the {@linkplain #startDate() start
   * date}: the funding rules decide by it whether Level 2 English and maths are required.
   *
   * @return the date; empty when not recorded (the rules then never assume an age)
   */
  public abstract Optional<@PlausibleDate(PlausibleDate.Span.LIFE) LocalDate> dateOfBirth();

  /**
   * The day the apprenticeship started.
   *
   * @return the date; not null
   */
  @PlausibleDate
  public abstract LocalDate startDate();

  /**
   * The day the practical period is planned to end, before the end-point assessment: the plan as
   * re-set after any {@linkplain #breaks() breaks in learning}.
   *
   * @return the date; not null
   */
  @PlausibleDate
  public abstract LocalDate plannedEndDate();

  /**
   * The hours a week the apprentice is contracted to work, exactly as written ({@code 37.50} stays
   * {@code 37.50}).
   *
   * @return the hours; positive, at most 168; not null
   */
  @Positive
  @DecimalMax("168")
  public abstract BigDecimal contractedHoursPerWeek();

  /**
   * The hours of off-the-job training that recognised prior learning takes off the minimum, where
   * the funding rules of the start date allow it (from 1 August 2025); before then prior learning
   * shortens the planned duration instead, and the rules say so.
   *
   * @return the hours, exactly as written; from 0 to 10,000; not null
   */
  @Value.Default
  @PositiveOrZero
  @DecimalMax("10000")
  public BigDecimal priorLearningReductionHours() {
    return BigDecimal.ZERO;
  }

  /**
   * The breaks in learning, in the caller's order: each from its first to its last day, both
   * included. They may not overlap, start before the start date or end after the planned end date.
   *
   * @return the breaks; may be empty
   */
  public abstract List<@Valid BreakInLearning> breaks();

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
   * <p>Held immutably: an object or array here cannot be changed (each way of changing it throws
   * {@code UnsupportedOperationException}; {@code deepCopy()} gives a copy that can), a value given
   * to the builder is copied, and numbers are kept, and written, exactly as read ({@code 1.10},
   * {@code 1E+2}, {@code 1e400} stay what they are).
   *
   * @return the extensions, by name; may be empty (and then left out of the JSON)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(contentUsing = JsonValues.ExactSerializer.class)
  public abstract Map<String, JsonNode> extensions();

  /** Holds the extensions frozen (see {@link #extensions()}): a value given to the builder is copied. */
  @Value.Check
  LearnerRecord frozenExtensions() {
    return JsonValues.areFrozen(extensions()) ? this : withExtensions(JsonValues.frozen(extensions()));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LearnerRecord}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableLearnerRecord.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.JsonValues;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.PlausibleDate;
import org.immutables.value.Value;

/**
 * The grade of one attempt at one end-point assessment method. An attempt above 1 is a resit or a
 * retake ({@link #kind()} says which); when a method has several attempts, the latest that counts
 * decides (an attempt after a pass does not count).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMethodResult.class)
@JsonDeserialize(as = ImmutableMethodResult.class)
public abstract class MethodResult implements WithMethodResult {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  MethodResult() {}

  /**
   * The id of the method, as in the standard's assessment plan, such as {@code observation}.
   *
   * @return the method id; not null
   */
  @Pattern(regexp = Patterns.SLUG, message = "must be a method id in lower case with hyphens, such as professional-discussion")
  public abstract String method();

  /**
   * The grade awarded, one the method can award.
   *
   * @return the grade code, such as {@code PASS}; not null
   */
  @Pattern(regexp = Patterns.GRADE, message = "must be a grade code in capitals, such as PASS")
  public abstract String grade();

  /**
   * The day of the result.
   *
   * @return the date; not null
   */
  @PlausibleDate
  public abstract LocalDate date();

  /**
   * Which attempt this is: 1 for the first, above 1 for a resit or retake.
   *
   * @return the attempt, from 1
   */
  @Value.Default
  @Min(1)
  @Max(99)
  public int attempt() {
    return 1;
  }

  /**
   * Whether a later attempt is a resit (without further training) or a retake (after further
   * training).
   *
   * @return the kind; empty when not recorded, and for a first attempt
   */
  public abstract Optional<AttemptKind> kind();

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
  MethodResult frozenExtensions() {
    return JsonValues.areFrozen(extensions()) ? this : withExtensions(JsonValues.frozen(extensions()));
  }

  /**
   * Returns a first-attempt result without extensions.
   *
   * @param method the method id; not null
   * @param grade the grade code; not null
   * @param date the day of the result; not null
   * @return the result; not null
   * @throws NullPointerException if an argument is null
   */
  public static MethodResult of(String method, String grade, LocalDate date) {
    return builder().method(method).grade(grade).date(date).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MethodResult}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableMethodResult.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.JsonValues;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.apprenticeship.standard.model.internal.PlausibleDate;
import org.immutables.value.Value;

/**
 * A break in learning: an agreed pause in the apprenticeship (illness, parental leave, personal
 * reasons) after which the apprentice returns to the same apprenticeship. Time on a break counts
 * neither towards the minimum duration nor towards the off-the-job minimum, and the planned end
 * date moves out by the break.
 *
 * <p>{@link #from()} and {@link #to()} are the first and the last day of the break, both included.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBreakInLearning.class)
@JsonDeserialize(as = ImmutableBreakInLearning.class)
public abstract class BreakInLearning implements WithBreakInLearning {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  BreakInLearning() {}

  /**
   * The first day of the break.
   *
   * @return the date; not null
   */
  @PlausibleDate
  public abstract LocalDate from();

  /**
   * The last day of the break, included in it.
   *
   * @return the date, on or after {@link #from()} in a valid record; not null
   */
  @PlausibleDate
  public abstract LocalDate to();

  /**
   * Why the apprentice paused, such as {@code Parental leave}.
   *
   * @return the reason; empty when not recorded
   */
  public abstract Optional<@NotBlankWhenPresent String> reason();

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
  BreakInLearning frozenExtensions() {
    return JsonValues.areFrozen(extensions()) ? this : withExtensions(JsonValues.frozen(extensions()));
  }

  /**
   * Returns the number of days of the break, both ends included: 1 for a break of one day.
   *
   * @return the days; 0 or less when {@link #to()} is before {@link #from()}
   */
  public long days() {
    return ChronoUnit.DAYS.between(from(), to()) + 1;
  }

  /**
   * Tells whether a day falls within the break, both ends included.
   *
   * @param day the day; not null
   * @return true when {@code from <= day <= to}
   * @throws NullPointerException if {@code day} is null
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  /**
   * Returns a break without a reason or extensions.
   *
   * @param from the first day; not null
   * @param to the last day, included; not null
   * @return the break; not null
   * @throws NullPointerException if an argument is null
   */
  public static BreakInLearning of(LocalDate from, LocalDate to) {
    return builder().from(from).to(to).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BreakInLearning}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableBreakInLearning.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

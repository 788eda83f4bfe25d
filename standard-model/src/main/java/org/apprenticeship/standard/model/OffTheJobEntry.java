package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apprenticeship.standard.model.internal.JsonValues;
import org.apprenticeship.standard.model.internal.PlausibleDate;
import org.immutables.value.Value;

/**
 * Off-the-job training logged on one day: training during paid hours, away from the apprentice's
 * normal work, towards the KSBs of the standard.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOffTheJobEntry.class)
@JsonDeserialize(as = ImmutableOffTheJobEntry.class)
public abstract class OffTheJobEntry implements WithOffTheJobEntry {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  OffTheJobEntry() {}

  /**
   * The day of the training.
   *
   * @return the date; not null
   */
  @PlausibleDate
  public abstract LocalDate date();

  /**
   * The hours of training, exactly as written ({@code 0.1} is one tenth, not the nearest binary
   * fraction); the hours of one day, over all entries, may not exceed 24.
   *
   * @return the hours; positive, at most 24; not null
   */
  @Positive
  @DecimalMax("24")
  public abstract BigDecimal hours();

  /**
   * What the training was.
   *
   * @return the activity; not null
   */
  @NotBlank
  public abstract String activity();

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
  OffTheJobEntry frozenExtensions() {
    return JsonValues.areFrozen(extensions()) ? this : withExtensions(JsonValues.frozen(extensions()));
  }

  /**
   * Returns an entry without extensions.
   *
   * @param date the day; not null
   * @param hours the hours; not null
   * @param activity what the training was; not null
   * @return the entry; not null
   * @throws NullPointerException if an argument is null
   */
  public static OffTheJobEntry of(LocalDate date, BigDecimal hours, String activity) {
    return builder().date(date).hours(hours).activity(activity).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OffTheJobEntry}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableOffTheJobEntry.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

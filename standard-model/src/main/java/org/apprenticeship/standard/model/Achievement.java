package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.JsonValues;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.apprenticeship.standard.model.internal.PlausibleDate;
import org.immutables.value.Value;

/**
 * A qualification the apprentice has achieved, during the apprenticeship or before it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAchievement.class)
@JsonDeserialize(as = ImmutableAchievement.class)
public abstract class Achievement implements WithAchievement {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Achievement() {}

  /**
   * What kind of qualification it is.
   *
   * @return the kind; not null
   */
  public abstract AchievementKind kind();

  /**
   * The title of the qualification, such as {@code Level 4 Diploma in Adult Care}.
   *
   * @return the title; empty when not recorded
   */
  public abstract Optional<@NotBlankWhenPresent String> title();

  /**
   * The level of the qualification, from 1 to 8.
   *
   * @return the level; empty when not recorded
   */
  public abstract Optional<@Min(1) @Max(8) Integer> level();

  /**
   * The day it was achieved.
   *
   * @return the date; not null
   */
  @PlausibleDate(PlausibleDate.Span.LIFE)
  public abstract LocalDate achievedOn();

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
  Achievement frozenExtensions() {
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

  /** Builds an {@link Achievement}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableAchievement.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

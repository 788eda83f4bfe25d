package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.immutables.value.Value;

/**
 * The occupation a standard trains for, as the occupational map describes it: the job, not the
 * apprenticeship.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOccupation.class)
@JsonDeserialize(as = ImmutableOccupation.class)
public abstract class Occupation implements WithOccupation {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Occupation() {}

  /**
   * The reference: {@code OCC} and four digits, such as {@code OCC0007}.
   *
   * @return the reference; not null
   */
  @Pattern(regexp = Patterns.OCCUPATION_REFERENCE, message = "must be an occupation reference: OCC and four digits, such as OCC0007")
  public abstract String reference();

  /**
   * The title of the occupation.
   *
   * @return the title; not null
   */
  @NotBlank
  public abstract String title();

  /**
   * The level, from 2 to 7.
   *
   * @return the level
   */
  @Min(2)
  @Max(7)
  public abstract int level();

  /**
   * The route (the group of related occupations), such as {@code Care services}.
   *
   * @return the route; not null
   */
  @NotBlank
  public abstract String route();

  /**
   * The status on the occupational map, such as {@code Approved occupation}.
   *
   * @return the status; not null
   */
  @NotBlank
  public abstract String status();

  /**
   * The one-line summary of the occupation.
   *
   * @return the summary; not null
   */
  @NotBlank
  public abstract String summary();

  /**
   * The longer description of the occupation.
   *
   * @return the description; empty when not published
   */
  public abstract Optional<@NotBlankWhenPresent String> description();

  /**
   * The SOC 2020 unit group of the occupation.
   *
   * @return the group; empty when not published
   */
  public abstract Optional<@Valid SocGroup> soc2020();

  /**
   * The SOC 2020 sub-unit groups of the occupation, in the published order.
   *
   * @return the groups; may be empty
   */
  public abstract List<@Valid SocGroup> socSubUnitGroups();

  /**
   * Typical job titles, in the published order.
   *
   * @return the titles; may be empty
   */
  public abstract List<@NotBlank String> typicalJobTitles();

  /**
   * Keywords, in the published order.
   *
   * @return the keywords; may be empty
   */
  public abstract List<@NotBlank String> keywords();

  /**
   * The employers involved in creating the standard, in the published order.
   *
   * @return the employers; may be empty
   */
  public abstract List<@NotBlank String> employers();

  /**
   * The published median salary, with the day it was read.
   *
   * @return the salary; empty when not published
   */
  public abstract Optional<@Valid Salary> medianSalary();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Occupation}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableOccupation.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

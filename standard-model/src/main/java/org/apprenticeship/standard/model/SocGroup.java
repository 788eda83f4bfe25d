package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.apprenticeship.standard.model.internal.Patterns;
import org.immutables.value.Value;

/**
 * A group of the Standard Occupational Classification 2020 (SOC 2020): a unit group such as
 * {@code 6136 Senior care workers}, or a sub-unit group such as {@code 6136/99}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSocGroup.class)
@JsonDeserialize(as = ImmutableSocGroup.class)
public abstract class SocGroup implements WithSocGroup {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  SocGroup() {}

  /**
   * The code: four digits for a unit group, with {@code /} and two more for a sub-unit group.
   *
   * @return the code; not null
   */
  @Pattern(regexp = Patterns.SOC_CODE, message = "must be a SOC 2020 code such as 6136 or 6136/99")
  public abstract String code();

  /**
   * The name of the group.
   *
   * @return the name; not null
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns a group.
   *
   * @param code the code; not null
   * @param name the name; not null
   * @return the group; not null
   * @throws NullPointerException if an argument is null
   */
  public static SocGroup of(String code, String name) {
    return ImmutableSocGroup.builder().code(code).name(name).build();
  }
}

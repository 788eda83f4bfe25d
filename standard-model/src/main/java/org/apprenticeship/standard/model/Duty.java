package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.immutables.value.Value;

/**
 * One duty of a new-template standard: a task the occupation carries out, with the KSBs it needs.
 * Old-template standards, ST0007 among them, have no duties.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDuty.class)
@JsonDeserialize(as = ImmutableDuty.class)
public abstract class Duty implements WithDuty {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Duty() {}

  /**
   * The code, unique in a standard: {@code D} and a number, such as {@code D1}.
   *
   * @return the code; not null
   */
  @Pattern(regexp = Patterns.DUTY_CODE, message = "must be a duty code: D followed by a number from 1, such as D1")
  public abstract String code();

  /**
   * The statement of the duty, as published.
   *
   * @return the statement; not null
   */
  @NotBlank
  public abstract String statement();

  /**
   * Whether every apprentice carries out this duty (a core duty) rather than only those on some
   * {@linkplain StandardOption options}.
   *
   * @return true for a core duty
   */
  public abstract boolean core();

  /**
   * The codes of the KSBs the duty needs, each a KSB of the same standard.
   *
   * @return the KSB codes, in the publisher's order; may be empty
   */
  public abstract List<@Pattern(regexp = Patterns.KSB_CODE, message = "must be a KSB code such as K1") String> ksbs();

  /**
   * The ids of the options this duty belongs to, each an option of the same standard.
   *
   * @return the option ids; empty for a core duty
   */
  public abstract List<@NotBlank String> options();

  /**
   * The identifier the publisher gives the duty (a GUID in the public standards API).
   *
   * @return the identifier; empty when unknown
   */
  public abstract Optional<@NotBlankWhenPresent String> guid();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Duty}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableDuty.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

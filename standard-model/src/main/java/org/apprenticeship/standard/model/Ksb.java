package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.immutables.value.Value;

/**
 * One knowledge, skill or behaviour (KSB) statement of a standard: what an apprentice must know,
 * be able to do, or how they must act, by the end of the apprenticeship.
 *
 * <p>The {@linkplain #type() type} is the first letter of the {@linkplain #code() code}, so it is
 * not stored separately. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKsb.class)
@JsonDeserialize(as = ImmutableKsb.class)
public abstract class Ksb implements WithKsb {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Ksb() {}

  /**
   * The code, unique in a standard: a type letter and a number, such as {@code K1} or {@code S12}.
   *
   * @return the code; not null
   */
  @Pattern(regexp = Patterns.KSB_CODE, message = "must be a KSB code: K, S or B followed by a number from 1, such as K1")
  public abstract String code();

  /**
   * The statement, exactly as published.
   *
   * @return the statement; not null
   */
  @NotBlank
  public abstract String statement();

  /**
   * The theme the KSB belongs to, such as {@code Safeguarding}; themes group KSBs for people and do
   * not change any rule.
   *
   * @return the theme; empty when the standard does not group its KSBs
   */
  public abstract Optional<@NotBlankWhenPresent String> theme();

  /**
   * The identifier the publisher gives the statement (a GUID in the public standards API), which
   * stays the same when a new version renumbers the codes.
   *
   * @return the identifier; empty when unknown
   */
  public abstract Optional<@NotBlankWhenPresent String> guid();

  /**
   * Returns the type, from the first letter of the code.
   *
   * @return the type; not null
   * @throws IllegalArgumentException if the code does not start with K, S or B (an invalid KSB)
   */
  public KsbType type() {
    return KsbType.ofCode(code());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a KSB with a code and a statement, without theme or identifier.
   *
   * @param code the code, such as {@code K1}; not null
   * @param statement the statement; not null
   * @return the KSB; not null
   * @throws NullPointerException if an argument is null
   */
  public static Ksb of(String code, String statement) {
    return builder().code(code).statement(statement).build();
  }

  /** Builds a {@link Ksb}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableKsb.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

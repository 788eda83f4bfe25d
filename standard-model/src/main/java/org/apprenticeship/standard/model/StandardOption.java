package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * One option of a standard with core and options: a specialism an apprentice follows on top of the
 * core duties.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStandardOption.class)
@JsonDeserialize(as = ImmutableStandardOption.class)
public abstract class StandardOption implements WithStandardOption {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  StandardOption() {}

  /**
   * The id, unique in a standard (a GUID in the public standards API).
   *
   * @return the id; not null
   */
  @NotBlank
  public abstract String id();

  /**
   * The title of the option.
   *
   * @return the title; not null
   */
  @NotBlank
  public abstract String title();

  /**
   * Returns an option.
   *
   * @param id the id; not null
   * @param title the title; not null
   * @return the option; not null
   * @throws NullPointerException if an argument is null
   */
  public static StandardOption of(String id, String title) {
    return builder().id(id).title(title).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StandardOption}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableStandardOption.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

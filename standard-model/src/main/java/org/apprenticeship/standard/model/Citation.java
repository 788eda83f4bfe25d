package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.immutables.value.Value;

/**
 * Ties the facts at a path in a standard to the {@linkplain Source sources} they come from.
 *
 * <p>A path starts with {@code $} (the standard) and names properties as in the library's JSON
 * format ({@code $.assessmentPlan.epaPeriod}). A list is entered with a selector: {@code [*]} for
 * every item, or {@code [KEY]} for the item whose {@code code} or {@code id} is KEY
 * ({@code $.ksbs[K6].theme}, {@code $.assessmentPlan.methods[observation].durationMinutes}). A
 * citation covers the node at its path and everything beneath it; where several cover a fact, the
 * most specific (longest, then the one with fewer wildcards) applies. See
 * {@link Standard#citationFor(String)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation implements WithCitation {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Citation() {}

  /**
   * The path of the facts cited.
   *
   * @return the path, such as {@code $.ksbs[*].statement}; not null
   */
  @Pattern(regexp = Patterns.CITATION_PATH, message = "must be a citation path such as $.ksbs[K6].theme or $.ksbs[*].statement")
  public abstract String path();

  /**
   * The ids of the sources of these facts, strongest first.
   *
   * @return the source ids; not empty
   */
  @NotEmpty
  public abstract List<@Pattern(regexp = Patterns.SOURCE_ID, message = "must be a source id such as P1") String> sources();

  /**
   * What a reader should know about these facts, such as a figure that another source gives
   * differently.
   *
   * @return the note; empty when there is nothing to add
   */
  public abstract Optional<@NotBlankWhenPresent String> note();

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Cites facts from sources.
   *
   * @param path the path of the facts; not null
   * @param sources the source ids; not null
   * @return the citation; not null
   * @throws NullPointerException if an argument is null
   */
  public static Citation of(String path, String... sources) {
    return builder().path(path).addSources(sources).build();
  }

  /** Builds a {@link Citation}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableCitation.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

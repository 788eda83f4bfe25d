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
 * Where facts of a standard come from: a page that was read, or an assumption that was made where
 * no page could be read. {@linkplain Citation Citations} tie facts to sources by their
 * {@linkplain #id() id}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source implements WithSource {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Source() {}

  /**
   * The id that citations use, unique in a standard, such as {@code P1}.
   *
   * @return the id; not null
   */
  @Pattern(regexp = Patterns.SOURCE_ID, message = "must be a source id: a letter, then letters, digits, - or _, such as P1")
  public abstract String id();

  /**
   * The title of the page or, for an assumption, what is assumed.
   *
   * @return the title; not null
   */
  @NotBlank
  public abstract String title();

  /**
   * The address of the page, or the name of the file that holds a copy of it.
   *
   * @return the address; empty for an assumption that rests on no single page
   */
  public abstract Optional<@NotBlankWhenPresent String> url();

  /**
   * When the page was read: an ISO 8601 date to the month ({@code 2026-11}) or to the day.
   *
   * @return the date; empty for an assumption, or when unknown
   */
  public abstract Optional<@Pattern(regexp = Patterns.MONTH_OR_DATE, message = "must be a date to the month or the day, such as 2026-11 or 2026-11-23") String> dateRead();

  /**
   * How far facts from this source can be trusted.
   *
   * @return the status; not null
   */
  public abstract SourceStatus status();

  /**
   * What a reader should know: for an {@link SourceStatus#ASSUMED ASSUMED} source, what the
   * assumption rests on.
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

  /** Builds a {@link Source}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableSource.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

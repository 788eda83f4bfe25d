package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apprenticeship.standard.model.internal.JsonValues;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.PlausibleDate;
import org.immutables.value.Value;

/**
 * One piece of evidence in the apprentice's portfolio, mapped to the KSBs it shows.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public abstract class Evidence implements WithEvidence {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Evidence() {}

  /**
   * The id, unique in a learner record.
   *
   * @return the id; not null
   */
  @NotBlank
  @Size(max = 100)
  public abstract String id();

  /**
   * The title.
   *
   * @return the title; not null
   */
  @NotBlank
  public abstract String title();

  /**
   * The day of the evidence.
   *
   * @return the date; not null
   */
  @PlausibleDate
  public abstract LocalDate date();

  /**
   * The codes of the KSBs the evidence shows, each a KSB of the learner's standard.
   *
   * @return the KSB codes; may be empty
   */
  public abstract List<@Pattern(regexp = Patterns.KSB_CODE, message = "must be a KSB code: K, S or B followed by a number from 1, such as K1") String> ksbs();

  /**
   * Where the evidence stands in review.
   *
   * @return the status; not null
   */
  public abstract EvidenceStatus status();

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
  Evidence frozenExtensions() {
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

  /** Builds an {@link Evidence}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableEvidence.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

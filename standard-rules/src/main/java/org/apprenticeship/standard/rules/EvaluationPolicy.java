package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.DateRanges;
import org.immutables.value.Value;

/**
 * The choices a caller makes for an evaluation, where the rules leave room: how much evidence
 * covers a KSB, the amber margin, the published off-the-job minimum where the data lacks it (by start date), how
 * hours are rounded, and which gateway criteria do not apply to the apprentice.
 *
 * <p>Immutable and thread-safe. {@link #defaults()} is a policy with every default.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluationPolicy.class)
@JsonDeserialize(as = ImmutableEvaluationPolicy.class)
public abstract class EvaluationPolicy implements WithEvaluationPolicy {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  EvaluationPolicy() {}

  /**
   * The least number of accepted pieces of evidence that covers a KSB.
   *
   * @return the number, at least 1; default 1
   */
  @Value.Default
  public int minimumAcceptedEvidence() {
    return 1;
  }

  /**
   * How many percentage points below the expected coverage still count as amber rather than red.
   *
   * @return the margin, 0 or more; default 10
   */
  @Value.Default
  public double amberMarginPercent() {
    return 10;
  }

  /**
   * The minimum off-the-job hours published for the standard being evaluated (the 2025-26 funding
   * rules, Annex C), which the funding rules need for apprentices who started from 1 August 2025:
   * one figure for every start, or figures for ranges of start dates where the published figure
   * depends on the start month (a lower transitional figure for starts from August to December
   * 2025, for some standards). The bundled data does not carry the figure for ST0007, and the
   * library never guesses it.
   *
   * @return the figures, whose ranges of start dates do not overlap; default empty, in which case
   *     that minimum is reported as unknown
   */
  public abstract List<PublishedMinimum> publishedOffTheJobMinimums();

  /**
   * Returns the published off-the-job minimum for an apprentice who started on a date.
   *
   * @param startDate the start date; not null
   * @return the figure whose range covers the date; empty when none does
   */
  public Optional<PublishedMinimum> publishedOffTheJobMinimumFor(LocalDate startDate) {
    return publishedOffTheJobMinimums().stream().filter(m -> m.covers(startDate)).findFirst();
  }

  /**
   * How the minimum off-the-job hours are rounded.
   *
   * @return the rounding; default {@link Rounding#EXACT}
   */
  @Value.Default
  public Rounding offTheJobRounding() {
    return Rounding.EXACT;
  }

  /**
   * The ids of gateway criteria that do not apply to the apprentice, such as {@code maths} for an
   * apprentice exempt from it; they are reported {@link CriterionStatus#NOT_APPLICABLE} and do not
   * stop gateway.
   *
   * @return the criterion ids; default empty
   */
  public abstract List<String> notApplicableCriteria();

  @Value.Check
  void check() {
    if (minimumAcceptedEvidence() < 1) {
      throw new IllegalArgumentException("minimumAcceptedEvidence must be at least 1, not " + minimumAcceptedEvidence());
    }
    if (!(amberMarginPercent() >= 0 && amberMarginPercent() <= 100)) {
      throw new IllegalArgumentException("amberMarginPercent must be from 0 to 100, not " + amberMarginPercent());
    }
    List<PublishedMinimum> published = publishedOffTheJobMinimums();
    for (int i = 0; i < published.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (overlap(published.get(i), published.get(j))) {
          throw new IllegalArgumentException("publishedOffTheJobMinimums " + j + " and " + i + " are for the same start dates;"
              + " the ranges of start dates must not overlap");
        }
      }
    }
  }

  private static boolean overlap(PublishedMinimum a, PublishedMinimum b) {
    return DateRanges.overlap(a.firstStart(), a.lastStart(), b.firstStart(), b.lastStart());
  }

  /**
   * Returns the policy with every default.
   *
   * @return the default policy; not null
   */
  public static EvaluationPolicy defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder, with every default.
   *
   * @return a builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link EvaluationPolicy}; {@code build()} throws {@link IllegalArgumentException} for
   * a value out of range.
   */
  public static final class Builder extends ImmutableEvaluationPolicy.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

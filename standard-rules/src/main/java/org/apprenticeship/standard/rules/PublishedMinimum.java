package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The minimum off-the-job hours published for the standard being evaluated, for apprentices who
 * started within a range of dates. From 1 August 2025 the funding rules publish one figure per
 * standard (Annex C), and for some standards a lower transitional figure for starts from August to
 * December 2025, so a policy may hold one figure for every start or several for ranges of start
 * dates.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublishedMinimum.class)
@JsonDeserialize(as = ImmutablePublishedMinimum.class)
public abstract class PublishedMinimum implements WithPublishedMinimum {
  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  PublishedMinimum() {}

  /**
   * The hours, exactly as given.
   *
   * @return the hours, from 0 to 100,000; not null
   */
  public abstract BigDecimal hours();

  /**
   * The first start date the figure is for.
   *
   * @return the date; empty for every start up to {@link #lastStart()}
   */
  public abstract Optional<LocalDate> firstStart();

  /**
   * The last start date the figure is for, included.
   *
   * @return the date; empty for every start from {@link #firstStart()}
   */
  public abstract Optional<LocalDate> lastStart();

  /**
   * Tells whether the figure is for an apprentice who started on a date.
   *
   * @param startDate the start date; not null
   * @return true when the date is within the figure's range, both ends included
   */
  public boolean covers(LocalDate startDate) {
    Objects.requireNonNull(startDate, "startDate");
    return firstStart().map(first -> !startDate.isBefore(first)).orElse(true)
        && lastStart().map(last -> !startDate.isAfter(last)).orElse(true);
  }

  @Value.Check
  void check() {
    if (hours().signum() < 0 || hours().compareTo(BigDecimal.valueOf(100_000)) >= 0) {
      throw new IllegalArgumentException("a published off-the-job minimum must be from 0 to 100,000 hours, not " + hours().toPlainString());
    }
    if (firstStart().isPresent() && lastStart().isPresent() && lastStart().get().isBefore(firstStart().get())) {
      throw new IllegalArgumentException("the last start date " + lastStart().get() + " of a published minimum is before its first "
          + firstStart().get());
    }
  }

  /**
   * Returns a figure for every start.
   *
   * @param hours the hours; not null
   * @return the figure; not null
   * @throws IllegalArgumentException if the hours are below 0 or 100,000 or more
   */
  public static PublishedMinimum of(BigDecimal hours) {
    return ImmutablePublishedMinimum.builder().hours(hours).build();
  }

  /**
   * Returns a figure for the apprentices who started within a range of dates.
   *
   * @param firstStart the first start date; empty for no lower bound; not null
   * @param lastStart the last start date, included; empty for no upper bound; not null
   * @param hours the hours; not null
   * @return the figure; not null
   * @throws IllegalArgumentException if the hours are below 0 or 100,000 or more, or the range ends before it begins
   */
  public static PublishedMinimum forStarts(Optional<LocalDate> firstStart, Optional<LocalDate> lastStart, BigDecimal hours) {
    return ImmutablePublishedMinimum.builder().hours(hours).firstStart(firstStart).lastStart(lastStart).build();
  }
}

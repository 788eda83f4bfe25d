package org.apprenticeship.standard.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.apprenticeship.standard.model.internal.Patterns;
import org.immutables.value.Value;

/**
 * One apprenticeship funding rule, such as "from 1 August 2022 the off-the-job minimum is 6 hours a
 * week": a {@linkplain #kind() kind} of calculation with its {@linkplain #parameters() figures},
 * the dates it applies on, the date that decides them ({@linkplain #appliesBy() start date or event
 * date}), and where it comes from.
 *
 * <p>The Department for Education changes the funding rules every academic year (from 1 August),
 * so a rule applies from a first day to a last day, both included; either end may be open.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingRule.class)
@JsonDeserialize(as = ImmutableFundingRule.class)
public abstract class FundingRule implements WithFundingRule {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  FundingRule() {}

  /**
   * The id, unique in a rule set: lower-case words joined by hyphens, such as {@code otj-6-hours-a-week}.
   *
   * @return the id; not null
   */
  @Pattern(regexp = Patterns.SLUG, message = "must be an id in lower case with hyphens, such as otj-6-hours-a-week")
  public abstract String id();

  /**
   * The calculation the rule stands for, which decides the parameters it needs.
   *
   * @return the kind; not null
   */
  public abstract FundingRuleKind kind();

  /**
   * The date that decides whether the rule applies: the start date, or the date of the event.
   *
   * @return the basis; not null
   */
  public abstract AppliesBy appliesBy();

  /**
   * The first day the rule applies on (a start date or an event date, as {@link #appliesBy()} says).
   *
   * @return the date; empty when the rule applies from the beginning
   */
  public abstract Optional<LocalDate> from();

  /**
   * The last day the rule applies on, included.
   *
   * @return the date; empty while the rule has no end
   */
  public abstract Optional<LocalDate> to();

  /**
   * The rule in words, for a person.
   *
   * @return the statement; not null
   */
  @NotBlank
  public abstract String statement();

  /**
   * The figures of the rule.
   *
   * @return the parameters; not null (empty for a kind that needs none)
   */
  @Value.Default
  @Valid
  public FundingParameters parameters() {
    return FundingParameters.none();
  }

  /**
   * The ids of the sources of the rule, each a source of the rule set.
   *
   * @return the source ids; at least one
   */
  @NotEmpty
  public abstract List<@Pattern(regexp = Patterns.SOURCE_ID, message = "must be a source id: a letter, then letters, digits, - or _, such as O3") String> sources();

  /**
   * How far the rule can be trusted: {@code CONFIRMED} when official text was read (the Department
   * for Education, gov.uk, the ILR specification), {@code SECONDARY} when a provider or the trade
   * press restates it, {@code ASSUMED} where the sources are silent or disagree ({@link #note()}
   * says why). It may not be stronger than the strongest of its sources.
   *
   * @return the status; not null
   */
  public abstract SourceStatus status();

  /**
   * What a reader should know, such as the reason for an assumption.
   *
   * @return the note; empty when there is nothing to add
   */
  public abstract Optional<@NotBlankWhenPresent String> note();

  /**
   * Tells whether the rule applies on a date: from its first to its last day, both included.
   *
   * @param date the start date or event date, as {@link #appliesBy()} says; not null
   * @return true when the rule applies on the date
   * @throws NullPointerException if {@code date} is null
   */
  public boolean appliesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return from().map(first -> !date.isBefore(first)).orElse(true) && to().map(last -> !date.isAfter(last)).orElse(true);
  }

  /**
   * Returns the dates of the rule in words, such as {@code starts from 2022-08-01 to 2025-07-31}.
   *
   * @return the dates; not null
   */
  public String dates() {
    String what = appliesBy() == AppliesBy.START_DATE ? "starts" : "events";
    if (from().isEmpty() && to().isEmpty()) {
      return "all " + what;
    }
    if (from().isEmpty()) {
      return what + " to " + to().get();
    }
    return what + " from " + from().get() + to().map(last -> " to " + last).orElse("");
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingRule}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableFundingRule.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

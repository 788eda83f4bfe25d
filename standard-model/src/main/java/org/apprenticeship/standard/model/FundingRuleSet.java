package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.internal.FundingRulesStructure;
import org.immutables.value.Value;

/**
 * A versioned, sourced set of apprenticeship funding rules: the rules that decide the off-the-job
 * minimum, the minimum duration, English and maths and breaks in learning, each with the dates it
 * applies on. The library bundles one (see {@code FundingRules.bundled()} in {@code
 * standard-data}); a provider can load its own, such as next year's rules, and the rules of {@code
 * standard-rules} take it as an input beside the standard.
 *
 * <p>Like a time zone's rules, the rules on each {@linkplain FundingTopic question} are held as
 * periods sorted by their first day, and the rule in force on a date is found by binary search:
 * {@link #inForce(FundingTopic, LocalDate, LocalDate)}. A valid set has at most one rule in force
 * on each question on any date, and decides the rules of one question by one kind of date.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingRuleSet.class)
@JsonDeserialize(as = ImmutableFundingRuleSet.class)
@FundingRulesStructure
public abstract class FundingRuleSet implements WithFundingRuleSet {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  FundingRuleSet() {}

  /**
   * The version of the data, such as {@code 2026.11}: whole numbers separated by dots, compared as a
   * version.
   *
   * @return the version; not null
   */
  @Pattern(regexp = Version.PATTERN, message = "must be a version: whole numbers separated by dots, such as 2026.11")
  public abstract String version();

  /**
   * What the set is, such as {@code Apprenticeship funding rules (England)}.
   *
   * @return the title; not null
   */
  @NotBlank
  public abstract String title();

  /**
   * Where the rules come from; the rules name them by id.
   *
   * @return the sources; at least one
   */
  @NotEmpty
  public abstract List<@Valid Source> sources();

  /**
   * The rules, in the order of the file.
   *
   * @return the rules; may be empty
   */
  public abstract List<@Valid FundingRule> rules();

  /**
   * Returns the rule on a question that applies to an apprentice: the rule in force on the start
   * date when the question's rules apply by start date, or on the event date when they apply by
   * event date (such as the gateway date, or the first day of a month on programme).
   *
   * @param topic the question; not null
   * @param startDate the apprentice's start date; not null
   * @param eventDate the date of the event; not null
   * @return the rule; empty when no rule on the question is in force on that date
   * @throws NullPointerException if an argument is null
   */
  public Optional<FundingRule> inForce(FundingTopic topic, LocalDate startDate, LocalDate eventDate) {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(eventDate, "eventDate");
    List<FundingRule> periods = periods().get(Objects.requireNonNull(topic, "topic"));
    if (periods == null) {
      return Optional.empty();
    }
    LocalDate date = periods.get(0).appliesBy() == AppliesBy.START_DATE ? startDate : eventDate;
    int low = 0;
    int high = periods.size() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (firstDay(periods.get(middle)).isAfter(date)) {
        high = middle - 1;
      } else {
        found = middle;
        low = middle + 1;
      }
    }
    return found >= 0 && periods.get(found).appliesOn(date) ? Optional.of(periods.get(found)) : Optional.empty();
  }

  /**
   * Returns the rules that apply to an apprentice who starts on a date: each rule that applies by
   * start date and is in force then, and each rule that applies by event date and is in force on
   * that date or later (so on events while the apprentice is on programme).
   *
   * @param startDate the start date; not null
   * @return the rules, by question and then by first day; not null
   * @throws NullPointerException if {@code startDate} is null
   */
  public List<FundingRule> applyingTo(LocalDate startDate) {
    Objects.requireNonNull(startDate, "startDate");
    List<FundingRule> applying = new ArrayList<>();
    periods().forEach((topic, periods) -> {
      for (FundingRule rule : periods) {
        boolean byStart = rule.appliesBy() == AppliesBy.START_DATE;
        if (byStart ? rule.appliesOn(startDate) : rule.to().map(last -> !last.isBefore(startDate)).orElse(true)) {
          applying.add(rule);
        }
      }
    });
    return applying;
  }

  /**
   * Returns a source of the set by id.
   *
   * @param id the source id, such as {@code O3}; not null
   * @return the source; empty when the set has none with that id
   */
  public Optional<Source> source(String id) {
    Objects.requireNonNull(id, "id");
    return sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Returns the sources of a rule, in the rule's order; ids the set does not have are left out.
   *
   * @param rule a rule of this set; not null
   * @return the sources; not null
   */
  public List<Source> sourcesOf(FundingRule rule) {
    return rule.sources().stream().map(this::source).flatMap(Optional::stream).collect(Collectors.toUnmodifiableList());
  }

  /** The rules of each question, sorted by first day: the periods {@link #inForce} searches. */
  @Value.Lazy
  @JsonIgnore
  Map<FundingTopic, List<FundingRule>> periods() {
    Map<FundingTopic, List<FundingRule>> periods = new EnumMap<>(FundingTopic.class);
    for (FundingRule rule : rules()) {
      periods.computeIfAbsent(rule.kind().topic(), t -> new ArrayList<>()).add(rule);
    }
    periods.replaceAll((topic, rules) -> {
      rules.sort(Comparator.comparing(FundingRuleSet::firstDay));
      return List.copyOf(rules);
    });
    return periods;
  }

  private static LocalDate firstDay(FundingRule rule) {
    return rule.from().orElse(LocalDate.MIN);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingRuleSet}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableFundingRuleSet.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}

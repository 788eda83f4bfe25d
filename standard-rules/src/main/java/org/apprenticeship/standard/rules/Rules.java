package org.apprenticeship.standard.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardLookup;
import org.apprenticeship.standard.model.UnknownStandardException;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.model.internal.Outcomes;
import org.apprenticeship.standard.rules.internal.Evaluator;
import org.apprenticeship.standard.rules.internal.RecordValidator;

/**
 * The entry point to the rules: validates a learner record against its standard, and evaluates it
 * as of a date by the funding rules: KSB coverage, off-the-job hours, gateway readiness, the grade
 * and the EPA timeline.
 *
 * <pre>{@code
 * Validated<Evaluation> result = Rules.evaluate(st0007, FundingRules.bundled(), record, LocalDate.of(2026, 2, 1));
 * if (result.isValid()) {
 *   Evaluation evaluation = result.value().orElseThrow();
 *   evaluation.gateway().ready();
 * } else {
 *   result.findings().forEach(System.out::println); // every error at once
 * }
 * }</pre>
 *
 * <p>The funding rules (the off-the-job minimum, the minimum duration, English and maths, breaks in
 * learning) change every academic year, so they are an input beside the standard: the set bundled
 * in {@code standard-data} ({@code FundingRules.bundled()}), or one of the caller's own, such as
 * next year's rules. Each rule is applied as the set says, by the apprentice's start date or by the
 * date of the event.
 *
 * <p>The rules are pure functions: they read no clock (the as-of date is always given) and the same
 * input always gives the same output. They take the standard and the funding rules as valid (see
 * {@code Standards.validate} and {@code FundingRules.validate} in {@code standard-data}); the
 * learner record they check in full. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Rules {
  private Rules() {}

  /**
   * Validates a learner record against the standard it is on, as of a date: its field constraints,
   * and the rules that span several values, such as evidence mapped to a KSB the standard lacks,
   * duplicate evidence ids, a planned end before the start, overlapping breaks in learning, an
   * achievement dated after the as-of date, more than 24 off-the-job hours in a day, or EPA results
   * before the gateway date. The warnings that need the funding rules (such as a month without
   * training, or a plan shorter than the minimum duration) come with {@link #evaluate}.
   *
   * @param standard the standard, valid; not null
   * @param record the record; not null
   * @param asOf the date to check against; not null
   * @return every finding, errors and warnings, ordered by path (at most 1,000, errors first, then a
   *     {@link FindingCode#LIMIT_01} that says how many more there were); empty when the record is clean
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> validate(Standard standard, LearnerRecord record, LocalDate asOf) {
    requireNonNull(standard, record, asOf);
    return List.copyOf(RecordValidator.check(standard, record, asOf));
  }

  /**
   * Evaluates a learner record with the default policy.
   *
   * @param standard the standard, valid; not null
   * @param funding the funding rules, valid, such as {@code FundingRules.bundled()}; not null
   * @param record the record; not null
   * @param asOf the date to evaluate as of; not null
   * @return the evaluation, when the record has no errors, with every finding; not null
   * @throws NullPointerException if an argument is null
   * @see #evaluate(Standard, FundingRuleSet, LearnerRecord, LocalDate, EvaluationPolicy)
   */
  public static Validated<Evaluation> evaluate(Standard standard, FundingRuleSet funding, LearnerRecord record, LocalDate asOf) {
    return evaluate(standard, funding, record, asOf, EvaluationPolicy.defaults());
  }

  /**
   * Evaluates a learner record as of a date. The record is validated first (see
   * {@link #validate(Standard, LearnerRecord, LocalDate)}); a record with any error is not
   * evaluated, and the result holds every error at once, never a partial evaluation. Warnings,
   * including those about the EPA timeline and the funding rules, are in the evaluation's findings.
   *
   * @param standard the standard, valid; not null
   * @param funding the funding rules, valid, such as {@code FundingRules.bundled()}; not null
   * @param record the record; not null
   * @param asOf the date to evaluate as of; not null
   * @param policy the caller's choices; not null
   * @return the evaluation, when the record has no errors, with every finding; not null
   * @throws NullPointerException if an argument is null
   */
  public static Validated<Evaluation> evaluate(Standard standard, FundingRuleSet funding, LearnerRecord record, LocalDate asOf,
      EvaluationPolicy policy) {
    requireNonNull(standard, record, asOf);
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(policy, "policy");
    return evaluate(standard, funding, record, asOf, policy, RecordValidator.check(standard, record, asOf));
  }

  private static Validated<Evaluation> evaluate(Standard standard, FundingRuleSet funding, LearnerRecord record, LocalDate asOf,
      EvaluationPolicy policy, List<Finding> validation) {
    List<Finding> findings = new ArrayList<>(validation);
    if (findings.stream().anyMatch(Finding::isError)) {
      return Outcomes.invalid(FindingCollector.limited(findings));
    }
    Evaluation evaluation = Evaluator.evaluate(standard, funding, record, asOf, policy, findings);
    return Outcomes.of(evaluation, evaluation.findings());
  }

  /**
   * Validates a learner record as read, against the standard a lookup finds for it (the version it
   * names, or else the version in force at its start). A record that failed reading gives its
   * findings back; a record whose standard is not held gives a {@link FindingCode#RECORD_01} error;
   * neither throws.
   *
   * <p>{@code read} is taken as the outcome of a reader that checked the record's field
   * constraints, such as {@code LearnerRecords.validate} of {@code standard-data}: its findings are
   * kept, and only the rules that span several values are checked here, so that a record is not
   * validated twice.
   *
   * @param read the record as read; not null
   * @param standards where to find the record's standard, such as the bundled registry; not null
   * @param asOf the date to check against; not null
   * @return every finding, errors and warnings, ordered by path (at most 1,000, errors first, then a
   *     {@link FindingCode#LIMIT_01} that says how many more there were); not null
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> validate(Validated<LearnerRecord> read, StandardLookup standards, LocalDate asOf) {
    return List.copyOf(FindingCollector.limited(check(read, standards, asOf).findings));
  }

  /**
   * Evaluates a learner record as read, on the standard a lookup finds for it: the step of a cohort
   * run. It checks what {@link #validate(Validated, StandardLookup, LocalDate)} checks, then
   * evaluates a record without errors as {@link #evaluate(Standard, FundingRuleSet, LearnerRecord,
   * LocalDate, EvaluationPolicy)} does. Neither a record that failed reading nor one whose standard
   * is not held throws: each gives an invalid result.
   *
   * @param read the record as read; not null
   * @param standards where to find the record's standard, such as the bundled registry; not null
   * @param funding the funding rules, valid, such as {@code FundingRules.bundled()}; not null
   * @param asOf the date to evaluate as of; not null
   * @param policy the caller's choices; not null
   * @return the evaluation, when the record is valid, with every finding; not null
   * @throws NullPointerException if an argument is null
   */
  public static Validated<Evaluation> evaluate(Validated<LearnerRecord> read, StandardLookup standards, FundingRuleSet funding,
      LocalDate asOf, EvaluationPolicy policy) {
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(policy, "policy");
    Checked checked = check(read, standards, asOf);
    if (checked.standard == null) {
      return Outcomes.invalid(FindingCollector.limited(checked.findings));
    }
    return evaluate(checked.standard, funding, read.value().orElseThrow(), asOf, policy, checked.findings);
  }

  /** A record as read, with the standard it is on (null when there is none) and every finding so far. */
  private static final class Checked {
    final Standard standard;
    final List<Finding> findings;

    Checked(Standard standard, List<Finding> findings) {
      this.standard = standard;
      this.findings = findings;
    }
  }

  private static Checked check(Validated<LearnerRecord> read, StandardLookup standards, LocalDate asOf) {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(standards, "standards");
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>(read.findings());
    if (!read.isValid()) {
      return new Checked(null, findings);
    }
    LearnerRecord record = read.value().orElseThrow();
    try {
      Standard standard = standards.standardFor(record);
      findings.addAll(RecordValidator.crossField(standard, record, asOf));
      return new Checked(standard, findings);
    } catch (UnknownStandardException e) {
      findings.add(Finding.of(FindingCode.RECORD_01, JsonPaths.property(JsonPaths.ROOT, "standard"), e.getMessage()));
      return new Checked(null, findings);
    }
  }

  /**
   * Evaluates a stream of learner records as read, lazily and in order: one result per input, so
   * that a cohort of any size runs in constant memory, and a record that fails validation gives an
   * invalid result rather than stopping the run. See
   * {@link #evaluate(Validated, StandardLookup, FundingRuleSet, LocalDate, EvaluationPolicy)}.
   *
   * @param reads the records as read; not null
   * @param standards where to find each record's standard; not null
   * @param funding the funding rules, valid, such as {@code FundingRules.bundled()}; not null
   * @param asOf the date to evaluate as of; not null
   * @param policy the caller's choices; not null
   * @return one result per input, in input order; not null
   * @throws NullPointerException if an argument is null
   */
  public static Stream<Validated<Evaluation>> evaluateAll(Stream<Validated<LearnerRecord>> reads, StandardLookup standards,
      FundingRuleSet funding, LocalDate asOf, EvaluationPolicy policy) {
    Objects.requireNonNull(reads, "reads");
    Objects.requireNonNull(standards, "standards");
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    return reads.map(read -> evaluate(read, standards, funding, asOf, policy));
  }

  private static void requireNonNull(Standard standard, LearnerRecord record, LocalDate asOf) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
  }
}

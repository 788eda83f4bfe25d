package org.apprenticeship.standard.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardLookup;
import org.apprenticeship.standard.model.UnknownStandardException;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.model.internal.Outcomes;
import org.apprenticeship.standard.model.internal.RecordInputs;
import org.apprenticeship.standard.rules.internal.Evaluator;
import org.apprenticeship.standard.rules.internal.InOrder;
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
  /** How many records per thread a cohort run takes ahead of the results it has given. */
  private static final int RECORDS_IN_FLIGHT_PER_THREAD = 8;
  /** The text that records in flight may add up to, beyond the first: the size of one document at the limit. */
  private static final long TEXT_IN_FLIGHT = 8L * 1024 * 1024;

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
   * Evaluates one learner record as read, on the standard a lookup finds for it: the step of a
   * cohort, as {@link #evaluate(Validated, StandardLookup, FundingRuleSet, LocalDate, EvaluationPolicy)} does it,
   * keeping where the record was and whose it is.
   *
   * @param input the record as read, such as by {@code LearnerRecords.readInput} or {@code readLines}; not null
   * @param standards where to find the record's standard, such as the bundled registry; not null
   * @param funding the funding rules, valid, such as {@code FundingRules.bundled()}; not null
   * @param asOf the date to evaluate as of; not null
   * @param policy the caller's choices; not null
   * @return the result, valid or not, with the line and learner id of the input; not null
   * @throws NullPointerException if an argument is null
   */
  public static EvaluationResult evaluate(LearnerRecordInput input, StandardLookup standards, FundingRuleSet funding, LocalDate asOf,
      EvaluationPolicy policy) {
    Objects.requireNonNull(input, "input");
    return new EvaluationResult(input, evaluate(input.record(), standards, funding, asOf, policy));
  }

  /**
   * Evaluates a cohort, on every core: {@link #evaluateAll(Stream, StandardLookup, FundingRuleSet,
   * LocalDate, EvaluationPolicy, int)} with as many threads as the JVM has processors
   * ({@link Runtime#availableProcessors()}).
   *
   * @param inputs the records as read, such as by {@code LearnerRecords.readLines}; not null
   * @param standards where to find each record's standard, such as the bundled registry; not null
   * @param funding the funding rules, valid, such as {@code FundingRules.bundled()}; not null
   * @param asOf the date to evaluate as of; not null
   * @param policy the caller's choices; not null
   * @return one result per input, in input order; not null
   * @throws NullPointerException if an argument is null
   */
  public static Stream<EvaluationResult> evaluateAll(Stream<LearnerRecordInput> inputs, StandardLookup standards, FundingRuleSet funding,
      LocalDate asOf, EvaluationPolicy policy) {
    return evaluateAll(inputs, standards, funding, asOf, policy, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Evaluates a cohort: a stream of learner records as read, each as
   * {@link #evaluate(LearnerRecordInput, StandardLookup, FundingRuleSet, LocalDate, EvaluationPolicy)} does, on
   * several threads. The results come in input order, one per input, each with its line and
   * learner id; a record with errors gives an invalid result and the run goes on. The same inputs
   * give the same results whatever the number of threads.
   *
   * <p>Memory stays bounded, so a cohort of any size runs in a small heap: the returned stream
   * takes inputs from {@code inputs} only as far as 8 per thread ahead of the results it has given,
   * and, beyond one, only while their text adds up to less than 8 MiB. Inputs are taken, and results given, in the thread that consumes the
   * returned stream; records from {@code LearnerRecords.readLines} are read (parsed and validated)
   * on the threads that evaluate them. With one thread, nothing is read ahead, and everything runs
   * in the consuming thread.
   *
   * <p>Close the returned stream (for example with try-with-resources) to stop a run early, such
   * as when the output the results go to is closed: records not yet started are dropped, the
   * threads end, and {@code inputs} is closed. A run given up without closing leaves no thread
   * behind (they are daemon threads and end after a second without work).
   *
   * @param inputs the records as read, such as by {@code LearnerRecords.readLines}; not null
   * @param standards where to find each record's standard, such as the bundled registry; not null
   * @param funding the funding rules, valid, such as {@code FundingRules.bundled()}; not null
   * @param asOf the date to evaluate as of; not null
   * @param policy the caller's choices; not null
   * @param threads how many threads evaluate, at least 1
   * @return one result per input, in input order; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static Stream<EvaluationResult> evaluateAll(Stream<LearnerRecordInput> inputs, StandardLookup standards, FundingRuleSet funding,
      LocalDate asOf, EvaluationPolicy policy, int threads) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(standards, "standards");
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    InOrder<LearnerRecordInput, EvaluationResult> run = new InOrder<>(inputs.iterator(), input -> evaluate(input, standards, funding, asOf, policy),
        RecordInputs::size, threads, RECORDS_IN_FLIGHT_PER_THREAD * threads, TEXT_IN_FLIGHT);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(run, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(run::close)
        .onClose(inputs::close);
  }

  private static void requireNonNull(Standard standard, LearnerRecord record, LocalDate asOf) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
  }
}

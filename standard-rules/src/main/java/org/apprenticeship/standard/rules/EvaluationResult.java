package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.internal.ContractSerializer;

/**
 * The result of evaluating one learner record as read: where the record was in its input, whose it
 * is, and its evaluation, or the findings that stopped it. One result of a cohort
 * ({@link Rules#evaluateAll(java.util.stream.Stream, org.apprenticeship.standard.model.StandardLookup,
 * org.apprenticeship.standard.model.FundingRuleSet,
 * java.time.LocalDate, EvaluationPolicy)}), and what {@link Evaluations} writes as the JSON contract.
 *
 * <p>Immutable and thread-safe. Two results are equal when their lines, learner ids, evaluations and
 * findings are. It serializes, with any Jackson mapper, to its result document (see {@link Evaluations}).
 *
 * @since 0.1.0
 */
@JsonSerialize(using = ContractSerializer.class)
public final class EvaluationResult {
  private final long line;
  private final String learnerId;
  private final Validated<Evaluation> evaluation;

  EvaluationResult(LearnerRecordInput input, Validated<Evaluation> evaluation) {
    this.line = input.line().orElse(0);
    this.learnerId = evaluation.value().map(Evaluation::learnerId).orElse(input.learnerId().orElse(null));
    this.evaluation = evaluation;
  }

  /**
   * Returns the number of the line of newline-delimited JSON the record was read from.
   *
   * @return the line, from 1; empty for a record read as a document on its own
   * @see LearnerRecordInput#line()
   */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * Returns the learner id: the evaluation's, or for a record with errors the id the document
   * gave, when it could be read.
   *
   * @return the id; empty when the record has errors and gave no id that could be read
   * @see LearnerRecordInput#learnerId()
   */
  public Optional<String> learnerId() {
    return Optional.ofNullable(learnerId);
  }

  /**
   * Returns the evaluation, when the record has no errors, and every finding: the errors of a
   * record that was not evaluated, or the warnings of one that was.
   *
   * @return the outcome; not null
   */
  public Validated<Evaluation> evaluation() {
    return evaluation;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EvaluationResult)) {
      return false;
    }
    EvaluationResult that = (EvaluationResult) other;
    return line == that.line && Objects.equals(learnerId, that.learnerId) && evaluation.value().equals(that.evaluation.value())
        && evaluation.findings().equals(that.evaluation.findings());
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, learnerId, evaluation.value(), evaluation.findings());
  }

  @Override
  public String toString() {
    return "EvaluationResult[" + (line > 0 ? "line " + line + ", " : "") + learnerId + ": " + evaluation + "]";
  }
}

package org.apprenticeship.standard.rules;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apprenticeship.standard.rules.internal.ContractJson;
import org.apprenticeship.standard.rules.internal.ContractLine;

/**
 * Writes the results of a cohort as newline-delimited JSON (NDJSON): each result document (see
 * {@link Evaluations}) on one line, ended by {@code \n}, in UTF-8, as the command line's
 * {@code batch} writes them. Lines are buffered: {@link #flush()} sends them on.
 *
 * <pre>{@code
 * try (Stream<LearnerRecordInput> inputs = LearnerRecords.readLines(in);
 *     Stream<EvaluationResult> results = Rules.evaluateAll(inputs, Standards.bundled(), FundingRules.bundled(), asOf, policy);
 *     CohortWriter lines = Evaluations.cohortWriter(out)) {
 *   results.forEach(lines::write);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread writes.
 *
 * @since 0.1.0
 */
public final class CohortWriter implements Flushable, Closeable {
  private final ContractLine line;

  CohortWriter(ContractLine line) {
    this.line = line;
  }

  /**
   * Writes one result as one line.
   *
   * @param result the result; not null
   * @throws NullPointerException if {@code result} is null
   * @throws UncheckedIOException if the output cannot be written
   */
  public void write(EvaluationResult result) {
    Objects.requireNonNull(result, "result");
    try {
      ContractJson.result(line, result.line().orElse(0), result.learnerId().orElse(null), result.evaluation());
      line.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the result of " + result.learnerId().orElse("a record") + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sends the lines written so far on to the output, and flushes it.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  @Override
  public void flush() {
    try {
      line.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results: " + e.getMessage(), e);
    }
  }

  /**
   * Sends the lines written so far on, and closes the output.
   *
   * @throws UncheckedIOException if the output cannot be written or closed
   */
  @Override
  public void close() {
    try {
      line.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results: " + e.getMessage(), e);
    }
  }
}

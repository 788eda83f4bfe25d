package org.apprenticeship.standard.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apprenticeship.standard.model.internal.JsonLayout;
import org.apprenticeship.standard.rules.internal.ContractJson;
import org.apprenticeship.standard.rules.internal.ContractLine;
import org.apprenticeship.standard.rules.internal.ContractOut;

/**
 * The results of the rules as JSON, in the form that other programs parse: the contract of the
 * command line's {@code evaluate --format json} and of each line of {@code batch}, written the same
 * way here for every caller. Any Jackson {@code ObjectMapper} writes an {@link Evaluation}, an
 * {@link EvaluationResult} or any part of them in this same form too, whatever its settings.
 *
 * <p>The result document of a learner record: {@code learnerId}, then {@code valid} (true when the
 * record had no errors and was evaluated); for a record that was evaluated, then {@code standard},
 * {@code version}, {@code fundingRulesVersion}, {@code asOf}, {@code coverage}, {@code offTheJob},
 * {@code gateway}, {@code grade}, {@code timeline} and {@code findings} (its warnings); for a record
 * with errors, only {@code findings} (every error, and any warnings), never a partial evaluation,
 * with {@code learnerId} {@code null} when the record gave none that could be read. A record read from
 * a line of newline-delimited JSON has its {@code line} (from 1) first. Every property of every part
 * is written, in a fixed order, {@code null} when absent; dates are ISO strings ({@code 2026-02-01});
 * hours and percents are numbers, not rounded (hours exactly as computed in decimal); codes and
 * statuses are the names of their enums. The README lists the fields.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Evaluations {
  private static final JsonFactory FACTORY = new JsonFactoryBuilder().build();

  private Evaluations() {}

  /**
   * Writes the result document of one learner record, indented by two spaces, with {@code \n} line
   * ends and a final line end: what {@code evaluate --format json} prints (with {@code line} too
   * when the record was read from a line).
   *
   * @param result the result; not null
   * @return the JSON document; not null
   * @throws NullPointerException if {@code result} is null
   */
  public static String toJson(EvaluationResult result) {
    Objects.requireNonNull(result, "result");
    return indented(g -> ContractJson.result(ContractOut.of(g), result.line().orElse(0), result.learnerId().orElse(null), result.evaluation()));
  }

  /**
   * Writes an evaluation as the result document of its record (which had no errors, so
   * {@code valid} is true), indented as {@link #toJson(EvaluationResult)} does: for an evaluation
   * from {@link Rules#evaluate(org.apprenticeship.standard.model.Standard,
   * org.apprenticeship.standard.model.FundingRuleSet, org.apprenticeship.standard.model.LearnerRecord,
   * java.time.LocalDate, EvaluationPolicy)}, such as one an LMS stores or serves.
   *
   * @param evaluation the evaluation; not null
   * @return the JSON document; not null
   * @throws NullPointerException if {@code evaluation} is null
   */
  public static String toJson(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    return indented(g -> ContractJson.evaluation(ContractOut.of(g), 0, evaluation));
  }

  /**
   * Returns a writer of results as newline-delimited JSON (NDJSON), one result document a line, as
   * {@code batch} writes them: for the results of {@link Rules#evaluateAll}, written as they come.
   *
   * @param out where the lines go, as UTF-8; not null
   * @return the writer; not null
   * @throws NullPointerException if {@code out} is null
   */
  public static CohortWriter cohortWriter(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new CohortWriter(new ContractLine(out));
  }

  /** Writes through a generator. */
  @FunctionalInterface
  interface Writing {
    void write(JsonGenerator generator) throws IOException;
  }

  private static String indented(Writing writing) {
    StringWriter text = new StringWriter(16 * 1024);
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.setPrettyPrinter(JsonLayout.prettyPrinter());
      writing.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }
}

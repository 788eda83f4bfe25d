package org.apprenticeship.standard.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.LibraryJson;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.StandardLookup;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.Rules;

/**
 * The pipeline of the command line's {@code batch} command, through the library's public API only:
 * {@link LearnerRecords#readLines(InputStream)}, then
 * {@link Rules#evaluate(Validated, StandardLookup, FundingRuleSet, LocalDate, EvaluationPolicy)} on each record,
 * then one JSON line per result, written as the command line writes it (its {@code BatchCommand}
 * and {@code ResultJson}, which are not public: absent values as {@code null}; a record with errors
 * as its learner id and findings).
 *
 * <p>Thread-safe: the pipeline holds no state between runs.
 *
 * @since 0.1.0
 */
public final class BatchPipeline {
  private static final ObjectMapper MAPPER = LibraryJson.newMapper()
      .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));

  private BatchPipeline() {}

  /**
   * What a run read.
   *
   * @param records how many records (lines) were read
   * @param withErrors how many of them had errors, and so gave findings rather than an evaluation
   * @since 0.1.0
   */
  public record Counts(long records, long withErrors) {}

  /**
   * Evaluates every line and writes one result line each, as {@code batch} does.
   *
   * @param in the NDJSON records; not null; closed at the end
   * @param out where the result lines go; not null; flushed at the end, not closed
   * @param standards where each record's standard is found, such as the bundled registry; not null
   * @param funding the funding rules, such as the bundled set; not null
   * @param asOf the date to evaluate as of; not null
   * @param policy the evaluation policy; not null
   * @return the counts; not null
   */
  public static Counts run(InputStream in, PrintWriter out, StandardLookup standards, FundingRuleSet funding, LocalDate asOf,
      EvaluationPolicy policy) {
    long records = 0;
    long withErrors = 0;
    try (Stream<LearnerRecordInput> inputs = LearnerRecords.readLines(in)) {
      Iterator<LearnerRecordInput> each = inputs.iterator();
      while (each.hasNext()) {
        LearnerRecordInput input = each.next();
        Validated<Evaluation> result = Rules.evaluate(input.record(), standards, funding, asOf, policy);
        records++;
        withErrors += result.isValid() ? 0 : 1;
        out.print(line(input.learnerId(), result));
        out.print('\n');
      }
    } finally {
      out.flush();
    }
    return new Counts(records, withErrors);
  }

  /**
   * Reads and validates every line, and does nothing more: the baseline of {@link #run}.
   *
   * @param in the NDJSON records; not null; closed at the end
   * @return the counts; not null
   */
  public static Counts readOnly(InputStream in) {
    long records = 0;
    long withErrors = 0;
    try (Stream<LearnerRecordInput> inputs = LearnerRecords.readLines(in)) {
      Iterator<LearnerRecordInput> each = inputs.iterator();
      while (each.hasNext()) {
        records++;
        withErrors += each.next().record().isValid() ? 0 : 1;
      }
    }
    return new Counts(records, withErrors);
  }

  /**
   * Writes one result on one line, as the command line does.
   *
   * @param learnerId the learner id as read; not null
   * @param result the result; not null
   * @return the JSON, without a line end; not null
   */
  public static String line(Optional<String> learnerId, Validated<Evaluation> result) {
    Object tree;
    if (result.isValid()) {
      tree = result.value().orElseThrow();
    } else {
      ObjectNode node = MAPPER.createObjectNode();
      node.put("learnerId", learnerId.orElse(null));
      node.set("findings", MAPPER.valueToTree(result.findings()));
      tree = node;
    }
    try {
      return MAPPER.writer().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the result as JSON", e);
    }
  }
}

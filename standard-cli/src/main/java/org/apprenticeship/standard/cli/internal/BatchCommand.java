package org.apprenticeship.standard.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apprenticeship.standard.data.LearnerRecordInput;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.StandardRegistry;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch FILE.ndjson [--as-of DATE]}: one JSON result line per input line, streaming. */
@Command(
    name = "batch",
    description = "Evaluates a cohort: one learner record per line of newline-delimited JSON in, one JSON result per line out, "
        + "in order, in bounded memory. A record with errors gives a line with its learnerId and findings, and the run goes on; "
        + "the exit code is then 1.")
public final class BatchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Parameters(index = "0", paramLabel = "FILE", description = "the records, one JSON object a line (- for standard input)")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the date to evaluate as of, such as 2026-02-01 (default: today in the UK)")
  LocalDate asOf;

  @Mixin
  PolicyOptions policy;

  @Mixin
  FundingRulesOption funding;

  @Override
  public Integer call() {
    LocalDate date = Inputs.asOf(asOf);
    EvaluationPolicy chosen = policy.policy();
    StandardRegistry standards = Standards.bundled();
    FundingRuleSet rules = funding.rules();
    boolean anyErrors = false;
    PrintWriter out = spec.commandLine().getOut();
    try (Stream<LearnerRecordInput> inputs = LearnerRecords.readLines(Inputs.open(file))) {
      Iterator<LearnerRecordInput> each = inputs.iterator();
      while (each.hasNext()) {
        LearnerRecordInput input = each.next();
        Validated<Evaluation> result = Rules.evaluate(input.record(), standards, rules, date, chosen);
        anyErrors |= !result.isValid();
        out.print(ResultJson.line(input.learnerId(), result));
        out.print('\n');
      }
    } finally {
      out.flush();
    }
    return anyErrors ? 1 : 0;
  }
}

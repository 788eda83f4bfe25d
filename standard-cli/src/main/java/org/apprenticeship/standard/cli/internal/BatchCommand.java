package org.apprenticeship.standard.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apprenticeship.standard.cli.StandardCli;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.EvaluationResult;
import org.apprenticeship.standard.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch FILE.ndjson [--as-of DATE]}: one JSON result line per input line, in order, on every core. */
@Command(
    name = "batch",
    description = "Evaluates a cohort: one learner record per line of newline-delimited JSON in, one JSON result per line out, "
        + "in order, with the line number, on every core, in bounded memory. A record with errors gives a line with its findings, "
        + "and the run goes on; the exit code is then 1, as it is for an input with no records. A summary goes to standard error "
        + "at the end, and progress while it runs when standard error is a terminal. When the output cannot be written "
        + "(it was closed, as by head, or the disk is full) the run stops at once, and the exit code is 2.")
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

  private final PrintStream out;
  private final boolean progressShown;

  /**
   * The command, writing its result lines to {@code out} as bytes.
   *
   * @param out the command line's standard output
   * @param err the command line's standard error: progress is shown only when it is the JVM's own and a terminal
   */
  public BatchCommand(PrintStream out, PrintStream err) {
    this.out = Objects.requireNonNull(out, "out");
    this.progressShown = Progress.isTerminal(err);
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    LocalDate date = Inputs.asOf(asOf);
    EvaluationPolicy chosen = policy.policy();
    FundingRuleSet rules = funding.rules();
    PrintWriter err = spec.commandLine().getErr();
    BatchTally tally = new BatchTally(start);
    Progress progress = new Progress(err, progressShown, start);
    BatchOutput lines = new BatchOutput(out);
    try (Stream<LearnerRecordInput> inputs = LearnerRecords.readLines(Inputs.open(file));
        Stream<EvaluationResult> results = Rules.evaluateAll(inputs, Standards.bundled(), rules, date, chosen)) {
      Iterator<EvaluationResult> each = results.iterator();
      while (each.hasNext()) {
        EvaluationResult result = each.next();
        lines.write(result);
        tally.add(result);
        progress.update(System.nanoTime(), tally::progress);
      }
    } catch (BatchOutput.Failed e) {
      progress.clear();
      err.println("batch: cannot write the output (it was closed, or the disk is full), so the run stopped after "
          + e.written() + (e.written() == 1 ? " result" : " results"));
      return StandardCli.USAGE_OR_IO;
    }
    progress.clear();
    if (tally.records() == 0) {
      err.println("batch: the input has no records, so nothing was evaluated");
      return StandardCli.INPUT_ERRORS;
    }
    err.println("batch: " + tally.summary(System.nanoTime()));
    return tally.anyErrors() ? StandardCli.INPUT_ERRORS : StandardCli.OK;
  }
}

package org.apprenticeship.standard.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apprenticeship.standard.data.LearnerRecordInput;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate FILE [--as-of DATE] [--format text|json]}. */
@Command(
    name = "evaluate",
    description = "Evaluates one learner record on its bundled standard: KSB coverage, off-the-job hours, gateway readiness, "
        + "the grade and the EPA timeline. A record with errors is not evaluated: every error is reported, and the exit code is 1.")
public final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Parameters(index = "0", paramLabel = "FILE", description = "the learner record, JSON (- for standard input)")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the date to evaluate as of, such as 2026-02-01 (default: today in the UK)")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin
  PolicyOptions policy;

  @Override
  public Integer call() {
    LocalDate date = Inputs.asOf(asOf);
    LearnerRecordInput input;
    try (InputStream in = Inputs.open(file)) {
      input = LearnerRecords.readInput(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Validated<Evaluation> result = Rules.evaluate(input.record(), Standards.bundled(), date, policy.policy());
    if (format == Format.JSON) {
      spec.commandLine().getOut().print(ResultJson.pretty(input.learnerId(), result));
    } else if (result.isValid()) {
      Evaluation evaluation = result.value().orElseThrow();
      spec.commandLine().getOut().print(EvaluationText.render(
          Standards.bundled().get(evaluation.standard(), evaluation.version()), evaluation));
    } else {
      spec.commandLine().getOut().print("The record " + input.learnerId().map(id -> id + " ").orElse("")
          + "has errors, so it is not evaluated:\n" + EvaluationText.findings(result.findings()));
    }
    return result.isValid() ? 0 : 1;
  }
}

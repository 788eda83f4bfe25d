package org.apprenticeship.standard.cli.internal;

import java.util.concurrent.Callable;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.EvaluationResult;
import org.apprenticeship.standard.rules.Evaluations;
import org.apprenticeship.standard.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate FILE [--as-of DATE] [--format text|json]}. */
@Command(
    name = "evaluate",
    description = "Evaluates one learner record on its bundled standard: KSB coverage, off-the-job hours, gateway readiness, "
        + "the grade and the EPA timeline. A record with errors is not evaluated: every error is reported, and the exit code is 1.")
public final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Mixin
  RecordFile record;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin
  PolicyOptions policy;

  @Mixin
  FundingRulesOption funding;

  @Override
  public Integer call() {
    EvaluationPolicy chosen = policy.policy();   // options first: a usage error before any input is read
    LearnerRecordInput input = record.read();
    EvaluationResult evaluated = Rules.evaluate(input, Standards.bundled(), funding.rules(), record.asOf(), chosen);
    Validated<Evaluation> result = evaluated.evaluation();
    if (format == Format.JSON) {
      spec.commandLine().getOut().print(Evaluations.toJson(evaluated));
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

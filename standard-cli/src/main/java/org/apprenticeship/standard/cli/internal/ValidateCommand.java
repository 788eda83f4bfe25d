package org.apprenticeship.standard.cli.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apprenticeship.standard.data.LearnerRecordInput;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.UnknownStandardException;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE [--as-of DATE] [--format text|json]}. */
@Command(
    name = "validate",
    description = "Validates one learner record against its bundled standard, and prints every finding with its code and path. "
        + "The exit code is 1 when any finding is an error.")
public final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Parameters(index = "0", paramLabel = "FILE", description = "the learner record, JSON (- for standard input)")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the date to check against, such as 2026-02-01 (default: today in the UK)")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    LearnerRecordInput input;
    try (InputStream in = Inputs.open(file)) {
      input = LearnerRecords.readInput(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Finding> findings = new ArrayList<>(input.record().findings());
    if (input.record().isValid()) {
      LearnerRecord record = input.record().value().orElseThrow();
      try {
        Standard standard = Standards.bundled().standardFor(record);
        findings = new ArrayList<>(Rules.validate(standard, record, Inputs.asOf(asOf)));
      } catch (UnknownStandardException e) {
        findings.add(Finding.of(FindingCode.RECORD_01, JsonPaths.property(JsonPaths.ROOT, "standard"), e.getMessage()));
      }
    }
    boolean valid = findings.stream().noneMatch(Finding::isError);
    if (format == Format.JSON) {
      ObjectNode result = ResultJson.findings(input.learnerId(), findings);
      result.put("valid", valid);
      spec.commandLine().getOut().print(ResultJson.pretty(result));
    } else {
      String who = input.learnerId().map(id -> "The record " + id).orElse("The record");
      spec.commandLine().getOut().print(who + (valid ? " is valid" : " has errors") + (findings.isEmpty() ? ".\n"
          : ":\n" + EvaluationText.findings(findings)));
    }
    return valid ? 0 : 1;
  }
}

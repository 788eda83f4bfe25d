package org.apprenticeship.standard.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.apprenticeship.standard.data.LibraryJson;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate FILE [--as-of DATE] [--format text|json]}. */
@Command(
    name = "validate",
    description = "Validates one learner record against its bundled standard, and prints every finding with its code and path. "
        + "The exit code is 1 when any finding is an error.")
public final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Mixin
  RecordFile record;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    LearnerRecordInput input = record.read();
    List<Finding> findings = Rules.validate(input.record(), Standards.bundled(), record.asOf());
    boolean valid = findings.stream().noneMatch(Finding::isError);
    if (format == Format.JSON) {
      spec.commandLine().getOut().print(json(input.learnerId().orElse(null), valid, findings));
    } else {
      String who = input.learnerId().map(id -> "The record " + id).orElse("The record");
      spec.commandLine().getOut().print(who + (valid ? " is valid" : " has errors") + (findings.isEmpty() ? ".\n"
          : ":\n" + EvaluationText.findings(findings)));
    }
    return valid ? 0 : 1;
  }

  /** The findings as a result document of the contract: {@code learnerId}, {@code valid}, {@code findings}, indented. */
  private static String json(String learnerId, boolean valid, List<Finding> findings) {
    ObjectMapper json = Json.MAPPER;
    ObjectNode document = json.createObjectNode();
    document.put("learnerId", learnerId);
    document.put("valid", valid);
    document.set("findings", json.valueToTree(findings));
    try {
      return json.writer(LibraryJson.prettyPrinter()).writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the findings as JSON", e);
    }
  }

  /**
   * The mapper, made on first use: a mapper with its modules costs a fresh JVM a tenth of a second or
   * more, and every run of the command line makes this command, whichever it runs.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = LibraryJson.newMapper();
  }
}

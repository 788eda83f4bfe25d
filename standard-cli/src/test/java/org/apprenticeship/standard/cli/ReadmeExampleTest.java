package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import java.io.OutputStream;
import java.util.stream.Stream;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.rules.CohortWriter;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.EvaluationResult;
import org.apprenticeship.standard.rules.Evaluations;
// README imports start
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.Rules;
// README imports end

/**
 * The Java example of the README, verbatim between the markers, so that it compiles and runs. The
 * command-line module's tests run from the root of the project, where the README and examples are.
 */
class ReadmeExampleTest {

  void example(PrintStream out) throws Exception {
    // README example start
    Standard st0007 = Standards.bundled().get("ST0007");           // the latest bundled version, 1.1
    Ksb k9 = st0007.ksb("K9").orElseThrow();
    out.println(k9.code() + " " + k9.type() + ": " + k9.statement());
    out.println(st0007.statusOf("$.ksbs[K9].theme"));              // Optional[ASSUMED]
    AssessmentPlan plan = st0007.assessmentPlan().orElseThrow();
    out.println(plan.overallFor(Map.of("observation", "PASS", "professional-discussion", "DISTINCTION")));

    try (InputStream in = Files.newInputStream(Path.of("examples/ready-for-gateway.json"))) {
      Validated<LearnerRecord> read = LearnerRecords.validate(in);   // bad data gives findings, not exceptions
      LearnerRecord record = read.orElseThrow("learner record");
      Validated<Evaluation> result = Rules.evaluate(st0007, FundingRules.bundled(), record, LocalDate.of(2026, 2, 1));
      result.findings().forEach(out::println);                      // such as: WARNING EVIDENCE_04 $.evidence[3].date: ...
      Evaluation evaluation = result.orElseThrow("learner record");
      out.println(evaluation.coverage().percent() + "% covered, " + evaluation.coverage().rag());
      out.println("ready for gateway: " + evaluation.gateway().ready());
      out.println("off-the-job minimum: " + evaluation.offTheJob().minimumHours());
    }
    // README example end
  }

  void cohort(InputStream in, OutputStream out, LocalDate asOf, EvaluationPolicy policy) {
    // README cohort start
    try (Stream<LearnerRecordInput> inputs = LearnerRecords.readLines(in);
        Stream<EvaluationResult> results = Rules.evaluateAll(inputs, Standards.bundled(), FundingRules.bundled(), asOf, policy);
        CohortWriter lines = Evaluations.cohortWriter(out)) {   // one JSON result a line, as batch writes them
      results.forEach(lines::write);
    }
    // README cohort end
  }

  @Test
  void theReadmeCohort_writesWhatBatchWrites() throws Exception {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    Path cohort = Path.of("examples/cohort.ndjson");
    cohort(Files.newInputStream(cohort), written, LocalDate.of(2026, 2, 1), EvaluationPolicy.defaults());
    assertEquals(CliRun.of("batch", cohort.toString(), "--as-of", "2026-02-01").out, written.toString(StandardCharsets.UTF_8));
    assertTrue(Files.readString(Path.of("README.md")).contains(between(Files.readString(SOURCE), "// README cohort start\n", "    // README cohort end")));
  }

  private static final Path SOURCE = Path.of("standard-cli/src/test/java/org/apprenticeship/standard/cli/ReadmeExampleTest.java");

  private static String between(String source, String start, String end) {
    String body = source.substring(source.indexOf(start) + start.length(), source.indexOf(end));
    return body.lines().map(line -> line.length() >= 4 ? line.substring(4) : line).reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void theReadmeExample_runs() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("K9 KNOWLEDGE: Legislation, national and local solutions"), out);
    assertTrue(out.contains("Optional[ASSUMED]\nOptional[DISTINCTION]\n100.0% covered, GREEN\nready for gateway: true\noff-the-job minimum: Optional[417.6]"), out);
  }

  @Test
  void theReadme_showsTheExampleVerbatim_withItsImports() throws Exception {
    String source = Files.readString(Path.of("standard-cli/src/test/java/org/apprenticeship/standard/cli/ReadmeExampleTest.java"));
    String imports = section(source, "// README imports start\n", "// README imports end\n");
    String body = section(source, "// README example start\n", "    // README example end");
    String unindented = body.lines().map(line -> line.length() >= 4 ? line.substring(4) : line).reduce("", (a, b) -> a + b + "\n");
    String example = "```java\n" + imports + "\nPrintStream out = System.out;\n" + unindented + "```\n";
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains(example), "README.md must contain the example of ReadmeExampleTest verbatim, with its imports:\n" + example);
  }

  @Test
  void everyImportOfTheExample_isUsedByIt() throws Exception {
    String source = Files.readString(Path.of("standard-cli/src/test/java/org/apprenticeship/standard/cli/ReadmeExampleTest.java"));
    String body = "PrintStream " + section(source, "// README example start\n", "    // README example end");
    List<String> unused = section(source, "// README imports start\n", "// README imports end\n").lines()
        .map(line -> line.substring(line.lastIndexOf('.') + 1, line.length() - 1))
        .filter(name -> !body.matches("(?s).*\\b" + name + "\\b.*"))
        .collect(Collectors.toList());
    assertEquals(List.of(), unused);
  }

  /** The text between two markers, as it is (no indent taken off). */
  private static String section(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}

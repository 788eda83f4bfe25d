package org.apprenticeship.standard.cli;

import static org.apprenticeship.standard.cli.ShowCommandTest.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<String> examples() {
    return Examples.NAMES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void evaluate_asJson_printsTheGoldenResult_withTheExitCodeOfTheRecord(String name) throws IOException {
    CliRun run = CliRun.of("evaluate", Examples.file(name), "--as-of", Examples.asOf(name), "--format", "json");
    assertEquals(Examples.valid(name) ? 0 : 1, run.exitCode, run::toString);
    assertEquals(golden("evaluate-" + name + ".json"), run.out);
    assertEquals("", run.err);
  }

  @Test
  void evaluate_asText_isAReportForPeople() throws IOException {
    assertEquals(golden("evaluate-not-ready.txt"), CliRun.of("evaluate", Examples.file("not-ready"), "--as-of", "2026-02-01").out);
    assertEquals(golden("evaluate-resit-capped.txt"), CliRun.of("evaluate", Examples.file("resit-capped"), "--as-of", "2026-05-01").out);
  }

  @Test
  void theExamples_showWhatTheirNamesSay() throws IOException {
    assertEquals("GREEN", result("on-track").at("/coverage/rag").asText());
    assertTrue(result("ready-for-gateway").at("/gateway/ready").asBoolean());
    assertEquals(6, count(result("not-ready").at("/gateway/criteria"), "NOT_MET", true));
    assertEquals("DISTINCTION", result("graded-distinction").at("/grade/overall").asText());
    JsonNode resit = result("resit-capped").at("/grade");
    assertEquals("PASS", resit.at("/overall").asText());
    assertTrue(resit.at("/capped").asBoolean());
  }

  @Test
  void aRecordWithErrors_givesOnlyItsIdAndFindings() throws IOException {
    JsonNode invalid = JSON.readTree(CliRun.of("evaluate", Examples.file("invalid"), "--as-of", "2026-02-01", "--format", "json").out);
    assertEquals(List.of("learnerId", "valid", "findings"), fieldNames(invalid));
    assertEquals(false, invalid.get("valid").asBoolean());
    assertEquals(7, invalid.at("/findings").size());
  }

  @Test
  void policyOptions_changeTheEvaluation() throws IOException {
    JsonNode strict = JSON.readTree(CliRun.of("evaluate", Examples.file("on-track"), "--as-of", "2025-06-02", "--format", "json",
        "--minimum-evidence", "2", "--otj-rounding", "UP_TO_WHOLE_HOURS", "--not-applicable", "maths,english").out);
    assertEquals(0.0, strict.at("/coverage/percent").asDouble());
    assertEquals(418.0, strict.at("/offTheJob/minimumHours").asDouble());
    assertEquals("NOT_APPLICABLE", strict.at("/gateway/criteria/2/status").asText());
  }

  @Test
  void aMissingFile_isAnIoError() {
    CliRun run = CliRun.of("evaluate", "no-such-file.json", "--as-of", "2026-02-01");
    assertEquals(StandardCli.USAGE_OR_IO, run.exitCode);
    assertEquals("evaluate: cannot read no-such-file.json: there is no such file\n", run.err);
  }

  @Test
  void aMalformedAsOfDate_isAUsageError() {
    CliRun run = CliRun.of("evaluate", Examples.file("on-track"), "--as-of", "1 Feb 2026");
    assertEquals(StandardCli.USAGE_OR_IO, run.exitCode);
    assertTrue(run.err.contains("--as-of"), run.err);
  }

  private static JsonNode result(String name) throws IOException {
    return JSON.readTree(CliRun.of("evaluate", Examples.file(name), "--as-of", Examples.asOf(name), "--format", "json").out);
  }

  private static long count(JsonNode criteria, String status, boolean mandatory) {
    long n = 0;
    for (JsonNode criterion : criteria) {
      if (criterion.at("/status").asText().equals(status) && criterion.at("/mandatory").asBoolean() == mandatory) {
        n++;
      }
    }
    return n;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

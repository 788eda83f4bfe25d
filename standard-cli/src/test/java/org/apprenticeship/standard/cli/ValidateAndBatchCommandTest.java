package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateAndBatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void validate_listsEveryFindingWithItsCodeAndPath_andExitsWithOneOnErrors() {
    CliRun run = CliRun.of("validate", Examples.file("invalid"), "--as-of", "2026-02-01");
    assertEquals(StandardCli.INPUT_ERRORS, run.exitCode);
    assertTrue(run.out.startsWith("The record L-INVALID has errors:\nERROR ACHIEVEMENT_01 $.achievements[0].achievedOn: "), run.out);
    assertEquals(8, run.out.split("\n").length);
  }

  @Test
  void validate_ofACleanRecord_exitsWithZero() {
    CliRun run = CliRun.of("validate", Examples.file("ready-for-gateway"), "--as-of", "2026-02-01");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("The record L-READY is valid.\n", run.out);
  }

  @Test
  void validate_asJson_saysWhetherValid() throws Exception {
    JsonNode result = JSON.readTree(CliRun.of("validate", Examples.file("invalid-structure"), "--format", "json").out);
    assertEquals("L-TYPOS", result.get("learnerId").asText());
    assertEquals(false, result.get("valid").asBoolean());
    assertEquals(List.of("learnerId", "valid", "findings"), EvaluateCommandTest.fieldNames(result));
    JsonNode evaluated = JSON.readTree(CliRun.of("evaluate", Examples.file("invalid-structure"), "--format", "json").out);
    assertEquals(evaluated, result, "for a record with errors, validate and evaluate give the same document");
    assertEquals(5, result.get("findings").size());
  }

  @Test
  void batch_givesOneJsonLinePerInputLine_inOrder_andGoesOnAfterAnInvalidRecord() throws Exception {
    CliRun run = CliRun.of("batch", Examples.FOLDER.resolve("cohort.ndjson").toString(), "--as-of", "2026-02-01");
    assertEquals(StandardCli.INPUT_ERRORS, run.exitCode, run::toString);
    List<String> lines = List.of(run.out.split("\n"));
    assertEquals(4, lines.size());
    assertEquals(List.of("L-ON-TRACK", "L-READY", "L-BROKEN", "L-NOT-READY"),
        lines.stream().map(line -> read(line).get("learnerId").asText()).toList());
    assertEquals(List.of("line", "learnerId", "valid", "findings"), EvaluateCommandTest.fieldNames(read(lines.get(2))));
    assertEquals(List.of(1, 2, 3, 4), lines.stream().map(line -> read(line).get("line").asInt()).toList());
    assertEquals(List.of(true, true, false, true), lines.stream().map(line -> read(line).get("valid").asBoolean()).toList());
    JsonNode single = JSON.readTree(CliRun.of("evaluate", Examples.file("ready-for-gateway"), "--as-of", "2026-02-01", "--format", "json").out);
    // A line of batch is the document of evaluate, with the line number first.
    ObjectNode line = (ObjectNode) read(lines.get(1));
    assertEquals(List.of("line", "learnerId", "valid"), EvaluateCommandTest.fieldNames(line).subList(0, 3));
    line.remove("line");
    assertEquals(single, line);
  }

  @Test
  void batch_ofAMissingFile_isAnIoError() {
    CliRun run = CliRun.of("batch", "--as-of", "2026-02-01", Examples.FOLDER.resolve("cohort.ndjson").toString() + "-missing");
    assertEquals(StandardCli.USAGE_OR_IO, run.exitCode);
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}

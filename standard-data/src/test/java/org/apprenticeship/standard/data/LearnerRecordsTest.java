package org.apprenticeship.standard.data;

import static org.apprenticeship.standard.data.StandardsTest.codesAndPaths;
import static org.apprenticeship.standard.data.StandardsTest.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

class LearnerRecordsTest {

  static String specExample() throws IOException {
    try (InputStream in = LearnerRecordsTest.class.getResourceAsStream("/records/spec-example.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSpecExample_readsIntoTheRecordItDescribes() throws IOException {
    Validated<LearnerRecord> result = LearnerRecords.validate(specExample());
    assertEquals(List.of(), result.findings());
    LearnerRecord record = result.value().orElseThrow();
    assertEquals("L-000123", record.learnerId());
    assertEquals(Optional.of("1.1"), record.version());
    assertEquals(LocalDate.of(2024, 9, 2), record.startDate());
    assertEquals(37.5, record.contractedHoursPerWeek());
    assertEquals(AchievementKind.DIPLOMA, record.achievements().get(0).kind());
    assertEquals(List.of("K9", "S16", "S17", "B3"), record.evidence().get(0).ksbs());
    assertEquals(EvidenceStatus.ACCEPTED, record.evidence().get(0).status());
    assertTrue(record.declarations().observationScopeAgreed());
    assertEquals("DISTINCTION", record.epa().orElseThrow().results().get(1).grade());
  }

  @Test
  void writingAndReadingAgain_givesAnEqualRecord() throws IOException {
    LearnerRecord record = LearnerRecords.validate(specExample()).value().orElseThrow();
    assertEquals(record, LearnerRecords.validate(LearnerRecords.toJson(record)).value().orElseThrow());
  }

  @Test
  void absentOptionalParts_takeTheirDefaults() {
    LearnerRecord record = LearnerRecords.validate(minimal("")).value().orElseThrow();
    assertEquals(Optional.empty(), record.version());
    assertEquals(0, record.priorLearningReductionHours());
    assertFalse(record.declarations().portfolioSubmitted());
    assertEquals(Optional.empty(), record.epa());
  }

  @Test
  void nullForAnOptionalValue_meansAbsent() {
    LearnerRecord record = LearnerRecords.validate(minimal(", \"version\": null, \"epa\": null")).value().orElseThrow();
    assertEquals(Optional.empty(), record.version());
    assertEquals(Optional.empty(), record.epa());
  }

  @Test
  void extensions_holdAnyDataOfTheCallers() {
    LearnerRecord record = LearnerRecords.validate(minimal(", \"extensions\": {\"lmsId\": 42, \"tags\": [\"a\"]}")).value().orElseThrow();
    assertEquals(IntNode.valueOf(42), record.extensions().get("lmsId"));
  }

  @Test
  void unknownField_isAnError_withASuggestion() {
    List<Finding> findings = LearnerRecords.validate(minimal(", \"evidnce\": []")).findings();
    assertEquals(List.of("JSON_03 $.evidnce"), codesAndPaths(findings));
    assertEquals("\"evidnce\" is not a field here; did you mean \"evidence\"?", findings.get(0).message());
  }

  @Test
  void structuralProblems_areAllReportedAtOnce() {
    String json = "{\"learnerId\": \"L-1\", \"standard\": \"ST0007\", \"startDate\": \"2024-02-30\","
        + " \"contractedHoursPerWeek\": \"37.5\","
        + " \"evidence\": [{\"id\": \"E1\", \"title\": \"T\", \"date\": \"2025-01-01\", \"ksbs\": [\"K1\", \"k2\"], \"status\": \"ACCEPTD\"}],"
        + " \"offTheJob\": [{\"date\": \"2024-09-09\", \"hours\": 0, \"activity\": \"\"}],"
        + " \"declarations\": {\"portfolioSubmitted\": \"yes\"}}";
    List<Finding> findings = LearnerRecords.validate(json).findings();
    assertEquals(List.of(
            "JSON_05 $.contractedHoursPerWeek",
            "JSON_05 $.declarations.portfolioSubmitted",
            "FIELD_02 $.evidence[0].ksbs[1]",
            "JSON_06 $.evidence[0].status",
            "FIELD_01 $.offTheJob[0].activity",
            "FIELD_03 $.offTheJob[0].hours",
            "JSON_04 $.plannedEndDate",
            "JSON_07 $.startDate"),
        codesAndPaths(findings));
    assertEquals("must be one of DRAFT, SUBMITTED, ACCEPTED, REJECTED, not the string \"ACCEPTD\"",
        findings.stream().filter(f -> f.path().equals("$.evidence[0].status")).findFirst().orElseThrow().message());
  }

  @Test
  void fieldConstraintsBeyondTheSchema_areReportedAfterBinding() {
    List<Finding> findings = LearnerRecords.validate(minimal(", \"evidence\": [{\"id\": \"  \", \"title\": \"T\", \"date\": \"2025-01-01\", \"status\": \"DRAFT\"}]")).findings();
    assertEquals(List.of("FIELD_01 $.evidence[0].id"), codesAndPaths(findings));
  }

  @Test
  void tooLongAnId_isReported() {
    List<Finding> findings = LearnerRecords.validate(minimal("").replace("\"L-1\"", "\"" + "L".repeat(101) + "\"")).findings();
    assertEquals(List.of("FIELD_05 $.learnerId"), codesAndPaths(findings));
  }

  @Test
  void ndjson_givesOneInputPerLine_inOrder_blankLinesIncluded_withTheIdOfInvalidRecords() {
    String lines = minimal("") + "\r\n\n{\"learnerId\": \"L-9\", \"standard\": 7}\n" + minimal("").replace("L-1", "L-2") + "\n";
    List<LearnerRecordInput> inputs = LearnerRecords.readLines(stream(lines)).collect(Collectors.toList());
    assertEquals(4, inputs.size());
    assertTrue(inputs.get(0).record().isValid());
    assertEquals(List.of("JSON_01 $"), codesAndPaths(inputs.get(1).record().findings()));
    assertEquals(Optional.empty(), inputs.get(1).learnerId());
    assertFalse(inputs.get(2).record().isValid());
    assertEquals(Optional.of("L-9"), inputs.get(2).learnerId());
    assertEquals("L-2", inputs.get(3).record().value().orElseThrow().learnerId());
  }

  @Test
  void ndjson_lineOverTheLimit_isAFinding_andTheNextLineStillReads() {
    InputStream huge = new InputStream() {
      private long left = 9L * 1024 * 1024;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }
    };
    InputStream rest = stream("\n" + minimal(""));
    List<LearnerRecordInput> inputs = LearnerRecords.readLines(new java.io.SequenceInputStream(huge, rest)).collect(Collectors.toList());
    assertEquals(2, inputs.size());
    assertEquals(List.of("JSON_02 $"), codesAndPaths(inputs.get(0).record().findings()));
    assertTrue(inputs.get(1).record().isValid());
  }

  @Test
  void readInput_keepsTheIdOfAnInvalidRecord() {
    LearnerRecordInput input = LearnerRecords.readInput(stream("{\"learnerId\": \"L-7\"}"));
    assertEquals(Optional.of("L-7"), input.learnerId());
    assertFalse(input.record().isValid());
    assertEquals(4, input.record().findings().size());
  }

  static String minimal(String more) {
    return "{\"learnerId\": \"L-1\", \"standard\": \"ST0007\", \"startDate\": \"2024-09-02\", \"plannedEndDate\": \"2026-03-02\","
        + " \"contractedHoursPerWeek\": 37.5" + more + "}";
  }
}

package org.apprenticeship.standard.data;

import static org.apprenticeship.standard.data.StandardsTest.codesAndPaths;
import static org.apprenticeship.standard.data.StandardsTest.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AttemptKind;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.LearnerRecordInput;
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
    assertEquals(new BigDecimal("37.5"), record.contractedHoursPerWeek());
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
    assertEquals(BigDecimal.ZERO, record.priorLearningReductionHours());
    assertEquals(Optional.empty(), record.dateOfBirth());
    assertEquals(List.of(), record.breaks());
    assertFalse(record.declarations().portfolioSubmitted());
    assertEquals(Optional.empty(), record.epa());
  }

  @Test
  void hours_areReadAndWrittenExactlyAsWritten() {
    String json = minimal(", \"priorLearningReductionHours\": 12.0,"
        + " \"offTheJob\": [{\"date\": \"2024-09-09\", \"hours\": 0.1, \"activity\": \"A\"},"
        + " {\"date\": \"2024-09-10\", \"hours\": 7.50, \"activity\": \"B\"}, {\"date\": \"2024-09-11\", \"hours\": 6, \"activity\": \"C\"}]")
        .replace("37.5", "37.50");
    LearnerRecord record = LearnerRecords.validate(json).value().orElseThrow();
    assertEquals("37.50", record.contractedHoursPerWeek().toString());
    assertEquals("12.0", record.priorLearningReductionHours().toString());
    assertEquals(List.of("0.1", "7.50", "6"), record.offTheJob().stream().map(e -> e.hours().toString()).collect(Collectors.toList()));
    String written = LearnerRecords.toJson(record);
    assertTrue(written.contains("\"contractedHoursPerWeek\": 37.50,"), written);
    assertTrue(written.contains("\"priorLearningReductionHours\": 12.0,"), written);
    assertTrue(written.contains("\"hours\": 0.1,") && written.contains("\"hours\": 7.50,") && written.contains("\"hours\": 6,"), written);
    assertEquals(record, LearnerRecords.validate(written).value().orElseThrow());
  }

  @Test
  void hoursInExponentForm_areWrittenPlainly() {
    LearnerRecord record = LearnerRecords.validate(minimal("").replace("37.5", "3.75E+1")).value().orElseThrow();
    assertEquals(0, new BigDecimal("37.5").compareTo(record.contractedHoursPerWeek()));
    assertTrue(LearnerRecords.toJson(record).contains("\"contractedHoursPerWeek\": 37.5,"), LearnerRecords.toJson(record));
  }

  @Test
  void theFieldsTheFundingRulesNeed_readAsTheSpecificationWritesThem() {
    String json = minimal(", \"dateOfBirth\": \"1990-05-01\","
        + " \"breaks\": [{\"from\": \"2024-03-04\", \"to\": \"2024-08-31\", \"reason\": \"Parental leave\"}, {\"from\": \"2025-01-06\", \"to\": \"2025-01-06\"}],"
        + " \"epa\": {\"results\": [{\"method\": \"observation\", \"grade\": \"PASS\", \"date\": \"2026-05-01\", \"attempt\": 2, \"kind\": \"RESIT\"}]}");
    Validated<LearnerRecord> result = LearnerRecords.validate(json);
    assertEquals(List.of(), result.findings());
    LearnerRecord record = result.value().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(1990, 5, 1)), record.dateOfBirth());
    BreakInLearning parental = record.breaks().get(0);
    assertEquals(LocalDate.of(2024, 3, 4), parental.from());
    assertEquals(LocalDate.of(2024, 8, 31), parental.to());
    assertEquals(Optional.of("Parental leave"), parental.reason());
    // 4 March to 31 August 2024, both included: 28 + 30 + 31 + 30 + 31 + 31 = 181 days.
    assertEquals(181, parental.days());
    assertEquals(1, record.breaks().get(1).days());
    assertEquals(Optional.empty(), record.breaks().get(1).reason());
    assertEquals(Optional.of(AttemptKind.RESIT), record.epa().orElseThrow().results().get(0).kind());
    assertEquals(record, LearnerRecords.validate(LearnerRecords.toJson(record)).value().orElseThrow());
  }

  @Test
  void theFieldsTheFundingRulesNeed_areCheckedLikeTheOthers() {
    String json = minimal(", \"dateOfBirth\": \"1990-02-30\", \"breaks\": [{\"from\": \"2024-03-04\", \"reason\": \" \", \"resaon\": \"x\"}],"
        + " \"epa\": {\"results\": [{\"method\": \"observation\", \"grade\": \"PASS\", \"date\": \"2026-05-01\", \"kind\": \"RESITTING\"}]}");
    // One pass: the blank reason is reported with the broken structure around it, not after it is mended.
    assertEquals(List.of("FIELD_01 $.breaks[0].reason", "JSON_03 $.breaks[0].resaon", "JSON_04 $.breaks[0].to", "JSON_07 $.dateOfBirth",
            "JSON_06 $.epa.results[0].kind"),
        codesAndPaths(LearnerRecords.validate(json).findings()));
    assertEquals(List.of("FIELD_01 $.breaks[0].reason"),
        codesAndPaths(LearnerRecords.validate(minimal(", \"breaks\": [{\"from\": \"2024-03-04\", \"to\": \"2024-03-04\", \"reason\": \" \"}]")).findings()));
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
  void extensionNumbers_stayAsWritten_andTheRecordReadBackIsEqual() {
    String json = minimal(", \"extensions\": {\"huge\": 1e400, \"long\": 12345678901234567890.5, \"tenths\": 1.10,"
        + " \"hundred\": 1E+2, \"whole\": 12345678901234567890, \"nested\": {\"list\": [1.10, -0.5, 1e-7]}}");
    LearnerRecord record = LearnerRecords.validate(json).value().orElseThrow();
    assertEquals(new BigDecimal("1e400"), record.extensions().get("huge").decimalValue());
    assertEquals(new BigDecimal("12345678901234567890.5"), record.extensions().get("long").decimalValue());
    assertEquals(new BigDecimal("1.10"), record.extensions().get("tenths").decimalValue());
    assertEquals(new BigDecimal("1E+2"), record.extensions().get("hundred").decimalValue());
    assertEquals(new BigInteger("12345678901234567890"), record.extensions().get("whole").bigIntegerValue());
    String written = LearnerRecords.toJson(record);
    for (String number : List.of("1E+400", "12345678901234567890.5", "1.10", "1E+2", "12345678901234567890", "-0.5", "1E-7")) {
      assertTrue(written.contains(number), number + " is not in " + written);
    }
    assertEquals(record, LearnerRecords.validate(written).value().orElseThrow());
    assertEquals(record.hashCode(), LearnerRecords.validate(written).value().orElseThrow().hashCode());
  }

  @Test
  void extensions_areHeldImmutably() {
    LearnerRecord record = LearnerRecords.validate(minimal(", \"extensions\": {\"lms\": {\"ids\": [1, 2]}}")).value().orElseThrow();
    int hash = record.hashCode();
    assertThrows(UnsupportedOperationException.class, () -> ((ObjectNode) record.extensions().get("lms")).put("ids", 3));
    assertThrows(UnsupportedOperationException.class, () -> ((ArrayNode) record.extensions().get("lms").get("ids")).add(3));
    ObjectNode given = JsonNodeFactory.instance.objectNode().put("a", 1);
    LearnerRecord built = record.withExtensions(Map.of("given", given));
    given.put("a", 2);
    assertEquals(1, built.extensions().get("given").get("a").asInt());
    assertEquals(hash, record.hashCode());
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
  void ndjson_numbersEachInputByItsLine_andCountsTheLinesOfMalformedJsonInTheWholeInput() {
    String lines = minimal("") + "\n\n" + minimal("").replace("L-1", "L-3") + "\n{\"learnerId\": \"L-4\", \"standard\" \"ST0007\"}\n"
        + minimal(", \"learnerId\": \"L-5\"").replace("\"L-1\"", "\"L-0\"") + "\n";
    List<LearnerRecordInput> inputs = LearnerRecords.readLines(stream(lines)).collect(Collectors.toList());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), inputs.stream().map(input -> input.line().orElseThrow()).collect(Collectors.toList()));
    Finding malformed = inputs.get(3).record().findings().get(0);
    assertTrue(malformed.message().startsWith("not well-formed JSON at line 4, column 33"), malformed.message());
    assertEquals(Optional.of("L-4"), inputs.get(3).learnerId(), "the id read before the fault is kept");
    Finding duplicate = inputs.get(4).record().findings().get(0);
    assertEquals("JSON_08", duplicate.code().name());
    assertTrue(duplicate.message().contains("at line 5, column "), duplicate.message());
    assertTrue(LearnerRecords.readInput(stream("{\"learnerId\": \"L-7\"}")).line().isEmpty(), "a document on its own has no line");
  }

  @Test
  void ndjson_lineOverTheLimit_keepsItsNumber_andTheIdAtItsStart() {
    String start = "{\"learnerId\": \"L-LONG\", \"extensions\": {\"x\": \"";
    InputStream huge = new InputStream() {
      private long left = 9L * 1024 * 1024;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }
    };
    InputStream lines = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(stream(minimal("") + "\n" + start), huge,
        stream("\"}}\n" + "x".repeat(9 * 1024 * 1024) + "\n" + minimal("")))));
    List<LearnerRecordInput> inputs = LearnerRecords.readLines(lines).collect(Collectors.toList());
    assertEquals(4, inputs.size());
    assertEquals(2L, inputs.get(1).line().orElseThrow());
    assertEquals(Optional.of("L-LONG"), inputs.get(1).learnerId());
    Finding tooLong = inputs.get(1).record().findings().get(0);
    assertEquals("line 2 is longer than 8388608 bytes, the most a record may have", tooLong.message());
    assertEquals(Optional.empty(), inputs.get(2).learnerId(), "a start that is not JSON gives no id");
    assertEquals(List.of("JSON_02 $"), codesAndPaths(inputs.get(2).record().findings()));
    assertTrue(inputs.get(3).record().isValid());
  }

  @Test
  void ndjson_recordsAreReadOnce_whicheverThreadsAsk() throws Exception {
    List<LearnerRecordInput> inputs = LearnerRecords.readLines(stream(minimal("") + "\n{\"learnerId\": 7}\n")).collect(Collectors.toList());
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Validated<LearnerRecord>>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(threads.submit(() -> inputs.get(0).record()));
      }
      for (java.util.concurrent.Future<Validated<LearnerRecord>> read : reads) {
        assertTrue(read.get() == inputs.get(0).record(), "one outcome, read once");
      }
    } finally {
      threads.shutdown();
    }
    assertEquals(Optional.empty(), inputs.get(1).learnerId());
    assertTrue(codesAndPaths(inputs.get(1).record().findings()).contains("JSON_05 $.learnerId"));
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

package org.apprenticeship.standard.data;

import static org.apprenticeship.standard.data.LearnerRecordsTest.minimal;
import static org.apprenticeship.standard.data.StandardsTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

/** Bad JSON only ever yields findings: never an exception, never a half-built value. */
class HardenedReadingTest {

  @Test
  void malformedJson_givesLineAndColumn() {
    Finding finding = single(LearnerRecords.validate("{\n  \"learnerId\": \"L-1\",\n  \"standard\" \"ST0007\"\n}").findings(), FindingCode.JSON_01);
    assertTrue(finding.message().startsWith("not well-formed JSON at line 3, column 14"), finding.message());
    assertEquals("$.standard", finding.path());
  }

  @Test
  void emptyDocument_isReported() {
    assertTrue(single(LearnerRecords.validate("").findings(), FindingCode.JSON_01).message().contains("empty"));
    assertTrue(single(LearnerRecords.validate("   \n").findings(), FindingCode.JSON_01).message().contains("empty"));
  }

  @Test
  void truncatedDocument_isReported() {
    Finding finding = single(LearnerRecords.validate("{\"learnerId\": \"L-1\", \"evidence\": [").findings(), FindingCode.JSON_01);
    assertTrue(finding.message().contains("cut short"), finding.message());
  }

  @Test
  void contentAfterTheDocument_isReported() {
    Finding finding = single(LearnerRecords.validate(minimal("") + " {}").findings(), FindingCode.JSON_01);
    assertTrue(finding.message().contains("goes on after its end"), finding.message());
  }

  @Test
  void duplicateField_isReported() {
    Finding finding = single(LearnerRecords.validate(minimal(", \"learnerId\": \"L-2\"")).findings(), FindingCode.JSON_08);
    assertTrue(finding.message().contains("learnerId"), finding.message());
  }

  @Test
  void deepNesting_isRefused() {
    String deep = "[".repeat(40) + "]".repeat(40);
    Finding finding = single(LearnerRecords.validate(minimal(", \"extensions\": {\"x\": " + deep + "}")).findings(), FindingCode.JSON_02);
    assertTrue(finding.message().contains("nesting depth"), finding.message());
  }

  @Test
  void longString_isRefused() {
    String text = "x".repeat(100_001);
    single(LearnerRecords.validate(minimal(", \"extensions\": {\"x\": \"" + text + "\"}")).findings(), FindingCode.JSON_02);
  }

  @Test
  void longNumber_isRefused() {
    single(LearnerRecords.validate(minimal(", \"priorLearningReductionHours\": 1" + "0".repeat(120))).findings(), FindingCode.JSON_02);
  }

  @Test
  void documentOverTheSizeLimit_isRefused_withoutReadingItAll() {
    InputStream head = new ByteArrayInputStream("{\"extensions\": {\"x\": [".getBytes(StandardCharsets.UTF_8));
    InputStream body = new InputStream() {
      private long left = 9L * 1024 * 1024;

      @Override
      public int read() {
        return left-- > 0 ? (left % 2 == 0 ? ',' : '1') : -1;
      }
    };
    Validated<LearnerRecord> result = LearnerRecords.validate(new SequenceInputStream(Collections.enumeration(List.of(head, body))));
    assertEquals(FindingCode.JSON_02, result.findings().get(0).code());
  }

  @Test
  void typeHints_areNotHonoured_butRefusedAsUnknownFields() {
    List<Finding> findings = LearnerRecords.validate(minimal(", \"@class\": \"java.lang.ProcessBuilder\"")).findings();
    assertEquals(FindingCode.JSON_03, single(findings, FindingCode.JSON_03).code());
  }

  @Test
  void aNonObjectDocument_isAWrongType() {
    assertEquals("must be an object, not an array", single(LearnerRecords.validate("[]").findings(), FindingCode.JSON_05).message());
  }

  @Property(tries = 300)
  void everyTruncation_ofAValidRecord_yieldsFindings(@ForAll @IntRange(min = 0, max = 1000) int cut) throws IOException {
    String json = LearnerRecordsTest.specExample();
    String truncated = json.substring(0, Math.min(cut, json.length() - 1));
    Validated<LearnerRecord> result = LearnerRecords.validate(truncated);
    assertFalse(result.isValid());
    assertFalse(result.findings().isEmpty());
  }

  @Property(tries = 500)
  void randomEdits_ofAValidRecord_yieldFindingsOrAValidRecord(@ForAll("edits") List<int[]> edits) throws IOException {
    StringBuilder json = new StringBuilder(LearnerRecordsTest.specExample());
    String alphabet = "{}[]\",:0123456789.-eE tfnaulrsKSB\\x\u00e9\n";
    for (int[] edit : edits) {
      int at = edit[0] % (json.length() + 1);
      char c = alphabet.charAt(edit[1] % alphabet.length());
      switch (edit[2] % 3) {
        case 0:
          json.insert(at, c);
          break;
        case 1:
          if (at < json.length()) {
            json.deleteCharAt(at);
          }
          break;
        default:
          if (at < json.length()) {
            json.setCharAt(at, c);
          }
      }
    }
    Validated<LearnerRecord> result = LearnerRecords.validate(json.toString());
    assertEquals(result.isValid(), result.value().isPresent());
    assertEquals(result.isValid(), result.findings().stream().noneMatch(Finding::isError));
    result.findings().forEach(f -> assertTrue(f.path().startsWith("$"), f.toString()));
  }

  @Property(tries = 200)
  void randomEdits_ofTheBundledStandard_yieldFindingsOrAValidStandard(@ForAll("edits") List<int[]> edits) {
    StringBuilder json = new StringBuilder(Standards.toJson(StandardsTest.ST0007));
    for (int[] edit : edits) {
      int at = edit[0] * 31 % json.length();
      json.setCharAt(at, "x\"{0]:,".charAt(edit[1] % 7));
    }
    var result = Standards.validate(StandardsTest.stream(json.toString()));
    assertEquals(result.isValid(), result.findings().stream().noneMatch(Finding::isError));
  }

  @Provide
  Arbitrary<List<int[]>> edits() {
    Arbitrary<int[]> edit = Arbitraries.integers().between(0, 100_000).array(int[].class).ofSize(3);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }
}

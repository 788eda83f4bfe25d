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
    JsonNode over19 = result("over-19-without-english-maths").at("/gateway");
    assertTrue(over19.at("/ready").asBoolean());
    assertEquals("NOT_APPLICABLE", over19.at("/criteria/1/status").asText());
    assertEquals("english-maths-under-19", over19.at("/criteria/1/rule").asText());
    JsonNode partTime = result("part-time").at("/gateway/criteria/5");
    assertEquals("NOT_MET", partTime.at("/status").asText());
    assertEquals("part-time-duration", partTime.at("/rule").asText());
    JsonNode withBreak = result("break-in-learning");
    assertEquals(78, withBreak.at("/offTheJob/plannedWeeks").asInt());
    assertEquals(417.6, withBreak.at("/offTheJob/minimumHours").asDouble());
    assertEquals(0, withBreak.at("/findings").size());
    JsonNode early = result("early-gateway");
    assertEquals("TIME_SPENT_TO_GATEWAY", early.at("/offTheJob/minimumBasis").asText());
    assertEquals("2024-09-16", early.at("/gateway/judgedAt").asText());
    assertTrue(early.at("/gateway/ready").asBoolean());
  }

  @Test
  void aFundingRulesFileOfOnesOwn_isApplied_andABrokenOneIsAUsageError() throws IOException {
    // Next year's rules, as a provider would write them: the bundled file with the 6-hour rule's figure changed to 8.
    java.nio.file.Path mine = java.nio.file.Files.createTempFile("funding-rules", ".json");
    try {
      String bundled = org.apprenticeship.standard.data.FundingRules.toJson(org.apprenticeship.standard.data.FundingRules.bundled());
      java.nio.file.Files.writeString(mine, bundled.replace("\"hoursPerWeek\": 6,", "\"hoursPerWeek\": 8,")
          .replace("\"version\": \"2026.11\"", "\"version\": \"2027.1\""));
      JsonNode result = JSON.readTree(CliRun.of("evaluate", Examples.file("on-track"), "--as-of", Examples.asOf("on-track"), "--format", "json",
          "--funding-rules", mine.toString()).out);
      // 69.6 training weeks at 8 hours a week: 556.8 hours.
      assertEquals(556.8, result.at("/offTheJob/minimumHours").asDouble());
      assertEquals("2027.1", result.at("/fundingRulesVersion").asText());
      java.nio.file.Files.writeString(mine, bundled.replace("\"hoursPerWeek\": 6,", ""));
      CliRun broken = CliRun.of("evaluate", Examples.file("on-track"), "--as-of", "2025-06-02", "--funding-rules", mine.toString());
      assertEquals(StandardCli.USAGE_OR_IO, broken.exitCode, broken::toString);
      assertTrue(broken.err.contains("FUNDING_01 $.rules[7].parameters"), broken.err);
    } finally {
      java.nio.file.Files.delete(mine);
    }
  }

  @Test
  void publishedMinimums_mayBeGivenForRangesOfStartDates() throws IOException {
    // A start on 2025-09-01 takes the transitional figure of August to December 2025.
    java.nio.file.Path record = java.nio.file.Files.createTempFile("record", ".json");
    try {
      java.nio.file.Files.writeString(record, "{\"learnerId\": \"L-2025\", \"standard\": \"ST0007\", \"startDate\": \"2025-09-01\","
          + " \"plannedEndDate\": \"2027-03-01\", \"contractedHoursPerWeek\": 37.5}");
      JsonNode result = JSON.readTree(CliRun.of("evaluate", record.toString(), "--as-of", "2025-10-01", "--format", "json",
          "--published-otj-minimum", "2025-08-01..2025-12-31=250,2026-01-01..=300").out);
      assertEquals(250, result.at("/offTheJob/minimumHours").asInt());
      CliRun overlapping = CliRun.of("evaluate", record.toString(), "--as-of", "2025-10-01", "--published-otj-minimum", "300,2026-01-01..=250");
      assertEquals(StandardCli.USAGE_OR_IO, overlapping.exitCode, overlapping::toString);
      assertTrue(overlapping.err.contains("must not overlap"), overlapping.err);
      CliRun malformed = CliRun.of("evaluate", record.toString(), "--as-of", "2025-10-01", "--published-otj-minimum", "from August=250");
      assertEquals(StandardCli.USAGE_OR_IO, malformed.exitCode, malformed::toString);
      assertTrue(malformed.err.contains("is not HOURS or FIRST..LAST=HOURS"), malformed.err);
    } finally {
      java.nio.file.Files.delete(record);
    }
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

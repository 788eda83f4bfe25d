package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON output of {@code evaluate} is a contract that other programs parse: these are the field
 * names and types of SPEC section 7, checked by name, so that a rename fails here.
 */
class JsonContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode evaluate(String name) throws Exception {
    return JSON.readTree(CliRun.of("evaluate", Examples.file(name), "--as-of", Examples.asOf(name), "--format", "json").out);
  }

  @Test
  void anEvaluation_hasEveryContractFieldWithItsType() throws Exception {
    for (String name : List.of("on-track", "resit-capped")) {
      JsonNode e = evaluate(name);
      text(e, "learnerId");
      assertTrue(e.get("valid").isBoolean() && e.get("valid").asBoolean(), "valid in " + name);
      text(e, "standard");
      text(e, "version");
      text(e, "fundingRulesVersion");
      date(e, "asOf");
      JsonNode coverage = e.get("coverage");
      number(coverage, "percent");
      number(coverage, "expectedPercent");
      assertTrue(Set.of("GREEN", "AMBER", "RED").contains(coverage.get("rag").asText()));
      coverage.get("uncovered").forEach(code -> assertTrue(code.isTextual()));
      for (JsonNode ksb : coverage.get("ksbs")) {
        text(ksb, "code");
        assertTrue(Set.of("NOT_STARTED", "IN_PROGRESS", "COVERED").contains(ksb.get("status").asText()));
        assertTrue(ksb.get("accepted").isInt() && ksb.get("pending").isInt());
      }
      for (JsonNode method : coverage.get("methods")) {
        text(method, "method");
        assertTrue(method.get("covered").isInt() && method.get("total").isInt());
      }
      JsonNode otj = e.get("offTheJob");
      text(otj, "regime");
      numberOrNull(otj, "minimumHours");
      number(otj, "loggedHours");
      number(otj, "hoursAfterGateway");
      textOrNull(otj, "minimumBasis");
      otj.get("rules").forEach(rule -> assertTrue(rule.isTextual()));
      numberOrNull(otj, "remainingHours");
      numberOrNull(otj, "weeklyPaceNeeded");
      JsonNode gateway = e.get("gateway");
      assertTrue(gateway.get("ready").isBoolean());
      date(gateway, "judgedAt");
      List<String> ids = new java.util.ArrayList<>();
      for (JsonNode criterion : gateway.get("criteria")) {
        ids.add(criterion.get("id").asText());
        assertTrue(Set.of("MET", "NOT_MET", "NOT_APPLICABLE").contains(criterion.get("status").asText()));
        assertTrue(criterion.get("mandatory").isBoolean());
        text(criterion, "reason");
        textOrNull(criterion, "rule");
      }
      assertEquals(List.of("diploma", "english", "maths", "portfolio", "off-the-job", "minimum-duration", "employer-confirmation",
          "observation-scope"), ids);
      JsonNode grade = e.get("grade");
      assertTrue(grade.get("overall").isNull() || Set.of("FAIL", "PASS", "DISTINCTION").contains(grade.get("overall").asText()));
      assertTrue(grade.get("capped").isBoolean());
      for (JsonNode method : grade.get("methods")) {
        text(method, "method");
        assertTrue(method.get("grade").isNull() || method.get("grade").isTextual());
      }
      JsonNode timeline = e.get("timeline");
      for (String field : List.of("gatewayDate", "epaDeadline", "observationPreparationEnds", "resitDeadline")) {
        assertTrue(timeline.has(field) && (timeline.get(field).isNull() || isDate(timeline.get(field))), field);
      }
      for (JsonNode finding : e.get("findings")) {
        for (String field : List.of("code", "severity", "path", "message")) {
          text(finding, field);
        }
      }
    }
  }

  @Test
  void everyResultDocument_saysWhetherTheRecordWasValid() throws Exception {
    for (String name : Examples.NAMES) {
      JsonNode e = evaluate(name);
      assertEquals(Examples.valid(name), e.get("valid").asBoolean(), name);
      assertEquals(List.of("learnerId", "valid"), EvaluateCommandTest.fieldNames(e).subList(0, 2), name);
      assertFalse(e.has("line"), "a document on its own has no line");
    }
  }

  @Test
  void absentValues_areNull_notLeftOut() throws Exception {
    JsonNode onTrack = evaluate("on-track");
    assertTrue(onTrack.at("/grade/overall").isNull());
    assertTrue(onTrack.at("/timeline/gatewayDate").isNull());
    assertTrue(onTrack.at("/timeline").has("resitDeadline"));
  }

  private static void text(JsonNode node, String field) {
    assertTrue(node.has(field) && node.get(field).isTextual(), field + " in " + node);
  }

  private static void textOrNull(JsonNode node, String field) {
    assertTrue(node.has(field) && (node.get(field).isTextual() || node.get(field).isNull()), field + " in " + node);
  }

  private static void number(JsonNode node, String field) {
    assertTrue(node.has(field) && node.get(field).isNumber(), field + " in " + node);
  }

  private static void numberOrNull(JsonNode node, String field) {
    assertTrue(node.has(field) && (node.get(field).isNumber() || node.get(field).isNull()), field + " in " + node);
  }

  private static void date(JsonNode node, String field) {
    assertTrue(node.has(field) && isDate(node.get(field)), field + " in " + node);
  }

  private static boolean isDate(JsonNode value) {
    return value.isTextual() && value.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  }
}

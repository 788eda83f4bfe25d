package org.apprenticeship.standard.data;

import static org.apprenticeship.standard.data.StandardsTest.codesAndPaths;
import static org.apprenticeship.standard.data.StandardsTest.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.AppliesBy;
import org.apprenticeship.standard.model.FundingParameter;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleKind;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.FundingTopic;
import org.apprenticeship.standard.model.InvalidDataException;
import org.apprenticeship.standard.model.SourceStatus;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

/** The bundled funding rules, checked against the reference sheet, and reading a caller's own file. */
class FundingRulesTest {
  private static final FundingRuleSet BUNDLED = FundingRules.bundled();
  private static final LocalDate ANY = LocalDate.of(2000, 1, 1);

  private static FundingRule rule(String id) {
    return BUNDLED.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no rule " + id));
  }

  private static String byStart(FundingTopic topic, LocalDate start) {
    return BUNDLED.inForce(topic, start, ANY).map(FundingRule::id).orElse("none");
  }

  private static String byEvent(FundingTopic topic, LocalDate event) {
    return BUNDLED.inForce(topic, ANY, event).map(FundingRule::id).orElse("none");
  }

  private static BigDecimal parameter(String rule, FundingParameter parameter) {
    return rule(rule).parameters().require(parameter);
  }

  @Test
  void bundled_isLoadedOnce_validated_andNamesItsVersion() {
    assertSame(BUNDLED, FundingRules.bundled());
    assertEquals("2026.11", BUNDLED.version());
    assertEquals(List.of(), FundingRules.validate(BUNDLED).findings());
    assertEquals(15, BUNDLED.rules().size());
  }

  @Test
  void bundledFile_isInTheCanonicalFormThatToJsonWrites_andMatchesTheManifest() throws Exception {
    byte[] bytes = BundledStandards.resource(BundledStandards.FOLDER + "funding-rules.json");
    assertEquals(new String(bytes, StandardCharsets.UTF_8), FundingRules.toJson(BUNDLED));
    // The load trusts the file once its checksum matches: here it is read in full, once, by the build.
    assertEquals(List.of(), FundingRules.validate(new java.io.ByteArrayInputStream(bytes)).findings());
    String manifest = new String(BundledStandards.resource(BundledStandards.MANIFEST), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("\"sha256\": \"" + BundledStandards.sha256(bytes) + "\""), manifest);
  }

  @Test
  void bundledFile_passesItsSchema_withTheLibrarysCheckerAndARealValidator() {
    String text = FundingRules.toJson(BUNDLED);
    assertEquals(List.of(), FundingRules.validate(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).findings());
    assertEquals(List.of(), RealSchemaValidator.of(FundingRules.schema(), "https://example.org/funding-rules.schema.json").errors(text));
  }

  @Test
  void theFiguresOfTheSheet_areTheParametersOfTheRules() {
    assertEquals(new BigDecimal("20"), parameter("otj-20-percent", FundingParameter.PERCENT));
    assertEquals(new BigDecimal("5.6"), parameter("otj-20-percent", FundingParameter.LEAVE_WEEKS_PER_YEAR));
    assertEquals(new BigDecimal("6"), parameter("otj-6-hours-a-week", FundingParameter.HOURS_PER_WEEK));
    assertEquals(new BigDecimal("30"), parameter("otj-6-hours-a-week", FundingParameter.HOURS_THRESHOLD));
    assertEquals(new BigDecimal("5.6"), parameter("otj-6-hours-a-week", FundingParameter.LEAVE_WEEKS_PER_YEAR));
    assertEquals(new BigDecimal("187"), parameter("otj-published-minimum", FundingParameter.FLOOR_HOURS));
    assertEquals(new BigDecimal("12"), parameter("minimum-duration-12-months", FundingParameter.MONTHS));
    assertEquals(new BigDecimal("365"), parameter("minimum-duration-12-months", FundingParameter.DAYS));
    assertEquals(new BigDecimal("8"), parameter("minimum-duration-8-months", FundingParameter.MONTHS));
    assertEquals(new BigDecimal("242"), parameter("minimum-duration-8-months", FundingParameter.DAYS));
    assertEquals(new BigDecimal("30"), parameter("part-time-duration", FundingParameter.HOURS_THRESHOLD));
    assertEquals(new BigDecimal("19"), parameter("english-maths-under-19", FundingParameter.AGE));
    assertEquals(Optional.of(LocalDate.of(2025, 2, 11)), rule("english-maths-under-19").from());
    assertEquals(AppliesBy.EVENT_DATE, rule("english-maths-under-19").appliesBy());
    assertEquals(AppliesBy.EVENT_DATE, rule("monthly-activity").appliesBy());
    assertEquals(AppliesBy.START_DATE, rule("otj-6-hours-a-week").appliesBy());
  }

  @Test
  void theRulesInForce_changeOnTheDatesOfTheSheet() {
    assertEquals("otj-20-percent", byStart(FundingTopic.OFF_THE_JOB, LocalDate.of(2022, 7, 31)));
    assertEquals("otj-6-hours-a-week", byStart(FundingTopic.OFF_THE_JOB, LocalDate.of(2022, 8, 1)));
    assertEquals("otj-6-hours-a-week", byStart(FundingTopic.OFF_THE_JOB, LocalDate.of(2025, 7, 31)));
    assertEquals("otj-published-minimum", byStart(FundingTopic.OFF_THE_JOB, LocalDate.of(2025, 8, 1)));
    assertEquals("minimum-duration-12-months", byStart(FundingTopic.MINIMUM_DURATION, LocalDate.of(2025, 7, 31)));
    assertEquals("minimum-duration-8-months", byStart(FundingTopic.MINIMUM_DURATION, LocalDate.of(2025, 8, 1)));
    assertEquals("part-time-duration", byStart(FundingTopic.PART_TIME_DURATION, LocalDate.of(2025, 7, 31)));
    assertEquals("none", byStart(FundingTopic.PART_TIME_DURATION, LocalDate.of(2025, 8, 1)));
    assertEquals("none", byStart(FundingTopic.EARLY_GATEWAY, LocalDate.of(2023, 7, 31)));
    assertEquals("early-gateway", byStart(FundingTopic.EARLY_GATEWAY, LocalDate.of(2023, 8, 1)));
    assertEquals("prior-learning-shortens-plan", byStart(FundingTopic.PRIOR_LEARNING, LocalDate.of(2025, 7, 31)));
    assertEquals("prior-learning-lowers-minimum", byStart(FundingTopic.PRIOR_LEARNING, LocalDate.of(2025, 8, 1)));
    assertEquals("english-maths-for-all", byEvent(FundingTopic.ENGLISH_AND_MATHS, LocalDate.of(2025, 2, 10)));
    assertEquals("english-maths-under-19", byEvent(FundingTopic.ENGLISH_AND_MATHS, LocalDate.of(2025, 2, 11)));
    assertEquals("none", byEvent(FundingTopic.MONTHLY_ACTIVITY, LocalDate.of(2023, 7, 1)));
    assertEquals("monthly-activity", byEvent(FundingTopic.MONTHLY_ACTIVITY, LocalDate.of(2023, 8, 1)));
  }

  @Test
  void theQuestionsEveryEvaluationAsks_haveARuleOnEveryDate() {
    for (FundingTopic topic : Set.of(FundingTopic.ENGLISH_AND_MATHS, FundingTopic.MINIMUM_DURATION, FundingTopic.OFF_THE_JOB,
        FundingTopic.PRIOR_LEARNING, FundingTopic.OFF_THE_JOB_COUNTED, FundingTopic.BREAKS_EXCLUDED, FundingTopic.PASSED_METHODS)) {
      for (LocalDate date = LocalDate.of(2015, 1, 1); date.isBefore(LocalDate.of(2030, 1, 1)); date = date.plusDays(1)) {
        assertTrue(BUNDLED.inForce(topic, date, date).isPresent(), topic + " on " + date);
      }
    }
  }

  @Test
  void everyRule_citesSourcesOfTheSet_andIsNoSurerThanThey() {
    for (FundingRule rule : BUNDLED.rules()) {
      assertEquals(rule.sources().size(), BUNDLED.sourcesOf(rule).size(), rule.id());
      SourceStatus strongest = BUNDLED.sourcesOf(rule).stream().map(s -> s.status()).max(Enum::compareTo).orElseThrow();
      assertTrue(rule.status().compareTo(strongest) <= 0, rule.id());
    }
    assertEquals(SourceStatus.SECONDARY, rule("prior-learning-shortens-plan").status());
    assertEquals(Set.of(FundingRuleKind.values()), BUNDLED.rules().stream().map(FundingRule::kind).collect(Collectors.toSet()));
  }

  @Test
  void applyingTo_aStartIn2024_listsEachRuleOnce_withTheEventRulesStillAhead() {
    List<String> ids = BUNDLED.applyingTo(LocalDate.of(2024, 9, 2)).stream().map(FundingRule::id).collect(Collectors.toList());
    assertEquals(List.of("english-maths-for-all", "english-maths-under-19", "minimum-duration-12-months", "part-time-duration",
        "early-gateway", "otj-6-hours-a-week", "prior-learning-shortens-plan", "otj-until-gateway", "breaks-excluded",
        "monthly-activity", "pass-is-final"), ids);
  }

  @Test
  void aCallersFile_withNextYearsRules_readsAndReplacesTheOpenEndedRule() {
    ObjectNode document = (ObjectNode) JsonSupport.mapper().valueToTree(BUNDLED);
    ObjectNode published = (ObjectNode) document.get("rules").get(8);
    assertEquals("otj-published-minimum", published.get("id").asText());
    published.put("to", "2026-07-31");
    ObjectNode next = document.withArray("rules").addObject();
    next.put("id", "otj-published-minimum-2026").put("kind", "OTJ_PUBLISHED_MINIMUM").put("appliesBy", "START_DATE")
        .put("from", "2026-08-01").put("statement", "The 2026-27 rule").put("status", "ASSUMED").put("note", "A provider's reading");
    next.putObject("parameters").put("floorHours", 200);
    next.putArray("sources").add("O6");
    document.put("version", "2027.1");
    FundingRuleSet mine = FundingRules.read(stream(document.toString()));
    assertEquals("2027.1", mine.version());
    assertEquals("otj-published-minimum", mine.inForce(FundingTopic.OFF_THE_JOB, LocalDate.of(2026, 7, 31), ANY).orElseThrow().id());
    assertEquals("otj-published-minimum-2026", mine.inForce(FundingTopic.OFF_THE_JOB, LocalDate.of(2026, 8, 1), ANY).orElseThrow().id());
  }

  @Test
  void aBrokenFile_givesEveryFinding_withCodesAndPaths() {
    ObjectNode document = (ObjectNode) JsonSupport.mapper().valueToTree(BUNDLED);
    ((ObjectNode) document.get("rules").get(0)).put("kinnd", "X");
    ((ObjectNode) document.get("rules").get(1)).put("from", "11 February 2025");
    Validated<FundingRuleSet> broken = FundingRules.validate(stream(document.toString()));
    assertFalse(broken.isValid());
    assertEquals(List.of("JSON_03 $.rules[0].kinnd", "JSON_07 $.rules[1].from"), codesAndPaths(broken.findings()));

    document = (ObjectNode) JsonSupport.mapper().valueToTree(BUNDLED);
    ((ObjectNode) document.get("rules").get(7).get("parameters")).remove("hoursThreshold");
    ((ObjectNode) document.get("rules").get(7)).put("from", "2022-07-01");
    List<String> findings = codesAndPaths(FundingRules.validate(stream(document.toString())).findings());
    assertEquals(List.of("FUNDING_02 $.rules[7].from", "FUNDING_01 $.rules[7].parameters"), findings);
    InvalidDataException thrown = assertThrows(InvalidDataException.class, () -> FundingRules.read(stream("{}")));
    assertTrue(thrown.getMessage().contains("the funding rules"), thrown.getMessage());
  }
}

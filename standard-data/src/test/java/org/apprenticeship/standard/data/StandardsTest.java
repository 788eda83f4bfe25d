package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.internal.CitationResolver;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.InvalidDataException;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.model.SourceStatus;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.UnknownStandardException;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

class StandardsTest {
  static final Standard ST0007 = Standards.bundled().get("ST0007");

  @Test
  void bundled_isLoadedOnceAndShared() {
    assertSame(Standards.bundled(), Standards.bundled());
    assertEquals(Optional.of("2026.11"), Standards.bundled().dataVersion());
    assertEquals(List.of("ST0007"), Standards.bundled().references());
  }

  @Test
  void st0007_isVersion11_withThe45KsbsOfTheOfficialPage() {
    assertSame(ST0007, Standards.bundled().get("ST0007", "1.1"));
    assertEquals("1.1", ST0007.version());
    assertEquals("Lead practitioner in adult care", ST0007.title());
    assertEquals(4, ST0007.level());
    assertEquals(13, ST0007.ksbs(KsbType.KNOWLEDGE).size());
    assertEquals(26, ST0007.ksbs(KsbType.SKILL).size());
    assertEquals(6, ST0007.ksbs(KsbType.BEHAVIOUR).size());
    assertEquals("OCC0007", ST0007.occupation().orElseThrow().reference());
    assertEquals(16, ST0007.occupation().orElseThrow().typicalJobTitles().size());
  }

  @Test
  void st0007_hasTwoMethods_andTheAssumedGradingTable() {
    var plan = ST0007.assessmentPlan().orElseThrow();
    assertEquals(List.of("observation", "professional-discussion"),
        plan.methods().stream().map(AssessmentMethod::id).collect(Collectors.toList()));
    assertEquals(32, plan.method("observation").orElseThrow().ksbs().size());
    assertEquals(45, plan.method("professional-discussion").orElseThrow().ksbs().size());
    assertEquals(Optional.of("DISTINCTION"),
        plan.overallFor(java.util.Map.of("observation", "PASS", "professional-discussion", "DISTINCTION")));
    assertEquals(Optional.of("FAIL"),
        plan.overallFor(java.util.Map.of("observation", "FAIL", "professional-discussion", "DISTINCTION")));
    assertEquals(java.time.Period.ofMonths(3), plan.epaPeriod());
    assertEquals(Optional.of("PASS"), plan.resit().orElseThrow().gradeCap());
  }

  @Test
  void st0007_isValid_withoutWarnings() {
    assertEquals(List.of(), Standards.validate(ST0007).findings());
  }

  @Test
  void everyBundledFact_isCited() {
    List<String> facts = CitationResolver.facts(JsonSupport.mapper().valueToTree(ST0007));
    assertTrue(facts.size() > 100, "facts: " + facts.size());
    List<String> uncited = facts.stream().filter(f -> ST0007.statusOf(f).isEmpty()).collect(Collectors.toList());
    assertEquals(List.of(), uncited);
  }

  @Test
  void statuses_followTheReferenceFacts() {
    assertEquals(Optional.of(SourceStatus.CONFIRMED), ST0007.statusOf("$.ksbs[K1].statement"));
    assertEquals(Optional.of(SourceStatus.CONFIRMED), ST0007.statusOf("$.occupation.soc2020.code"));
    assertEquals(Optional.of(SourceStatus.SECONDARY), ST0007.statusOf("$.ksbs[K1].theme"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), ST0007.statusOf("$.ksbs[S13].theme"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), ST0007.statusOf("$.ksbs[S16].theme"));
    // The six behaviours are on the official page, the label "the 6 Cs" is not (ST0007-facts.md).
    assertEquals(Optional.of(SourceStatus.ASSUMED), ST0007.statusOf("$.ksbs[B3].theme"));
    assertEquals(Optional.of(SourceStatus.SECONDARY), ST0007.statusOf("$.typicalDurationMonths"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), ST0007.statusOf("$.latestStartDate"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), ST0007.statusOf("$.assessmentPlan.methods[observation].ksbs"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), ST0007.statusOf("$.assessmentPlan.gradingRules"));
    assertEquals(Optional.of(SourceStatus.SECONDARY), ST0007.statusOf("$.assessmentPlan.methods[observation].durationMinutes"));
    assertEquals(Optional.of(SourceStatus.SECONDARY), ST0007.statusOf("$.assessmentPlan.overallGrades"));
    assertEquals(Optional.of(SourceStatus.SECONDARY), ST0007.statusOf("$.gatewayCriteria[english]"));
    assertEquals(Optional.of(SourceStatus.CONFIRMED), ST0007.statusOf("$.gatewayCriteria[minimum-duration]"));
    // The end of funding is official (the DfE help centre, P10); only its day is assumed (A1).
    assertEquals(SourceStatus.CONFIRMED, ST0007.sources().stream().filter(s -> s.id().equals("P10")).findFirst().orElseThrow().status());
  }

  @Test
  void bundledFile_isInTheCanonicalFormThatToJsonWrites() {
    String resource = new String(BundledStandards.resource(BundledStandards.FOLDER + "ST0007-1.1.json"), StandardCharsets.UTF_8);
    assertEquals(resource, Standards.toJson(ST0007));
  }

  /**
   * The bundled files are verified here, once, by the full reader: the load trusts a file whose
   * checksum matches the manifest, and does not check its constraints and citations again.
   */
  @Test
  void everyBundledFile_passesTheFullReader_withoutAFinding() {
    JsonNode manifest = JsonSupport.parse(new String(BundledStandards.resource(BundledStandards.MANIFEST), StandardCharsets.UTF_8))
        .orElseThrow("the manifest");
    assertTrue(manifest.path("files").size() > 0);
    for (JsonNode entry : manifest.path("files")) {
      byte[] bytes = BundledStandards.resource(BundledStandards.FOLDER + entry.path("file").asText());
      Validated<Standard> read = Standards.validate(new ByteArrayInputStream(bytes));
      assertEquals(List.of(), read.findings(), entry.path("file").asText());
      assertEquals(read.value().orElseThrow(), Standards.bundled().get(entry.path("reference").asText(), entry.path("version").asText()));
    }
  }

  @Test
  void manifestChecksum_matchesTheBundledFile() {
    String manifest = new String(BundledStandards.resource(BundledStandards.MANIFEST), StandardCharsets.UTF_8);
    String checksum = BundledStandards.sha256(BundledStandards.resource(BundledStandards.FOLDER + "ST0007-1.1.json"));
    assertTrue(manifest.contains(checksum), "the manifest does not carry " + checksum);
  }

  @Test
  void unknownReference_isATypedErrorListingWhatIsBundled() {
    UnknownStandardException e = assertThrows(UnknownStandardException.class, () -> Standards.bundled().get("ST9999"));
    assertEquals("there is no standard ST9999; the registry holds ST0007 (1.1)", e.getMessage());
  }

  @Test
  void unknownVersion_isATypedErrorListingTheVersions() {
    UnknownStandardException e = assertThrows(UnknownStandardException.class, () -> Standards.bundled().get("ST0007", "1.0"));
    assertEquals("there is no version 1.0 of ST0007; the registry holds ST0007 (1.1)", e.getMessage());
  }

  @Test
  void readingTheBundledText_givesAnEqualStandard() {
    assertEquals(ST0007, Standards.read(stream(Standards.toJson(ST0007))));
  }

  @Test
  void invalidStandard_isRefusedWithEveryFinding() {
    String json = Standards.toJson(ST0007)
        .replace("\"level\": 4,\n  \"status\"", "\"level\": \"four\",\n  \"status\"")
        .replace("\"code\": \"K3\"", "\"code\": \"K03\"")
        .replace("\"route\": \"Care services\",\n  \"typical", "\"rout\": \"Care services\",\n  \"typical");
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> Standards.read(stream(json)));
    assertEquals(List.of(
            "FIELD_02 $.ksbs[2].code",
            "JSON_05 $.level",
            "JSON_03 $.rout",
            "JSON_04 $.route"),
        codesAndPaths(e.findings()));
    assertEquals("\"rout\" is not a field here; did you mean \"route\"?", e.findings().get(2).message());
  }

  @Test
  void citationThatMatchesNoFact_isReported() {
    Standard broken = ST0007.withCitations(Citation.of("$.ksbs[K99].theme", "P1"));
    Validated<Standard> result = Standards.validate(broken);
    assertFalse(result.isValid());
    assertEquals(List.of("SOURCE_04 $.citations[0].path"), codesAndPaths(result.findings()));
  }

  @Test
  void structuralRulesOfTheModel_applyWhenReading() {
    String json = Standards.toJson(ST0007).replace("\"code\": \"K2\"", "\"code\": \"K1\"");
    Validated<Standard> result = Standards.validate(stream(json));
    assertEquals(List.of("PLAN_02 $.assessmentPlan.methods[1].ksbs[1]", "KSB_01 $.ksbs[1].code"), codesAndPaths(result.findings()));
  }

  static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> codesAndPaths(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  static Finding single(List<Finding> findings, FindingCode code) {
    assertEquals(1, findings.size(), () -> "findings: " + findings);
    assertEquals(code, findings.get(0).code(), () -> "finding: " + findings.get(0));
    return findings.get(0);
  }
}

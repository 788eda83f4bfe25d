package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.internal.CitationResolver;
import org.apprenticeship.standard.data.internal.IfateRecord;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

/**
 * Records of the public standards API and standards built to make the import and the citation
 * check do as much work as possible (issue 10, items 2 and 3): both take time in proportion to the
 * input, and a number is never expanded into its digits. Each protection is tested on its own, at
 * a size where the scan it replaced takes minutes and the lookup well under a second, so that the
 * generous time bounds hold on a loaded machine and fail without the protection on any.
 */
class HostileImportTest {
  private static final Duration GENEROUS = Duration.ofSeconds(60);
  private static final Duration SHORT = Duration.ofSeconds(20);

  private static String record(String version, int knowledges) {
    StringBuilder json = new StringBuilder("{\"referenceNumber\": \"ST0001\", \"title\": \"Imported\", \"version\": ").append(version)
        .append(", \"level\": 3, \"status\": \"Approved for delivery\", \"route\": \"Care services\", \"knowledges\": [");
    for (int i = 0; i < knowledges; i++) {
      json.append(i == 0 ? "" : ",").append("{\"knowledgeId\":\"k").append(i).append("\",\"detail\":\"K ").append(i).append("\"}");
    }
    return json.append("], \"skills\": [{\"skillId\": \"s-1\", \"detail\": \"Does\"}]}").toString();
  }

  @Test
  void aRecordWithThirtyTwoThousandKnowledges_isImported_inSeconds() {
    // The record: 32,000 knowledges (1.3 MB) took 86 s, since every finding (K10000 and above break the KSB
    // code form) scanned every one of the 96,000 known paths; now a few seconds on the loaded 2-core machine.
    String json = record("\"1.1\"", 32_000);
    Validated<Standard> imported = assertTimeoutPreemptively(GENEROUS, () -> IfateImport.read(json)).get(0);
    assertFalse(imported.isValid());
    List<Finding> findings = imported.findings();
    assertEquals(1_001, findings.size());
    Finding first = findings.get(0);
    assertEquals(FindingCode.FIELD_02, first.code());
    assertTrue(first.path().matches("\\$\\.knowledges\\[[0-9]+\\]\\.code"), first.path());
    assertTrue(findings.get(1_000).message().startsWith("21001 more findings are not listed (21001 errors and 0 warnings)"),
        findings.get(1_000).message());
  }

  @Test
  void movingFindingsIntoTheRecord_takesStepsInProportionToTheirPaths_notToTheRecord() throws Exception {
    // 100,000 findings on a record of 100,000 knowledges (300,000 known paths): a scan of every path per finding is
    // 30,000,000,000 steps (minutes); a lookup of each prefix is a few steps.
    JsonNode record = JsonSupport.mapper().readTree(record("\"1.1\"", 100_000));
    IfateRecord mapped = IfateRecord.map(record, "$[7]");
    List<Finding> moved = assertTimeoutPreemptively(SHORT, () -> {
      List<Finding> all = new ArrayList<>();
      for (int i = 0; i < 100_000; i++) {
        all.add(mapped.inRecord(Finding.of(FindingCode.FIELD_02, "$.ksbs[" + i + "].statement")));
      }
      return all;
    });
    assertEquals("$[7].knowledges[99999].detail", moved.get(99_999).path());
    assertEquals("$[7].level", mapped.inRecord(Finding.of(FindingCode.FIELD_03, "$.level")).path());
    assertEquals("$[7]", mapped.inRecord(Finding.of(FindingCode.FIELD_06, "$.assessmentPlan")).path());
  }

  /** A standard's tree with 3 x 9,999 KSBs, and two citations of each: its code and its statement. */
  private static List<Citation> citationsOfEveryKsb(List<Ksb> ksbs) {
    List<Citation> citations = new ArrayList<>();
    for (Ksb ksb : ksbs) {
      citations.add(Citation.of("$.ksbs[" + ksb.code() + "].statement", "P1"));
      citations.add(Citation.of("$.ksbs[" + ksb.code() + "].code", "P1"));
    }
    return citations;
  }

  private static List<Ksb> manyKsbs() {
    List<Ksb> ksbs = new ArrayList<>();
    for (char letter : new char[] {'K', 'S', 'B'}) {
      for (int n = 1; n <= 9_999; n++) {
        ksbs.add(Ksb.of(letter + String.valueOf(n), "x"));
      }
    }
    return ksbs;
  }

  @Test
  void checkingSixtyThousandCitationsOfThirtyThousandKsbs_looksEachUpByKey() {
    // Each citation used to scan every KSB for its code: 1,800,000,000 steps (81 s for half as many citations).
    List<Ksb> ksbs = manyKsbs();
    List<Citation> citations = citationsOfEveryKsb(ksbs);
    citations.add(Citation.of("$.ksbs[K10000].statement", "P1"));
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.set("ksbs", JsonSupport.mapper().valueToTree(ksbs));
    List<Finding> unresolved = assertTimeoutPreemptively(SHORT, () -> CitationResolver.unresolved(tree, citations));
    assertEquals(List.of("SOURCE_04 $.citations[59994].path"), unresolved.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
  }

  @Test
  void theStatusOfEachOfThirtyThousandKsbs_isFoundWithoutScanningEveryCitation() {
    // What CASE export asks for every KSB: each question used to scan all 60,000 citations (363 s for the export).
    List<Ksb> ksbs = manyKsbs();
    Standard standard = Standards.bundled().get("ST0007").withKsbs(ksbs).withAssessmentPlan(java.util.Optional.empty())
        .withGatewayCriteria(List.of()).withCitations(citationsOfEveryKsb(ksbs));
    long confirmed = assertTimeoutPreemptively(SHORT, () -> ksbs.stream()
        .filter(ksb -> standard.statusOf("$.ksbs[" + ksb.code() + "].statement").isPresent()).count());
    assertEquals(29_997, confirmed);
    assertEquals(java.util.Optional.empty(), standard.statusOf("$.ksbs[K1].theme"));
  }

  @Test
  void aVersionWithAHugeExponent_isAFinding_neverExpandedIntoItsDigits() {
    for (String version : List.of("1e999999999", "1E-999999999", "-1.5e+999999999")) {
      List<Finding> findings = assertTimeoutPreemptively(GENEROUS, () -> IfateImport.read(record(version, 1))).get(0).findings();
      assertEquals(List.of("FIELD_02 $.version"), findings.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
      assertTrue(findings.get(0).message().length() < 100, findings.get(0).message());
    }
    assertEquals("must be a version such as 1.1, in plain digits, not the number 1E+999999999",
        IfateImport.read(record("1e999999999", 1)).get(0).findings().get(0).message());
    String withNumber = record("\"1.1\"", 1).replace("\"level\"", "\"versionNumber\": 1e999999999, \"level\"");
    List<Finding> findings = assertTimeoutPreemptively(GENEROUS, () -> IfateImport.read(withNumber)).get(0).findings();
    assertEquals(List.of("WARNING IMPORT_03 $.versionNumber: versionNumber 1E+999999999 differs from version 1.1; version is used"),
        findings.stream().map(Finding::toString).collect(Collectors.toList()));
  }

  @Test
  void aVersionNumberWithDigitsToSpare_staysAsWritten_upToNineDigitsEachSide() {
    assertEquals("1.10", IfateImport.read(record("1.10", 1)).get(0).value().orElseThrow().version());
    assertEquals("123456789.123456789", IfateImport.read(record("123456789.123456789", 1)).get(0).value().orElseThrow().version());
    assertEquals(List.of("FIELD_02 $.version"), IfateImport.read(record("1234567890.1", 1)).get(0).findings().stream()
        .map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
  }
}

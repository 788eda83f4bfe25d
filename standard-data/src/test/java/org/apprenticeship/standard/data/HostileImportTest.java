package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

/**
 * Records of the public standards API and standards built to make the import and the citation
 * check do as much work as possible (issue 10, items 2 and 3): both take time in proportion to the
 * input, and a number is never expanded into its digits. Each case takes a few seconds at most here;
 * the time bounds are generous.
 */
class HostileImportTest {
  private static final Duration GENEROUS = Duration.ofSeconds(60);

  private static String record(String version, int knowledges) {
    StringBuilder json = new StringBuilder("{\"referenceNumber\": \"ST0001\", \"title\": \"Imported\", \"version\": ").append(version)
        .append(", \"level\": 3, \"status\": \"Approved for delivery\", \"route\": \"Care services\", \"knowledges\": [");
    for (int i = 0; i < knowledges; i++) {
      json.append(i == 0 ? "" : ",").append("{\"knowledgeId\":\"k").append(i).append("\",\"detail\":\"K ").append(i).append("\"}");
    }
    return json.append("], \"skills\": [{\"skillId\": \"s-1\", \"detail\": \"Does\"}]}").toString();
  }

  @Test
  void aRecordWithAHundredThousandKnowledges_isImportedInLinearTime() {
    // 32,000 knowledges took 86 s and 100,000 (4.4 MB) did not finish in 300 s, since every finding (K10000 and above break
    // the KSB code form) scanned every one of the 300,000 known paths. The 8 MiB limit takes 170,000 such knowledges.
    String json = record("\"1.1\"", 100_000);
    Validated<Standard> imported = assertTimeoutPreemptively(GENEROUS, () -> IfateImport.read(json)).get(0);
    assertFalse(imported.isValid());
    List<Finding> findings = imported.findings();
    assertEquals(1_001, findings.size());
    Finding first = findings.get(0);
    assertEquals(FindingCode.FIELD_02, first.code());
    assertTrue(first.path().matches("\\$\\.knowledges\\[[0-9]+\\]\\.code"), first.path());
    assertTrue(findings.get(1_000).message().startsWith("89001 more findings are not listed (89001 errors and 0 warnings)"),
        findings.get(1_000).message());
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

  @Test
  void aStandardCitingEachOfThirtyThousandKsbsTwice_isReadAndExportedInLinearTime() {
    // Two citations per KSB, its code and its statement. Reading: each citation used to scan every KSB for its code,
    // 1,800,000,000 steps here (30,000 citations took 81 s on the loaded 2-core machine, 7 s once linear). Export: the
    // status of each KSB's statement and theme scanned every citation (363 s for 30,000, 11 s once looked up in a tree).
    Standard st0007 = Standards.bundled().get("ST0007");
    StringBuilder ksbs = new StringBuilder();
    StringBuilder citations = new StringBuilder();
    for (char letter : new char[] {'K', 'S', 'B'}) {
      for (int n = 1; n <= 9_999; n++) {
        ksbs.append(ksbs.length() == 0 ? "" : ",").append("{\"code\":\"").append(letter).append(n).append("\",\"statement\":\"x\"}");
        citations.append(",{\"path\":\"$.ksbs[").append(letter).append(n).append("].statement\",\"sources\":[\"P1\"]}");
        citations.append(",{\"path\":\"$.ksbs[").append(letter).append(n).append("].code\",\"sources\":[\"P1\"]}");
      }
    }
    String json = Standards.toJson(st0007.withAssessmentPlan(java.util.Optional.empty()).withGatewayCriteria(List.of()))
        .replaceFirst("\"ksbs\": \\[[^]]*\\]", "\"ksbs\": [" + ksbs + "]");
    json = json.substring(0, json.indexOf("\"citations\"")) + "\"citations\": [{\"path\":\"$.reference\",\"sources\":[\"P1\"]}"
        + citations + "]}";
    String document = json;
    Validated<Standard> read = assertTimeoutPreemptively(GENEROUS,
        () -> Standards.validate(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of(), read.findings());
    Standard cited = read.orElseThrow("the standard");
    String exported = assertTimeoutPreemptively(GENEROUS, () -> CaseExport.toJson(cited));
    assertTrue(exported.contains("\"humanCodingScheme\": \"B9999\""));
  }
}

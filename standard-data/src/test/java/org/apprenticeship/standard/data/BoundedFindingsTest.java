package org.apprenticeship.standard.data;

import static org.apprenticeship.standard.data.LearnerRecordsTest.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

/**
 * The readers list at most 1,000 findings for one document, then a LIMIT_01 that counts the rest
 * (issue 10, item 1): a document inside every reading limit cannot make a reader hold millions of
 * findings. Before the cap, such a document of 8 MiB gave 10.8 million findings and ran a 4 GB heap
 * out of memory.
 */
class BoundedFindingsTest {

  @Test
  void aDocumentOfEmptyObjects_givesAThousandFindingsAndACount() {
    int objects = 100_000;   // 300 KB, 400,000 findings; the 8 MiB limit takes 2,700,000 such objects
    String json = minimal(", \"evidence\": [" + "{},".repeat(objects - 1) + "{}]");
    Validated<?> read = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> LearnerRecords.validate(json));
    assertFalse(read.isValid());
    List<Finding> findings = read.findings();
    assertEquals(1_001, findings.size());
    long omitted = 4L * objects - 1_000;   // each object lacks id, title, date and status
    assertEquals(FindingCode.LIMIT_01, findings.get(1_000).code());
    assertTrue(findings.get(1_000).message().startsWith(omitted + " more findings are not listed (" + omitted + " errors and 0 warnings)"),
        findings.get(1_000).message());
    assertEquals("$.evidence[0].date", findings.get(0).path());
  }
}

package org.apprenticeship.standard.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.StandardRegistry;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.Rules;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what they say only if their inputs are valid and make every rule work. */
class FixturesTest {
  private final StandardRegistry standards = Standards.bundled();
  private final Standard st0007 = standards.get("ST0007");

  @Test
  void sixtyEvidence_isValid_andEveryRuleHasWorkToDo() {
    LearnerRecord record = Fixtures.sixtyEvidence(st0007);
    Validated<Evaluation> result = Rules.evaluate(st0007, FundingRules.bundled(), record, Fixtures.AS_OF, EvaluationPolicy.defaults());

    assertTrue(result.isValid(), result::toString);
    Evaluation evaluation = result.value().orElseThrow();
    assertEquals(60, record.evidence().size());
    assertEquals(45, evaluation.coverage().covered());
    assertTrue(evaluation.coverage().ksbs().stream().anyMatch(k -> k.pending() > 0), "some evidence is pending");
    assertTrue(evaluation.offTheJob().minimumHours().isPresent());
    assertTrue(evaluation.offTheJob().isMet());
    assertTrue(evaluation.gateway().ready(), () -> evaluation.gateway().criteria().toString());
    assertEquals("PASS", evaluation.grade().overall().orElseThrow());
    assertTrue(evaluation.grade().capped());
    assertTrue(evaluation.timeline().epaDeadline().isPresent());
  }

  @Test
  void sixtyEvidence_readsBackFromItsJson() {
    LearnerRecord record = Fixtures.sixtyEvidence(st0007);
    Validated<LearnerRecord> read = LearnerRecords.validate(Fixtures.json(record));

    assertTrue(read.isValid(), read::toString);
    assertEquals(record, read.value().orElseThrow());
  }

  @Test
  void cohort_givesTheLinesAsked_eachValid_inOrder_throughBatch() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int lines = 200;

    CohortRun.Counts counts = CohortRun.batch(new CohortInput(Fixtures.cohortTemplates(st0007), lines), out, Fixtures.AS_OF.toString());

    assertEquals(new CohortRun.Counts(lines, 0), counts);
    List<String> results = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(lines, results.size());
    assertTrue(results.get(0).startsWith("{\"line\":1,\"learnerId\":\"L-1\",\"valid\":true,"), results.get(0));
    assertTrue(results.get(lines - 1).startsWith("{\"line\":200,\"learnerId\":\"L-200\",\"valid\":true,"), results.get(lines - 1));
    assertEquals(new CohortRun.Counts(lines, 0), CohortRun.readLines(new CohortInput(Fixtures.cohortTemplates(st0007), lines)));
  }

  @Test
  void cohortInput_readByteByByte_givesTheSameLines() throws Exception {
    List<String> templates = Fixtures.cohortTemplates(st0007);
    byte[] bulk = new CohortInput(templates, 9).readAllBytes();
    CohortInput single = new CohortInput(templates, 9);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int b = single.read(); b >= 0; b = single.read()) {
      bytes.write(b);
    }

    assertEquals(new String(bulk, StandardCharsets.UTF_8), bytes.toString(StandardCharsets.UTF_8));
    assertEquals(9, bytes.toString(StandardCharsets.UTF_8).lines().count());
  }
}

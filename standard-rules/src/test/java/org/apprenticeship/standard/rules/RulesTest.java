package org.apprenticeship.standard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.Severity;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.Outcomes;
import org.apprenticeship.standard.model.internal.RecordInputs;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Property(tries = 300)
  void aValidRecord_isEvaluated_withWarningsAtMost(@ForAll("records") LearnerRecord record) {
    Validated<Evaluation> result = Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, record, Records.AS_OF);
    assertEquals(List.of(), result.findings().stream().filter(Finding::isError).collect(Collectors.toList()));
    Evaluation evaluation = result.value().orElseThrow();
    assertEquals(result.findings(), evaluation.findings());
    assertTrue(evaluation.coverage().percent() >= 0 && evaluation.coverage().percent() <= 100);
    assertEquals(evaluation.gateway().ready(), evaluation.gateway().blocking().isEmpty());
  }

  @Property(tries = 200)
  void theSameInput_alwaysGivesTheSameOutput(@ForAll("records") LearnerRecord record) {
    EvaluationPolicy policy = EvaluationPolicy.builder().minimumAcceptedEvidence(2).offTheJobRounding(Rounding.UP_TO_WHOLE_HOURS).build();
    Validated<Evaluation> first = Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, record, Records.AS_OF, policy);
    Validated<Evaluation> second = Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, LearnerRecord.builder().from(record).build(), Records.AS_OF, policy);
    assertEquals(first.value(), second.value());
    assertEquals(first.findings(), second.findings());
  }

  @Test
  void evaluateAll_givesOneResultPerInput_inOrder_lazily() {
    for (int threads : new int[] {1, 3}) {
      LearnerRecord good = GatewayTest.ready().build();
      AtomicInteger made = new AtomicInteger();
      Stream<LearnerRecordInput> inputs = Stream.generate(() -> {
        int n = made.incrementAndGet();
        if (n % 3 == 0) {
          return RecordInputs.read(null, Outcomes.<LearnerRecord>invalid(List.of(Finding.of(FindingCode.JSON_01, "$", "line " + n))), n);
        }
        return RecordInputs.read("L-" + n, Outcomes.of(good.withLearnerId("L-" + n), List.of()), n);
      });
      List<EvaluationResult> results;
      try (Stream<EvaluationResult> all = Rules.evaluateAll(inputs, Standards.bundled(), Synthetic.FUNDING, Records.AS_OF,
          EvaluationPolicy.defaults(), threads)) {
        results = all.limit(6).collect(Collectors.toList());
      }
      if (threads == 1) {
        assertEquals(6, made.get(), "on one thread the stream is not read ahead");
      } else {
        assertTrue(made.get() <= 6 + 8 * threads, "read ahead at most 8 records a thread: " + made.get());
      }
      assertEquals(List.of("L-1", "L-2", "!", "L-4", "L-5", "!"), results.stream()
          .map(r -> r.evaluation().value().map(Evaluation::learnerId).orElse("!")).collect(Collectors.toList()));
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), results.stream().map(r -> r.line().orElseThrow()).collect(Collectors.toList()));
      assertEquals("line 3", results.get(2).evaluation().findings().get(0).message());
    }
  }

  @Test
  void nullArguments_areRefusedNamingTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, null, Records.AS_OF));
    assertEquals("record", e.getMessage());
    assertThrows(NullPointerException.class, () -> Rules.validate(Synthetic.ST0007, GatewayTest.ready().build(), null));
  }

  @Test
  void policyValuesOutOfRange_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> EvaluationPolicy.builder().minimumAcceptedEvidence(0).build());
    assertThrows(IllegalArgumentException.class, () -> EvaluationPolicy.builder().amberMarginPercent(-1).build());
    assertThrows(IllegalArgumentException.class, () -> PublishedMinimum.of(new java.math.BigDecimal("-1")));
    assertThrows(IllegalArgumentException.class, () -> PublishedMinimum.of(new java.math.BigDecimal("100000")));
    assertThrows(IllegalArgumentException.class, () -> PublishedMinimum.forStarts(Optional.of(LocalDate.of(2026, 1, 1)),
        Optional.of(LocalDate.of(2025, 1, 1)), java.math.BigDecimal.TEN));
    assertThrows(IllegalArgumentException.class, () -> EvaluationPolicy.builder().addPublishedOffTheJobMinimums(
        PublishedMinimum.of(java.math.BigDecimal.TEN), PublishedMinimum.forStarts(Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(),
            java.math.BigDecimal.ONE)).build());
  }

  @Test
  void warnings_doNotStopTheEvaluation() {
    LearnerRecord record = GatewayTest.ready().addEvidence(Synthetic.accepted("EX")).build();
    Validated<Evaluation> result = Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, record, Records.AS_OF);
    assertTrue(result.isValid());
    assertEquals(List.of(Severity.WARNING), result.findings().stream().map(Finding::severity).distinct().collect(Collectors.toList()));
  }

  @Provide
  Arbitrary<LearnerRecord> records() {
    return Records.st0007();
  }
}

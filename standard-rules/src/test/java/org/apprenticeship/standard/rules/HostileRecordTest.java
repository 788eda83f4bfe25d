package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.apprenticeship.standard.rules.Synthetic.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.Outcomes;
import org.junit.jupiter.api.Test;

/**
 * Records built to make the cross-field checks do as much work as possible, at ten times the sizes
 * that broke them (issue 10, item 1): each check takes n log n steps at most, gives at most one
 * finding per offending value, and a record lists at most 1,000 findings and a LIMIT_01 count of the
 * rest. The time bounds are generous (each case takes well under a second); before the cap, the
 * first case made 100,000,000 findings and ran out of memory.
 */
class HostileRecordTest {
  private static final LocalDate GATEWAY = START.plusMonths(18);
  private static final LocalDate AS_OF = START.plusMonths(24);
  private static final Duration GENEROUS = Duration.ofSeconds(30);
  private static final long GENEROUS_BYTES = 4_000_000_000L;

  private static List<Finding> validate(LearnerRecord record) {
    return bounded(() -> Rules.validate(Outcomes.of(record, List.of()), Standards.bundled(), AS_OF));
  }

  /** Runs the work within {@link #GENEROUS} time, allocating less than {@link #GENEROUS_BYTES} in all. */
  private static <T> T bounded(Supplier<T> work) {
    return assertTimeoutPreemptively(GENEROUS, () -> {
      long before = allocatedBytes();
      T result = work.get();
      long allocated = allocatedBytes() - before;
      System.out.println("allocated " + allocated / 1_000_000 + " MB");
      assertTrue(allocated < GENEROUS_BYTES, "allocated " + allocated + " bytes");
      return result;
    });
  }

  /** The bytes this thread has allocated so far, read reflectively since the module does not read jdk.management. */
  private static long allocatedBytes() throws ReflectiveOperationException {
    Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes").invoke(threads);
  }

  private static LearnerRecord withResults(List<MethodResult> results) {
    return Synthetic.st0007Record().epa(EpaRecord.builder().gatewayDate(GATEWAY).results(results).build()).build();
  }

  private static void assertCapped(List<Finding> findings, long more, String counts) {
    assertEquals(1_001, findings.size());
    Finding last = findings.get(1_000);
    assertEquals(FindingCode.LIMIT_01, last.code(), last::toString);
    assertTrue(last.message().startsWith(more + " more findings are not listed (" + counts + ")"), last::toString);
    long characters = findings.stream().mapToLong(f -> f.path().length() + f.message().length()).sum();
    assertTrue(characters < 300_000, "the findings of one record hold " + characters + " characters");
  }

  @Test
  void laterAttemptsDatedBeforeEarlierOnes_giveOneFindingEach_notOnePerPair() {
    int n = 10_000;   // the 1,000 failed attempts and 1,000 earlier passes dated later, ten times over
    List<MethodResult> results = new ArrayList<>(Collections.nCopies(n, result("observation", "PASS", GATEWAY.plusWeeks(10), 1)));
    results.addAll(Collections.nCopies(n, result("observation", "FAIL", GATEWAY.plusWeeks(6), 2)));
    List<Finding> findings = validate(withResults(results));
    // n EPA_08 (one per attempt 2) and 2 (n - 1) EPA_05 (each repeat of attempt 1 or 2): 29,998 errors, 1,000 listed.
    assertCapped(findings, 28_998, "28998 errors and 0 warnings");
  }

  @Test
  void aMillionIdenticalResults_areCheckedInLinearTime() {
    int n = 1_000_000;   // the 100,000, ten times over
    List<Finding> findings = validate(withResults(Collections.nCopies(n, result("observation", "PASS", GATEWAY.plusWeeks(6), 1))));
    assertCapped(findings, n - 1 - 1_000, (n - 1 - 1_000) + " errors and 0 warnings");
    assertEquals(Collections.singleton(FindingCode.EPA_05),
        findings.subList(0, 1_000).stream().map(Finding::code).collect(Collectors.toSet()));
  }

  @Test
  void evidenceMappingOneKsbAgainAndAgain_givesOneWarningPerPiece_andTheRecordIsStillEvaluated() {
    int n = 200_000;   // the 20,000 pieces of evidence, each mapped to K1 40 times, ten times over
    Evidence repeated = Evidence.builder().id("E").title("Evidence").date(START.plusMonths(1))
        .ksbs(Collections.nCopies(40, "K1")).status(EvidenceStatus.ACCEPTED).build();
    List<Evidence> evidence = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      evidence.add(repeated.withId("E" + i));
    }
    LearnerRecord record = Synthetic.st0007Record().evidence(evidence).build();
    Validated<Evaluation> evaluated = bounded(
        () -> Rules.evaluate(Outcomes.of(record, List.of()), Standards.bundled(), Synthetic.FUNDING, AS_OF, EvaluationPolicy.defaults()));
    assertTrue(evaluated.isValid());
    List<Finding> findings = evaluated.findings();
    // The record's other warnings (the funding rules': months without training, the pace) come on top.
    int others = Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, record.withEvidence(List.of()), AS_OF).findings().size();
    long more = n + others - 1_000;
    assertCapped(findings, more, "0 errors and " + more + " warnings");
    assertEquals("evidence E0 is mapped to K1 more than once; each counts once", findings.get(0).message());
    assertEquals("$.evidence[0].ksbs[1]", findings.get(0).path());
  }

  @Test
  void pieceOfEvidenceMappingSeveralKsbsTwice_namesThemAllInOneWarning() {
    LearnerRecord record = Synthetic.st0007Record().addEvidence(Synthetic.accepted("E1", "K1", "S2", "K1", "S2", "K1", "B1")).build();
    List<Finding> findings = Rules.validate(Synthetic.ST0007, record, AS_OF);
    assertEquals(List.of("EVIDENCE_03 $.evidence[0].ksbs[2]: evidence E1 is mapped to K1, S2 more than once; each counts once"),
        findings.stream().map(f -> f.code() + " " + f.path() + ": " + f.message()).collect(Collectors.toList()));
  }

  @Test
  void aLaterAttemptBeforeSeveralEarlierOnes_namesTheLatestOfThem() {
    LocalDate day = GATEWAY.plusWeeks(6);
    LearnerRecord record = withResults(List.of(result("observation", "FAIL", day, 1), result("observation", "FAIL", day.plusDays(20), 2),
        result("observation", "PASS", day.plusDays(10), 3), result("professional-discussion", "PASS", day.minusDays(5), 2),
        result("professional-discussion", "PASS", day, 1)));
    List<Finding> findings = Rules.validate(Synthetic.ST0007, record, AS_OF);
    assertEquals(List.of("EPA_08 $.epa.results[2].date: attempt 3 at observation is dated 2026-04-23, before attempt 2 on 2026-05-03",
            "EPA_08 $.epa.results[3].date: attempt 2 at professional-discussion is dated 2026-04-08, before attempt 1 on 2026-04-13"),
        findings.stream().filter(f -> f.code() == FindingCode.EPA_08).map(f -> f.code() + " " + f.path() + ": " + f.message())
            .collect(Collectors.toList()));
  }
}

package org.apprenticeship.standard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.StandardLookup;
import org.apprenticeship.standard.model.internal.Outcomes;
import org.apprenticeship.standard.model.internal.RecordInputs;
import org.junit.jupiter.api.Test;

/**
 * A cohort on several threads: the same results, in the same order, as one record after another;
 * a bounded window of records in flight; and a run that stops when it is closed.
 */
class CohortTest {
  private static final StandardLookup ST0007 = record -> Synthetic.ST0007;
  private static final EvaluationPolicy POLICY = EvaluationPolicy.defaults();

  @Property(tries = 60)
  void anyCohort_onAnyNumberOfThreads_givesTheResultsOfOneRecordAfterAnother(@ForAll("cohorts") List<LearnerRecordInput> cohort,
      @ForAll @IntRange(min = 1, max = 8) int threads) {
    List<EvaluationResult> oneAfterAnother = cohort.stream()
        .map(input -> Rules.evaluate(input, ST0007, Synthetic.FUNDING, Records.AS_OF, POLICY))
        .collect(Collectors.toList());
    List<EvaluationResult> onThreads;
    try (Stream<EvaluationResult> results = Rules.evaluateAll(cohort.stream(), ST0007, Synthetic.FUNDING, Records.AS_OF, POLICY, threads)) {
      onThreads = results.collect(Collectors.toList());
    }
    assertEquals(oneAfterAnother, onThreads);
  }

  /** Cohorts of valid records and records that failed reading, each numbered by its line, in any mix. */
  @Provide
  Arbitrary<List<LearnerRecordInput>> cohorts() {
    Arbitrary<LearnerRecord> valid = Records.st0007();
    Arbitrary<LearnerRecord> broken = Records.st0007().map(record -> record.withPlannedEndDate(record.startDate().minusDays(1)));
    Arbitrary<Boolean> unreadable = Arbitraries.of(true, false, false, false);
    return Combinators.combine(Arbitraries.oneOf(valid, broken), unreadable).as(Entry::new).list().ofMaxSize(40).map(CohortTest::numbered);
  }

  /** A record, or (when unreadable) the findings of a line that could not be read. */
  private static final class Entry {
    final LearnerRecord record;
    final boolean unreadable;

    Entry(LearnerRecord record, boolean unreadable) {
      this.record = record;
      this.unreadable = unreadable;
    }
  }

  private static List<LearnerRecordInput> numbered(List<Entry> entries) {
    List<LearnerRecordInput> inputs = new ArrayList<>();
    for (Entry entry : entries) {
      long line = inputs.size() + 1;
      inputs.add(entry.unreadable
          ? RecordInputs.read(null, Outcomes.invalid(List.of(Finding.of(FindingCode.JSON_01, "$", "line " + line))), line)
          : RecordInputs.lazy(line, 1, () -> RecordInputs.read(entry.record.learnerId(), Outcomes.of(entry.record, List.of()), line)));
    }
    return inputs;
  }

  @Test
  void recordsInFlight_stayWithinTheWindow_ofEightAThread() {
    for (int threads : new int[] {1, 2, 5}) {
      Taken taken = new Taken(3_000, 1);
      try (Stream<EvaluationResult> results = Rules.evaluateAll(taken.stream(), ST0007, Synthetic.FUNDING, Records.AS_OF, POLICY, threads)) {
        Iterator<EvaluationResult> each = results.iterator();
        while (each.hasNext()) {
          each.next();
          taken.given.incrementAndGet();
        }
      }
      assertEquals(3_000, taken.given.get());
      // Taken and not yet given back: the window, and on more than one thread the result being given.
      assertEquals(threads == 1 ? 1 : 8 * threads + 1, taken.mostInFlight.get(), threads + " threads");
    }
  }

  @Test
  void bigRecords_goThroughTwoAtATime() {
    Taken taken = new Taken(40, 5L * 1024 * 1024);
    try (Stream<EvaluationResult> results = Rules.evaluateAll(taken.stream(), ST0007, Synthetic.FUNDING, Records.AS_OF, POLICY, 4)) {
      Iterator<EvaluationResult> each = results.iterator();
      while (each.hasNext()) {
        each.next();
        taken.given.incrementAndGet();
      }
    }
    assertEquals(40, taken.given.get());
    // Two in the window (the second taken while the first was under 8 Mi), and the result being given.
    assertEquals(3, taken.mostInFlight.get(), "records of 5 Mi characters in flight at once");
  }

  @Test
  void aLongCohort_runsInBoundedMemory() {
    // 2,000 lines that each hold 200 KB of text until read, 400 MB in all if a run held them; each
    // takes a millisecond to read, as not well-formed, so that a run that took lines faster than it
    // read them would hold many.
    int records = 2_000;
    AtomicInteger made = new AtomicInteger();
    Stream<LearnerRecordInput> cohort = Stream.generate(() -> {
      long line = made.incrementAndGet();
      byte[] text = new byte[200_000];
      return RecordInputs.lazy(line, text.length, () -> {
        pause(1);
        return RecordInputs.read(null,
            Outcomes.invalid(List.of(Finding.of(FindingCode.JSON_01, "$", "line " + line + " of " + text.length + " bytes"))), line);
      });
    }).limit(records);
    long baseline = liveHeap();
    long most = 0;
    int given = 0;
    try (Stream<EvaluationResult> results = Rules.evaluateAll(cohort, ST0007, Synthetic.FUNDING, Records.AS_OF, POLICY, 4)) {
      Iterator<EvaluationResult> each = results.iterator();
      while (each.hasNext()) {
        each.next();
        if (++given % 400 == 0) {
          most = Math.max(most, liveHeap() - baseline);
        }
      }
    }
    assertEquals(records, given);
    assertTrue(most < 64L * 1024 * 1024, "live heap grew by " + most / (1024 * 1024) + " MiB");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long liveHeap() {
    System.gc();
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

  @Test
  void closingTheResults_stopsTheRun_andClosesTheInputs() throws Exception {
    Taken taken = new Taken(1_000_000, 1);
    AtomicInteger closed = new AtomicInteger();
    Stream<EvaluationResult> results = Rules.evaluateAll(taken.stream().onClose(closed::incrementAndGet), ST0007, Synthetic.FUNDING,
        Records.AS_OF, POLICY, 2);
    Iterator<EvaluationResult> each = results.iterator();
    each.next();
    results.close();
    assertEquals(1, closed.get());
    assertTrue(taken.taken.get() <= 8 * 2 + 1, "records taken: " + taken.taken.get());
    Thread.sleep(200);
    long read = taken.read.get();
    Thread.sleep(200);
    assertEquals(read, taken.read.get(), "nothing is read once the run is closed");
    assertThrows(IllegalStateException.class, each::hasNext);
  }

  @Test
  void aFailureOfTheRules_reachesTheCaller() {
    StandardLookup failing = record -> {
      throw new IllegalStateException("lookup failed for " + record.learnerId());
    };
    Taken taken = new Taken(100, 1).valid();
    try (Stream<EvaluationResult> results = Rules.evaluateAll(taken.stream(), failing, Synthetic.FUNDING, Records.AS_OF, POLICY, 3)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> results.iterator().next());
      assertEquals("lookup failed for L-1", e.getMessage());
    }
  }

  @Test
  void threads_mustBeOneOrMore() {
    assertThrows(IllegalArgumentException.class,
        () -> Rules.evaluateAll(Stream.empty(), ST0007, Synthetic.FUNDING, Records.AS_OF, POLICY, 0));
  }

  /**
   * A cohort that counts how many records were taken, read and given back, and the most in flight:
   * of lines that read as not well-formed, so that it runs quickly, or of valid records.
   */
  private static final class Taken {
    final AtomicLong taken = new AtomicLong();
    final AtomicLong read = new AtomicLong();
    final AtomicLong given = new AtomicLong();
    final AtomicLong mostInFlight = new AtomicLong();
    private final long records;
    private final long size;
    private final LearnerRecord record = GatewayTest.ready().build();
    private boolean valid;

    Taken(long records, long size) {
      this.records = records;
      this.size = size;
    }

    Taken valid() {
      valid = true;
      return this;
    }

    Stream<LearnerRecordInput> stream() {
      return Stream.iterate(1L, line -> line + 1).limit(records).map(line -> {
        mostInFlight.accumulateAndGet(taken.incrementAndGet() - given.get(), Math::max);
        LearnerRecord numbered = record.withLearnerId("L-" + line);
        return RecordInputs.lazy(line, size, () -> {
          read.incrementAndGet();
          return valid ? RecordInputs.read(numbered.learnerId(), Outcomes.of(numbered, List.of()), line)
              : RecordInputs.read(null, Outcomes.invalid(List.of(Finding.of(FindingCode.JSON_01, "$", "line " + line))), line);
        });
      });
    }
  }
}

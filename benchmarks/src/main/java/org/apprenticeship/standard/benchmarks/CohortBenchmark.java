package org.apprenticeship.standard.benchmarks;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apprenticeship.standard.data.Standards;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SPEC section 8, second bar: a cohort of one million records through the command line's
 * {@code batch}, as shipped, in bounded memory. Each fork runs with {@code -Xmx256m}: a run that
 * completes has stayed under 256 MB of heap, and the fork prints what {@link HeapWatch} saw (peak
 * heap in use, and the live heap after collections, which does not grow with the cohort).
 *
 * <ul>
 *   <li>{@link #batch()}: {@link CohortInput} lines as standard input of {@code batch - --as-of DATE}, run by
 *       {@code StandardCli.run} in this JVM ({@link CohortRun#batch}): read, validated and evaluated on every core,
 *       one JSON result line each, in order, to an output that discards the bytes.
 *   <li>{@link #baselineReadLines()}: the same lines read and validated by {@code LearnerRecords.readLines} on one
 *       thread, and nothing more.
 * </ul>
 *
 * <p>One operation is the whole cohort, timed once per fork (single shot; the JIT warms up within the
 * first few thousand records): the score is seconds per cohort, and records per second are
 * {@code records / score}. Use {@code -p records=100000} for a shorter run.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class CohortBenchmark {
  /** How many records (lines) in the cohort. */
  @Param("1000000")
  public long records;

  private List<String> templates;
  private HeapWatch heap;

  /** Makes the templates from the bundled data, then starts watching the heap. */
  @Setup(Level.Trial)
  public void setUp() {
    templates = Fixtures.cohortTemplates(Standards.bundled().get("ST0007"));
    heap = HeapWatch.start();
  }

  /** Prints what the heap watch saw, into the fork's output. */
  @TearDown(Level.Iteration)
  public void report() {
    System.out.println();
    System.out.println("[heap] " + heap.report());
  }

  /**
   * The bar: the whole cohort through {@code batch}.
   *
   * @return how many records were read; not null
   */
  @Benchmark
  public CohortRun.Counts batch() {
    return checked(CohortRun.batch(new CohortInput(templates, records), OutputStream.nullOutputStream(), Fixtures.AS_OF.toString()));
  }

  /**
   * Baseline: the same lines read and validated on one thread, and nothing more.
   *
   * @return how many records were read; not null
   */
  @Benchmark
  public CohortRun.Counts baselineReadLines() {
    return checked(CohortRun.readLines(new CohortInput(templates, records)));
  }

  /** Every line must be read, and valid: otherwise the run measured a shorter path. */
  private CohortRun.Counts checked(CohortRun.Counts counts) {
    if (counts.records() != records || counts.withErrors() != 0) {
      throw new IllegalStateException("expected " + records + " valid records, read " + counts);
    }
    return counts;
  }
}

package org.apprenticeship.standard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.apprenticeship.standard.data.LibraryJson;
import org.apprenticeship.standard.data.StandardRegistry;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SPEC section 8, third bar: the bundled data loaded and validated once, just after the JVM starts.
 * Each cold benchmark is one call in a fresh JVM (single shot, no warm-up, one fork per sample), so
 * it pays for class loading and interpretation as a real first call does.
 *
 * <ul>
 *   <li>{@link #bundled()}: the first {@code Standards.bundled()}: the manifest, the SHA-256 of ST0007 1.1, and its
 *       one-pass read (parse and bind, its constraints trusted since the checksum matches), with its citations.
 *   <li>{@link #baselineJacksonReadTree()}: the first plain Jackson {@code readTree} of the same bytes in a fresh JVM,
 *       the least any JSON-based loader pays.
 *   <li>A part, cold as well: {@link #partLibraryMapperReadTree()} (the library's configured mapper for callers, with
 *       its Java time and JDK 8 modules), which the bundled load no longer uses.
 *   <li>{@link #warmValidateStandard()}: the same reading and validation of the bytes once the JVM is warm, to
 *       tell the work from the cost of a cold JVM.
 * </ul>
 *
 * <p>The setup reads the resource's bytes with the JDK alone, so that no Jackson or library class is
 * loaded before a cold call.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
@State(Scope.Benchmark)
public class BundledLoadBenchmark {
  /** The bundled standard, as the data module's manifest names it. */
  static final String RESOURCE = "/org/apprenticeship/standard/data/ST0007-1.1.json";

  private byte[] bytes;

  /**
   * Reads the bundled file's bytes, with the JDK only.
   *
   * @throws IOException if the resource cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    try (InputStream in = BundledLoadBenchmark.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is not on the class path");
      }
      bytes = in.readAllBytes();
    }
  }

  /**
   * The bar: the first {@code Standards.bundled()} in a fresh JVM.
   *
   * @return the registry; not null
   */
  @Benchmark
  public StandardRegistry bundled() {
    return Standards.bundled();
  }

  /**
   * Baseline: the first plain Jackson {@code readTree} of the same bytes in a fresh JVM.
   *
   * @return the tree; not null
   * @throws IOException never, the bytes being well-formed JSON
   */
  @Benchmark
  public JsonNode baselineJacksonReadTree() throws IOException {
    return new ObjectMapper().readTree(bytes);
  }

  /**
   * Part: the first {@code readTree} of the same bytes with the library's configured mapper in a fresh JVM.
   *
   * @return the tree; not null
   * @throws IOException never, the bytes being well-formed JSON
   */
  @Benchmark
  public JsonNode partLibraryMapperReadTree() throws IOException {
    return LibraryJson.newMapper().readTree(bytes);
  }

  /**
   * The same reading and full validation as the bundled load, once the JVM is warm.
   *
   * @return the standard; not null
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(2)
  public Validated<Standard> warmValidateStandard() {
    return Standards.validate(new ByteArrayInputStream(bytes));
  }
}

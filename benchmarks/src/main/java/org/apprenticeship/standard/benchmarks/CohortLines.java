package org.apprenticeship.standard.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apprenticeship.standard.data.Standards;

/**
 * Writes the benchmark cohort ({@link CohortInput} over {@link Fixtures#cohortTemplates}) to standard
 * output as NDJSON, to feed the command line:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.apprenticeship.standard.benchmarks.CohortLines 1000000 \
 *   | java -Xmx256m -jar standard-cli/target/standard-cli.jar batch - --as-of 2026-02-01 > /dev/null
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortLines {
  private CohortLines() {}

  /**
   * Writes the lines.
   *
   * @param args one argument: how many lines (default 1,000,000)
   * @throws IOException if standard output cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 1) {
      System.err.println("usage: CohortLines [LINES]");
      System.exit(2);
    }
    long lines = args.length == 0 ? 1_000_000 : Long.parseLong(args[0]);
    InputStream cohort = new CohortInput(Fixtures.cohortTemplates(Standards.bundled().get("ST0007")), lines);
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    cohort.transferTo(out);
    out.flush();
  }
}

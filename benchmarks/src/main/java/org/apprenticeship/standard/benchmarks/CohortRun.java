package org.apprenticeship.standard.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apprenticeship.standard.cli.StandardCli;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.model.LearnerRecordInput;

/**
 * A cohort through the shipped code: the command line's {@code batch} as {@link StandardCli#run}
 * runs it, reading standard input; and, as its baseline, every line read and validated by
 * {@code LearnerRecords.readLines} on one thread.
 *
 * <p>Not thread-safe: {@link #batch} replaces {@code System.in} while it runs.
 *
 * @since 0.1.0
 */
public final class CohortRun {
  private static final Pattern SUMMARY = Pattern.compile("batch: ([0-9,]+) records?: ([0-9,]+) valid");

  private CohortRun() {}

  /**
   * What a run read.
   *
   * @param records how many records (lines) were read
   * @param withErrors how many of them had errors
   * @since 0.1.0
   */
  public record Counts(long records, long withErrors) {}

  /**
   * Runs {@code batch - --as-of DATE} in this JVM on {@code in}, writing its result lines to
   * {@code out}, and reads the counts from the summary it gives on standard error.
   *
   * @param in the NDJSON records; not null
   * @param out where the result lines go; not null
   * @param asOf the as-of date, such as {@code 2026-02-01}; not null
   * @return the counts; not null
   * @throws IllegalStateException if the command fails or gives no summary
   */
  public static Counts batch(InputStream in, OutputStream out, String asOf) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InputStream stdin = System.in;
    int code;
    try {
      System.setIn(in);
      code = StandardCli.run(new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
          "batch", "-", "--as-of", asOf);
    } finally {
      System.setIn(stdin);
    }
    String problems = err.toString(StandardCharsets.UTF_8);
    Matcher summary = SUMMARY.matcher(problems);
    if (code == StandardCli.USAGE_OR_IO || !summary.find()) {
      throw new IllegalStateException("batch failed with exit code " + code + ": " + problems);
    }
    long records = Long.parseLong(summary.group(1).replace(",", ""));
    return new Counts(records, records - Long.parseLong(summary.group(2).replace(",", "")));
  }

  /**
   * Reads and validates every line on this thread, and does nothing more: the baseline of {@link #batch}.
   *
   * @param in the NDJSON records; not null; closed at the end
   * @return the counts; not null
   */
  public static Counts readLines(InputStream in) {
    long records = 0;
    long withErrors = 0;
    try (Stream<LearnerRecordInput> inputs = LearnerRecords.readLines(in)) {
      Iterator<LearnerRecordInput> each = inputs.iterator();
      while (each.hasNext()) {
        records++;
        withErrors += each.next().record().isValid() ? 0 : 1;
      }
    }
    return new Counts(records, withErrors);
  }
}

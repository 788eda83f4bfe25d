package org.apprenticeship.standard.cli.internal;

import java.util.Locale;
import org.apprenticeship.standard.rules.EvaluationResult;

/** What a {@code batch} run has done so far: the records, how they came out, and the time since it started. */
final class BatchTally {
  private final long startNanos;
  private long records;
  private long valid;
  private long ready;

  BatchTally(long startNanos) {
    this.startNanos = startNanos;
  }

  void add(EvaluationResult result) {
    records++;
    result.evaluation().value().ifPresent(evaluation -> {
      valid++;
      if (evaluation.gateway().ready()) {
        ready++;
      }
    });
  }

  long records() {
    return records;
  }

  boolean anyErrors() {
    return valid < records;
  }

  /** The summary of the run, as of {@code nowNanos}, such as {@code 4 records: 3 valid (1 ready for gateway), 1 with errors; 0.4 s}. */
  String summary(long nowNanos) {
    double seconds = (nowNanos - startNanos) / 1e9;
    return String.format(Locale.ROOT, "%,d %s: %,d valid (%,d ready for gateway), %,d with errors; %.1f s%s", records,
        records == 1 ? "record" : "records", valid, ready, records - valid, seconds, rate(seconds));
  }

  /** The progress of the run, as of {@code nowNanos}, such as {@code 12,000 records, 4,000 a second}. */
  String progress(long nowNanos) {
    double seconds = (nowNanos - startNanos) / 1e9;
    return String.format(Locale.ROOT, "%,d %s%s", records, records == 1 ? "record" : "records", rate(seconds));
  }

  /** The records a second, once there are enough records and seconds for the figure to mean something. */
  private String rate(double seconds) {
    return seconds >= 1 && records >= 1_000 ? String.format(Locale.ROOT, ", %,.0f a second", records / seconds) : "";
  }
}

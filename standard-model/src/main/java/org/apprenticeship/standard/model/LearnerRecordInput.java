package org.apprenticeship.standard.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * One learner record as read: where it was in its input, the learner id it gives even when it is
 * invalid, and the outcome of reading it. The readers of {@code standard-data} make these
 * ({@code LearnerRecords.readInput} for one document, {@code LearnerRecords.readLines} for
 * newline-delimited JSON), and the cohort rules of {@code standard-rules} take them.
 *
 * <p>A record read from a line of newline-delimited JSON is read when first asked for: the reader
 * keeps the text of the line, and the first call of {@link #learnerId()} or {@link #record()}
 * parses, binds and validates it, once, in the thread that calls; the text is then let go. So a
 * cohort evaluated on several threads reads its records on all of them. Whoever asks, and however
 * often, the answers are the same.
 *
 * <p>Thread-safe, and immutable in all it answers.
 *
 * @since 0.1.0
 */
public final class LearnerRecordInput {
  private final long line;
  private final long size;
  /** Reads the record; null once read. Guarded by this. */
  private Supplier<LearnerRecordInput> reading;
  /** Written before {@link #record}, which publishes it. */
  private String learnerId;
  private volatile Validated<LearnerRecord> record;

  /** Made by {@code model.internal.RecordInputs} only. */
  private LearnerRecordInput(long line, long size, String learnerId, Validated<LearnerRecord> record,
      Supplier<LearnerRecordInput> reading) {
    this.line = line;
    this.size = size;
    this.learnerId = learnerId;
    this.record = record;
    this.reading = reading;
  }

  /**
   * Returns the number of the line the record was read from, in newline-delimited JSON: the first
   * line is 1, and blank lines count.
   *
   * @return the line number; empty for a record read as a document on its own
   */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * Returns the learner id the document gives, read from its top-level {@code learnerId} field
   * when that is a string, whether or not the record is valid: from a document that is not
   * well-formed, the id when it comes before the fault; from a line over the size limit, the id when
   * it comes within the line's first 64 KiB.
   *
   * @return the id; empty when the document gives none that could be read
   */
  public Optional<String> learnerId() {
    read();
    return Optional.ofNullable(learnerId);
  }

  /**
   * Returns the outcome of reading the record.
   *
   * @return the record, when valid, and every finding; not null
   */
  public Validated<LearnerRecord> record() {
    read();
    return record;
  }

  private void read() {
    if (record == null) {
      synchronized (this) {
        if (record == null) {
          LearnerRecordInput read = Objects.requireNonNull(reading.get(), "reading");
          learnerId = read.learnerId().orElse(null);
          record = read.record();
          reading = null;
        }
      }
    }
  }

  @Override
  public String toString() {
    return "LearnerRecordInput[" + (line > 0 ? "line " + line + ", " : "") + learnerId().orElse(null) + ": " + record() + "]";
  }
}

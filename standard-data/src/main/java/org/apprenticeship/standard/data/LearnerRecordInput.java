package org.apprenticeship.standard.data;

import java.util.Objects;
import java.util.Optional;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Validated;

/**
 * One learner record as read: the outcome of reading it and, even when it is invalid, the learner
 * id it gives, so that reports can say whose record failed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LearnerRecordInput {
  private final String learnerId;
  private final Validated<LearnerRecord> record;

  LearnerRecordInput(String learnerId, Validated<LearnerRecord> record) {
    this.learnerId = learnerId;
    this.record = Objects.requireNonNull(record, "record");
  }

  /**
   * Returns the learner id the document gives, read from its top-level {@code learnerId} field
   * when that is a string, whether or not the record is valid.
   *
   * @return the id; empty when the document is not JSON, or gives no id as a string
   */
  public Optional<String> learnerId() {
    return Optional.ofNullable(learnerId);
  }

  /**
   * Returns the outcome of reading the record.
   *
   * @return the record, when valid, and every finding; not null
   */
  public Validated<LearnerRecord> record() {
    return record;
  }

  @Override
  public String toString() {
    return "LearnerRecordInput[" + learnerId + ": " + record + "]";
  }
}

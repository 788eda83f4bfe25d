package org.apprenticeship.standard.model;

/**
 * Where a piece of evidence stands in review. Only {@link #ACCEPTED} evidence covers a KSB;
 * {@link #SUBMITTED} evidence shows as pending.
 *
 * @since 0.1.0
 */
public enum EvidenceStatus {
  /** Being written; not yet submitted for review. */
  DRAFT,
  /** Submitted and waiting for review: pending coverage. */
  SUBMITTED,
  /** Reviewed and accepted: covers the KSBs it maps. */
  ACCEPTED,
  /** Reviewed and rejected: covers nothing. */
  REJECTED
}

package org.apprenticeship.standard.model;

/**
 * How far a bundled fact can be trusted, from the weakest to the strongest: the order of the
 * constants is that order, so {@code compareTo} ranks statuses.
 *
 * @since 0.1.0
 */
public enum SourceStatus {
  /**
   * Modelled, not confirmed by any source we could read; the {@linkplain Source#note() note} of the
   * source says what the assumption rests on.
   */
  ASSUMED,
  /**
   * Restated by an end-point assessment organisation, a training provider, a product vendor or the
   * trade press, not read on an official page.
   */
  SECONDARY,
  /**
   * Read on an official page: the standard's own (Skills England, formerly IfATE), or for funding
   * rules the Department for Education's (its help centre, gov.uk, the ILR specification and
   * validation rules), or the rule text quoted word for word.
   */
  CONFIRMED;

  /**
   * Returns the weaker of two statuses.
   *
   * @param other the other status; not null
   * @return this status or {@code other}, whichever is weaker; not null
   */
  public SourceStatus weakest(SourceStatus other) {
    return compareTo(other) <= 0 ? this : other;
  }
}

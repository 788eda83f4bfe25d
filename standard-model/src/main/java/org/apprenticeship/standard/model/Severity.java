package org.apprenticeship.standard.model;

/**
 * How much a {@link Finding} matters.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The data breaks a rule: it is not used (a standard does not load, a record is not evaluated). */
  ERROR,
  /** The data is usable but something should be looked at. */
  WARNING
}

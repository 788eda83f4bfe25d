package org.apprenticeship.standard.cli.internal;

/** The output formats: text for people, JSON for machines. */
public enum Format {
  /** Text for people. */
  TEXT,
  /** JSON for machines. */
  JSON
}

package org.apprenticeship.standard.model;

import java.util.List;
import java.util.Optional;

/**
 * A value read or checked, with every finding about it. It {@linkplain #isValid() is valid}
 * exactly when no finding is an {@linkplain Severity#ERROR error}, and then, and only then, holds
 * the value: data with errors never yields a half-built value.
 *
 * <p>Only the library makes {@code Validated} values, each the outcome of checks that ran: reading a
 * document, or validating a value built in Java. Immutable and thread-safe when the value is.
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
public final class Validated<T> {
  private final T value;
  private final List<Finding> findings;

  /** Made by {@code model.internal.Outcomes} only. */
  private Validated(T value, List<Finding> findings) {
    this.value = value;
    this.findings = List.copyOf(findings);
  }

  /**
   * Tells whether the data is valid: no finding is an error (warnings are allowed).
   *
   * @return true when valid
   */
  public boolean isValid() {
    return value != null;
  }

  /**
   * Returns the value.
   *
   * @return the value when {@linkplain #isValid() valid}; empty otherwise
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns every finding, errors and warnings, ordered by path. The library's readers and rules list
   * at most 1,000 findings for one document, errors before warnings, and then end the list with a
   * {@link FindingCode#LIMIT_01} finding that says how many more there were.
   *
   * @return the findings; not null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the value, or throws with every finding.
   *
   * @param what what the data is, for the message, such as {@code "standard ST0007.json"}; not null
   * @return the value; not null
   * @throws InvalidDataException if the data is not {@linkplain #isValid() valid}
   */
  public T orElseThrow(String what) {
    if (value == null) {
      throw new InvalidDataException(what, findings);
    }
    return value;
  }

  @Override
  public String toString() {
    return (isValid() ? "valid " + value : "invalid") + " " + findings;
  }
}

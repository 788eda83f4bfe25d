package org.apprenticeship.standard.model;

/**
 * Thrown when a standard, or a version of it, is asked for that the registry does not have. The
 * message lists what it has.
 *
 * @since 0.1.0
 */
public class UnknownStandardException extends StandardException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was asked for, and what there is; not null
   */
  public UnknownStandardException(String message) {
    super(message);
  }
}

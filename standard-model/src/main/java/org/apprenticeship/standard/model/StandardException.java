package org.apprenticeship.standard.model;

/**
 * The root of the library's exceptions. The library throws it, through its subclasses, for data it
 * cannot use and for lookups of standards it does not have; domain outcomes (not ready, not
 * covered, failed) are results, never exceptions.
 *
 * @since 0.1.0
 */
public class StandardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong; not null
   */
  public StandardException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what went wrong; not null
   * @param cause the cause; may be null
   */
  public StandardException(String message, Throwable cause) {
    super(message, cause);
  }
}

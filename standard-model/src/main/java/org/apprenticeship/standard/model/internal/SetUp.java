package org.apprenticeship.standard.model.internal;

import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;
import org.apprenticeship.standard.model.StandardException;

/**
 * What a one-time set-up made, such as the shared validator: the thing, or why it could not be
 * made. Kept in a holder class, it is made once, lazily and thread-safely; a failure is a {@link
 * StandardException} on every use, never an {@link ExceptionInInitializerError} on the first and a
 * {@link NoClassDefFoundError} after it.
 *
 * @param <T> the type of what is made
 */
public final class SetUp<T> {
  private final String what;
  private final T made;
  private final Throwable failure;

  private SetUp(String what, T made, Throwable failure) {
    this.what = what;
    this.made = made;
    this.failure = failure;
  }

  /**
   * Runs a set-up now and keeps what it made, or why it failed: a run-time exception, a class or
   * module that could not be linked, or a service that could not be loaded.
   *
   * @param what what is made, for the message, such as {@code "the Bean Validation validator"}
   * @param setUp makes it; returns a non-null value
   */
  public static <T> SetUp<T> run(String what, Supplier<T> setUp) {
    try {
      return new SetUp<>(what, Objects.requireNonNull(setUp.get(), what), null);
    } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
      return new SetUp<>(what, null, e);
    }
  }

  /**
   * Returns what the set-up made.
   *
   * @throws StandardException if the set-up failed, with its failure as the cause; a new one on
   *     every call
   */
  public T get() {
    if (failure != null) {
      throw new StandardException("The library could not set up " + what + ": " + failure, failure);
    }
    return made;
  }
}

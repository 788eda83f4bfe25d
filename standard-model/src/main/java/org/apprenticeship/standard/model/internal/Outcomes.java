package org.apprenticeship.standard.model.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Objects;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.Validated;

/**
 * Makes {@link Validated} outcomes: only the library's own readers and checks may, so that a
 * {@code Validated} value always stands for checks that ran. This package is exported to the
 * library's modules only.
 */
public final class Outcomes {
  private static final MethodHandle NEW;

  static {
    try {
      NEW = MethodHandles.privateLookupIn(Validated.class, MethodHandles.lookup())
          .findConstructor(Validated.class, MethodType.methodType(void.class, Object.class, List.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Outcomes() {}

  /**
   * The outcome for a value and every finding about it: the value is kept only when no finding is
   * an error.
   *
   * @throws NullPointerException if an argument is null
   */
  public static <T> Validated<T> of(T value, List<Finding> findings) {
    Objects.requireNonNull(value, "value");
    boolean valid = findings.stream().noneMatch(Finding::isError);
    return create(valid ? value : null, findings);
  }

  /**
   * The outcome of data that could not be made into a value.
   *
   * @throws IllegalArgumentException if no finding is an error
   */
  public static <T> Validated<T> invalid(List<Finding> findings) {
    if (findings.stream().noneMatch(Finding::isError)) {
      throw new IllegalArgumentException("an invalid outcome needs at least one error: " + findings);
    }
    return create(null, findings);
  }

  @SuppressWarnings("unchecked")
  private static <T> Validated<T> create(T value, List<Finding> findings) {
    try {
      return (Validated<T>) NEW.invoke(value, findings);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}

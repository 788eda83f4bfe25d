package org.apprenticeship.standard.rules.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apprenticeship.standard.rules.KsbCoverage;
import org.apprenticeship.standard.rules.KsbStatus;

/**
 * Makes the {@link KsbCoverage} of each KSB, one per KSB of the standard for every record, straight
 * from the generated implementation's constructor: the builder would copy each list of evidence ids
 * twice (into itself, then into the value). The value is the one the builder makes, equal to it and
 * written alike; its lists are unmodifiable views of arrays no one else holds.
 */
final class KsbCoverages {
  private static final MethodHandle NEW;

  static {
    try {
      Class<?> generated = Class.forName(KsbCoverage.class.getPackageName() + ".ImmutableKsbCoverage");
      NEW = MethodHandles.privateLookupIn(generated, MethodHandles.lookup())
          .findConstructor(generated, MethodType.methodType(void.class, String.class, KsbStatus.class, int.class, int.class, List.class,
              List.class))
          .asType(MethodType.methodType(KsbCoverage.class, String.class, KsbStatus.class, int.class, int.class, List.class, List.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private KsbCoverages() {}

  /**
   * The coverage of a KSB: {@code KsbCoverage.builder().code(code).status(status).accepted(...)
   * .pending(...).addAcceptedEvidence(accepted).addPendingEvidence(pending).build()}, the counts
   * being the lengths of the arrays. The arrays must hold no null and must not change afterwards.
   */
  static KsbCoverage of(String code, KsbStatus status, String[] accepted, String[] pending) {
    try {
      return (KsbCoverage) NEW.invokeExact(code, status, accepted.length, pending.length, listOf(accepted), listOf(pending));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> listOf(String[] ids) {
    return ids.length == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(ids));
  }
}

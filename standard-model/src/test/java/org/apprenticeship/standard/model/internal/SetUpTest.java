package org.apprenticeship.standard.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceConfigurationError;
import java.util.concurrent.atomic.AtomicInteger;
import org.apprenticeship.standard.model.StandardException;
import org.junit.jupiter.api.Test;

class SetUpTest {

  @Test
  void aSetUpThatWorks_isRunOnce_andGivesWhatItMade() {
    AtomicInteger runs = new AtomicInteger();
    SetUp<String> setUp = SetUp.run("the thing", () -> "made " + runs.incrementAndGet());
    assertEquals("made 1", setUp.get());
    assertEquals("made 1", setUp.get());
    assertEquals(1, runs.get());
  }

  @Test
  void aMissingClass_isAStandardException_onEveryCall() {
    NoClassDefFoundError missing = new NoClassDefFoundError("jakarta/el/ELManager");
    SetUp<String> setUp = SetUp.run("the validator", () -> {
      throw missing;
    });
    StandardException first = assertThrows(StandardException.class, setUp::get);
    StandardException second = assertThrows(StandardException.class, setUp::get);
    assertNotSame(first, second);
    assertSame(missing, first.getCause());
    assertSame(missing, second.getCause());
    assertTrue(first.getMessage().startsWith("The library could not set up the validator: "), first.getMessage());
    assertTrue(first.getMessage().contains("jakarta/el/ELManager"), first.getMessage());
  }

  @Test
  void aFailedInitializer_aMissingService_andARuntimeException_areStandardExceptions() {
    Throwable[] failures = {
        new ExceptionInInitializerError(new IllegalStateException("no provider")),
        new ServiceConfigurationError("no provider"),
        new IllegalStateException("no provider")};
    for (Throwable failure : failures) {
      SetUp<String> setUp = SetUp.run("the validator", () -> {
        if (failure instanceof Error) {
          throw (Error) failure;
        }
        throw (RuntimeException) failure;
      });
      assertSame(failure, assertThrows(StandardException.class, setUp::get).getCause());
    }
  }

  @Test
  void aSetUpThatMakesNothing_isAStandardException() {
    SetUp<String> setUp = SetUp.run("the validator", () -> null);
    assertThrows(StandardException.class, setUp::get);
  }
}

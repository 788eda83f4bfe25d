package org.apprenticeship.standard.data;

import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of tries of a fuzz property: {@value #NORMAL} in the normal build, or the system
 * property {@code fuzz.tries}, which the opt-in Maven profile {@code fuzz} sets to 1,000,000
 * ({@code ./mvnw -Pfuzz verify -pl standard-data -am}).
 */
public final class FuzzTries implements AroundPropertyHook {
  /** The tries of each fuzz property in the normal build. */
  public static final int NORMAL = 10_000;

  /** Applies to every property of the class it is added to (an {@code @Example} keeps its one try). */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    if (context.findAnnotation(Example.class).isEmpty()) {
      context.attributes().setTries(Integer.getInteger("fuzz.tries", NORMAL));
    }
    return property.execute();
  }
}

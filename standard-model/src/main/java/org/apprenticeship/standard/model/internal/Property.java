package org.apprenticeship.standard.model.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * One property of a model value: its JSON name, its type with its constraints, whether a document
 * must give it, and how to read it from a value and give it to a builder.
 *
 * <p>Immutable and thread-safe.
 */
public final class Property {
  /**
   * How many times a property is given to builders through its method handle before a class is
   * made that calls its setter directly: few enough that a cohort soon gets it, enough that one
   * document or the bundled data read in a fresh JVM never pays for making it.
   */
  private static final int DIRECT_AFTER = 256;

  private final String name;
  private final int index;
  private final ValueType type;
  private final boolean requiredByBuilder;
  private final Method accessor;
  private final MethodHandle setter;
  private final MethodHandles.Lookup builderLookup;
  private final Method setterMethod;
  private volatile Setter direct;
  /** How many times the property was set through {@link #setter}; counted without synchronization, as a hint. */
  private int uses;
  private volatile Boolean required;
  private volatile MethodHandle getter;

  Property(String name, int index, ValueType type, boolean requiredByBuilder, Method accessor, MethodHandle setter,
      MethodHandles.Lookup builderLookup, Method setterMethod) {
    this.name = name;
    this.index = index;
    this.type = type;
    this.requiredByBuilder = requiredByBuilder;
    this.accessor = accessor;
    this.builderLookup = builderLookup;
    this.setterMethod = setterMethod;
    this.setter = setter;
  }

  /** Gives a value to a builder: made for a property that is set often, by {@link LambdaMetafactory}. */
  @FunctionalInterface
  public interface Setter {
    /**
     * Gives the property's value to a builder.
     *
     * @return the builder
     */
    Object set(Object builder, Object value);
  }

  /** The name, in JSON as in Java. */
  public String name() {
    return name;
  }

  /** The position of the property among its shape's properties, ordered by name. */
  public int index() {
    return index;
  }

  /** The type and its constraints. */
  public ValueType type() {
    return type;
  }

  /** Whether a document must give the property: true for an attribute without a default, optional value or container. */
  public boolean required() {
    Boolean known = required;
    if (known == null) {
      // A list that must not be empty must be given: an absent one would be empty.
      known = requiredByBuilder || type.refusesEmpty();
      required = known;
    }
    return known;
  }

  /** Reads the property of a value. */
  public Object get(Object value) {
    MethodHandle handle = getter;
    if (handle == null) {
      handle = Shape.getter(accessor);
      getter = handle;
    }
    try {
      return handle.invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }

  /** Gives the property to a builder of the shape, returning the builder. */
  public Object set(Object builder, Object value) {
    Setter known = direct;
    if (known != null) {
      return known.set(builder, value);
    }
    if (++uses == DIRECT_AFTER) {
      direct = directSetter();
    }
    try {
      return setter.invokeExact(builder, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot set " + name, e);
    }
  }

  /**
   * A class that calls the setter directly, which costs less than a method handle that is not a
   * constant; null when one cannot be made (a builder of another module, whose lookup lacks the
   * access it needs): the method handle then keeps setting the property.
   */
  private Setter directSetter() {
    if (!builderLookup.hasFullPrivilegeAccess()) {
      return null;
    }
    try {
      Class<?> parameter = MethodType.methodType(setterMethod.getParameterTypes()[0]).wrap().returnType();
      return (Setter) LambdaMetafactory.metafactory(builderLookup, "set", MethodType.methodType(Setter.class),
          MethodType.methodType(Object.class, Object.class, Object.class), builderLookup.unreflect(setterMethod),
          MethodType.methodType(setterMethod.getReturnType(), setterMethod.getDeclaringClass(), parameter))
          .getTarget().invoke();
    } catch (Throwable e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return name + (requiredByBuilder ? "" : "?") + ": " + type.kind();
  }
}

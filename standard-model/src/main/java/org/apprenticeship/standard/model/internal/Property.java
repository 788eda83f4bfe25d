package org.apprenticeship.standard.model.internal;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;

/**
 * One property of a model value: its JSON name, its type with its constraints, whether a document
 * must give it, and how to read it from a value and give it to a builder.
 *
 * <p>Immutable and thread-safe.
 */
public final class Property {
  private final String name;
  private final int index;
  private final ValueType type;
  private final boolean requiredByBuilder;
  private final Method accessor;
  private final MethodHandle setter;
  private volatile Boolean required;
  private volatile MethodHandle getter;

  Property(String name, int index, ValueType type, boolean requiredByBuilder, Method accessor, MethodHandle setter) {
    this.name = name;
    this.index = index;
    this.type = type;
    this.requiredByBuilder = requiredByBuilder;
    this.accessor = accessor;
    this.setter = setter;
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
    try {
      return setter.invokeExact(builder, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot set " + name, e);
    }
  }

  @Override
  public String toString() {
    return name + (requiredByBuilder ? "" : "?") + ": " + type.kind();
  }
}

package org.apprenticeship.standard.model.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a value built in Java against the constraints of its {@link Shape}, and of every value it
 * holds where the model says {@code @Valid}: the same compiled constraints that reading a document
 * applies, so that a value is checked in the same way however it was made.
 */
public final class ValueChecker {
  private ValueChecker() {}

  /**
   * Checks a value and everything it holds.
   *
   * @param value the value; not null
   * @param sink where findings go, at paths from the sink's current place
   */
  public static void check(Object value, FindingSink sink) {
    object(value, Shape.of(typeOf(value)), sink);
  }

  /** The model type of a value: the type whose {@code @JsonDeserialize} names the value's class, else its own class. */
  public static Class<?> typeOf(Object value) {
    Class<?> type = value.getClass();
    Class<?> parent = type.getSuperclass();
    JsonDeserialize deserialize = parent == null ? null : parent.getAnnotation(JsonDeserialize.class);
    return deserialize != null && deserialize.as() == type ? parent : type;
  }

  /** Checks a value of a shape: its properties, then the value as a whole. */
  public static void object(Object value, Shape shape, FindingSink sink) {
    PathStack path = sink.path();
    List<Property> properties = shape.properties();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      ValueType type = property.type();
      if (type.checked()) {
        path.push(property.name());
        value(property.get(value), type, sink);
        path.pop();
      }
    }
    List<ClassCheck<Object>> classChecks = shape.classChecks();
    for (int i = 0; i < classChecks.size(); i++) {
      classChecks.get(i).check(value, new Violations(sink));
    }
  }

  private static void value(Object value, ValueType type, FindingSink sink) {
    if (type.kind() == ValueType.Kind.OPTIONAL) {
      Optional<?> optional = (Optional<?>) value;
      value(optional == null ? null : optional.orElse(null), type.element(), sink);
      return;
    }
    if (value == null) {
      for (Check check : type.whenAbsent()) {
        check.check(null, sink);
      }
      return;
    }
    for (Check check : type.checks()) {
      check.check(value, sink);
    }
    switch (type.kind()) {
      case LIST:
        if (type.element().checked()) {
          list((Iterable<?>) value, type.element(), sink);
        }
        break;
      case MAP:
        if (type.element().checked() || type.key().checked()) {
          map((Map<?, ?>) value, type, sink);
        }
        break;
      case OBJECT:
        if (type.cascades()) {
          object(value, Shape.of(type.raw()), sink);
        }
        break;
      default:
        break;
    }
  }

  private static void list(Iterable<?> items, ValueType element, FindingSink sink) {
    PathStack path = sink.path();
    int i = 0;
    for (Object item : items) {
      path.push(i++);
      value(item, element, sink);
      path.pop();
    }
  }

  private static void map(Map<?, ?> map, ValueType type, FindingSink sink) {
    PathStack path = sink.path();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      path.push(String.valueOf(entry.getKey()));
      value(entry.getKey(), type.key(), sink);
      value(entry.getValue(), type.element(), sink);
      path.pop();
    }
  }
}

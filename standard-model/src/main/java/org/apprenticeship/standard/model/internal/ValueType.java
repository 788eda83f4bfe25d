package org.apprenticeship.standard.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The type of a property of a model value, as far as reading and checking it go: what kind of
 * JSON value it is, what it contains, and the constraints on it, each compiled once into a
 * {@link Check}. Derived from the Java type and its annotations (type-use annotations on type
 * arguments included, as in {@code List<@Pattern(...) String>}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ValueType {

  /** What a value is, in Java and in JSON. */
  public enum Kind {
    /** A string. */
    TEXT,
    /** An {@code int}, in JSON a number with no fraction. */
    INTEGER,
    /** A {@code long}, in JSON a number with no fraction. */
    LONG,
    /** A {@code double}, in JSON a number. */
    DOUBLE,
    /** A {@code BigDecimal}, in JSON a number, kept exactly. */
    DECIMAL,
    /** A boolean. */
    BOOLEAN,
    /** A {@code LocalDate}, in JSON a string {@code yyyy-MM-dd}. */
    DATE,
    /** A {@code Period}, in JSON an ISO 8601 period string such as {@code P3M}. */
    PERIOD,
    /** An enum, in JSON a string: the constant's name or its {@code @JsonProperty}. */
    ENUM,
    /** A value with properties of its own, in JSON an object. */
    OBJECT,
    /** A list, in JSON an array. */
    LIST,
    /** An {@code Optional}: absent, null in JSON, or its content. */
    OPTIONAL,
    /** A map with text keys, in JSON an object. */
    MAP,
    /** Any JSON value, kept as read. */
    JSON
  }

  private final Kind kind;
  private final Class<?> raw;
  private final ValueType element;
  private final ValueType key;
  private final List<Annotation> constraints;
  private final Check[] checks;
  private final Check[] whenAbsent;
  private final boolean cascade;
  private final boolean visited;
  private final Map<String, Object> enumConstants;

  private ValueType(Kind kind, Class<?> raw, ValueType element, ValueType key, List<Annotation> constraints,
      boolean cascade, String where) {
    this.kind = kind;
    this.raw = raw;
    this.element = element;
    this.key = key;
    this.constraints = List.copyOf(constraints);
    List<Check> present = new ArrayList<>();
    List<Check> absent = new ArrayList<>();
    for (Annotation constraint : constraints) {
      present.add(Checks.compile(constraint, where));
      Check check = Checks.whenAbsent(constraint);
      if (check != null) {
        absent.add(check);
      }
    }
    this.checks = present.toArray(new Check[0]);
    this.whenAbsent = absent.toArray(new Check[0]);
    this.cascade = cascade;
    this.enumConstants = kind == Kind.ENUM ? enumConstants(raw) : Map.of();
    this.visited = checks.length > 0 || whenAbsent.length > 0 || cascade
        || element != null && element.visited || key != null && key.visited;
  }

  /**
   * Derives the type of a property.
   *
   * @param type the annotated type, such as a method's return type
   * @param declared annotations declared on the method itself, which apply to the value as type-use
   *     annotations on the return type do
   * @param where the place, for messages
   */
  static ValueType of(AnnotatedType type, Annotation[] declared, String where) {
    Set<Annotation> annotations = new LinkedHashSet<>(List.of(type.getAnnotations()));
    annotations.addAll(List.of(declared));
    return of(type, annotations, where);
  }

  private static ValueType of(AnnotatedType type, Set<Annotation> annotations, String where) {
    Class<?> raw = rawClass(type.getType());
    List<Annotation> constraints = new ArrayList<>();
    boolean cascade = false;
    for (Annotation annotation : annotations) {
      if (annotation instanceof Valid) {
        cascade = true;
      } else if (Checks.isConstraint(annotation)) {
        constraints.add(annotation);
      }
    }
    AnnotatedType[] arguments = type instanceof AnnotatedParameterizedType
        ? ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments() : new AnnotatedType[0];
    if (raw == Optional.class) {
      // As Bean Validation does, constraints on an Optional apply to its content.
      Set<Annotation> content = new LinkedHashSet<>(annotations);
      content.addAll(List.of(argument(arguments, 0, where).getAnnotations()));
      return new ValueType(Kind.OPTIONAL, raw, of(argument(arguments, 0, where), content, where), null, List.of(), false, where);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      ValueType element = of(argument(arguments, 0, where), annotationsOf(argument(arguments, 0, where)), where);
      return new ValueType(Kind.LIST, raw, element, null, constraints, cascade, where);
    }
    if (Map.class.isAssignableFrom(raw)) {
      AnnotatedType keyType = argument(arguments, 0, where);
      AnnotatedType valueType = argument(arguments, 1, where);
      if (rawClass(keyType.getType()) != String.class) {
        throw new IllegalStateException(where + ": a map must have text keys");
      }
      return new ValueType(Kind.MAP, raw, of(valueType, annotationsOf(valueType), where),
          of(keyType, annotationsOf(keyType), where), constraints, cascade, where);
    }
    return new ValueType(kindOf(raw), raw, null, null, constraints, cascade, where);
  }

  private static Set<Annotation> annotationsOf(AnnotatedType type) {
    return new LinkedHashSet<>(List.of(type.getAnnotations()));
  }

  private static AnnotatedType argument(AnnotatedType[] arguments, int i, String where) {
    if (arguments.length <= i) {
      throw new IllegalStateException(where + ": a container type needs its type arguments");
    }
    return arguments[i];
  }

  private static Kind kindOf(Class<?> raw) {
    if (CharSequence.class.isAssignableFrom(raw)) {
      return Kind.TEXT;
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class) {
      return Kind.INTEGER;
    }
    if (raw == long.class || raw == Long.class) {
      return Kind.LONG;
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      return Kind.DOUBLE;
    }
    if (raw == BigDecimal.class) {
      return Kind.DECIMAL;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return Kind.BOOLEAN;
    }
    if (raw == LocalDate.class) {
      return Kind.DATE;
    }
    if (raw == Period.class) {
      return Kind.PERIOD;
    }
    if (raw.isEnum()) {
      return Kind.ENUM;
    }
    if (JsonNode.class.isAssignableFrom(raw)) {
      return Kind.JSON;
    }
    return Kind.OBJECT;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return Object.class;
  }

  private static Map<String, Object> enumConstants(Class<?> type) {
    Map<String, Object> constants = new LinkedHashMap<>();
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      try {
        JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
        constants.put(property != null && !property.value().isEmpty() ? property.value() : name, constant);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("enum constant " + name + " of " + type.getName() + " has no field", e);
      }
    }
    return Collections.unmodifiableMap(constants);
  }

  /** What the value is. */
  public Kind kind() {
    return kind;
  }

  /** The Java class of the value (for a list, map or optional, the container's). */
  public Class<?> raw() {
    return raw;
  }

  /** The content of a list or optional, the values of a map; null for other kinds. */
  public ValueType element() {
    return element;
  }

  /** The keys of a map; null for other kinds. */
  public ValueType key() {
    return key;
  }

  /** The constraint annotations on the value, in declaration order. */
  public List<Annotation> constraints() {
    return constraints;
  }

  /** The compiled constraints of a present value. */
  public Check[] checks() {
    return checks;
  }

  /** The constraints that an absent value breaks. */
  public Check[] whenAbsent() {
    return whenAbsent;
  }

  /** Whether a constraint refuses this list or map when it is empty ({@code @NotEmpty}, or {@code @Size} from 1). */
  public boolean refusesEmpty() {
    for (Annotation constraint : constraints) {
      if (constraint instanceof jakarta.validation.constraints.NotEmpty
          || constraint instanceof jakarta.validation.constraints.Size && ((jakarta.validation.constraints.Size) constraint).min() > 0) {
        return (kind == Kind.LIST || kind == Kind.MAP);
      }
    }
    return false;
  }

  /** Whether the value's own constraints are checked too ({@code @Valid}). */
  public boolean cascades() {
    return cascade;
  }

  /** Whether checking a value of this type can find anything: a constraint or a cascade in it. */
  public boolean checked() {
    return visited;
  }

  /** The shape of an object value. */
  public Shape shape() {
    return Shape.of(raw);
  }

  /** The constants of an enum by their JSON names, in declaration order; empty for other kinds. */
  public Map<String, Object> enumConstants() {
    return enumConstants;
  }
}

package org.apprenticeship.standard.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
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
 * <p>What a value is and holds is read when the type is made; its annotations and constraints
 * only when first needed, so that binding the library's own trusted data pays nothing for them.
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
  private final Map<String, Object> enumConstants;
  private final String[] enumNames;
  private final Object[] enumValues;
  /** The method whose return type this is, for the root of a property's type. */
  private final Method method;
  /** The type this is an argument of (set once that type is made), and which argument, for any other. */
  private final ValueTypeSlot parentSlot;
  private final int argument;
  private final String where;
  private volatile Constraints constraints;
  private volatile Boolean checked;

  private ValueType(Kind kind, Class<?> raw, ValueType element, ValueType key, Method method, ValueTypeSlot parentSlot, int argument,
      String where) {
    this.kind = kind;
    this.raw = raw;
    this.element = element;
    this.key = key;
    this.method = method;
    this.parentSlot = parentSlot;
    this.argument = argument;
    this.where = where;
    this.enumConstants = kind == Kind.ENUM ? enumConstants(raw) : Map.of();
    this.enumNames = enumConstants.keySet().toArray(new String[0]);
    this.enumValues = enumConstants.values().toArray();
  }

  /**
   * Derives the type of a property from its accessor: the annotations on the return type and its
   * type arguments, and those declared on the method (which apply to the value as type-use
   * annotations on the return type do).
   */
  static ValueType of(Method accessor, String where) {
    return of(accessor.getGenericReturnType(), accessor, null, -1, where);
  }

  /** Builds the tree of types, leaving each one's annotations to be read when first asked for. */
  private static ValueType of(Type type, Method method, ValueTypeSlot slot, int argument, String where) {
    Class<?> raw = rawClass(type);
    Type[] arguments = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments() : new Type[0];
    ValueType[] children = new ValueType[2];
    ValueTypeSlot self = new ValueTypeSlot();
    Kind kind;
    if (raw == Optional.class) {
      kind = Kind.OPTIONAL;
      children[0] = of(argument(arguments, 0, where), null, self, 0, where);
    } else if (Collection.class.isAssignableFrom(raw)) {
      kind = Kind.LIST;
      children[0] = of(argument(arguments, 0, where), null, self, 0, where);
    } else if (Map.class.isAssignableFrom(raw)) {
      kind = Kind.MAP;
      if (rawClass(argument(arguments, 0, where)) != String.class) {
        throw new IllegalStateException(where + ": a map must have text keys");
      }
      children[1] = of(argument(arguments, 0, where), null, self, 0, where);
      children[0] = of(argument(arguments, 1, where), null, self, 1, where);
    } else {
      kind = kindOf(raw);
    }
    ValueType made = new ValueType(kind, raw, children[0], children[1], method, slot, argument, where);
    self.type = made;
    return made;
  }

  /** Where a type is, while its parent is being made. */
  private static final class ValueTypeSlot {
    ValueType type;
  }

  private static Type argument(Type[] arguments, int i, String where) {
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

  private ValueType parent() {
    return parentSlot == null ? null : parentSlot.type;
  }

  /** The annotated form of this type: the accessor's return type, or an argument of the parent's. */
  private AnnotatedType annotated() {
    ValueType parent = parent();
    if (parent == null) {
      return method.getAnnotatedReturnType();
    }
    AnnotatedType outer = parent.annotated();
    AnnotatedType[] arguments = outer instanceof AnnotatedParameterizedType
        ? ((AnnotatedParameterizedType) outer).getAnnotatedActualTypeArguments() : new AnnotatedType[0];
    if (arguments.length <= argument) {
      throw new IllegalStateException(where + ": a container type needs its type arguments");
    }
    return arguments[argument];
  }

  /**
   * Every annotation that applies to a value of this type: those on the type, those declared on
   * the accessor for the root, and, as Bean Validation has it, those on an {@code Optional} for its
   * content.
   */
  private Set<Annotation> annotations() {
    Set<Annotation> annotations = new LinkedHashSet<>(List.of(annotated().getAnnotations()));
    ValueType parent = parent();
    if (parent == null) {
      annotations.addAll(List.of(method.getAnnotations()));
    } else if (parent.kind == Kind.OPTIONAL) {
      annotations.addAll(parent.annotations());
    }
    return annotations;
  }

  /** The constraints of this type, compiled, read on first use. */
  private Constraints compiled() {
    Constraints known = constraints;
    if (known == null) {
      known = new Constraints(kind == Kind.OPTIONAL ? Set.of() : annotations(), where);
      constraints = known;
    }
    return known;
  }

  /** The constraints on a value, compiled. */
  private static final class Constraints {
    final List<Annotation> annotations;
    final Check[] checks;
    final Check[] whenAbsent;
    final boolean cascade;

    Constraints(Set<Annotation> all, String where) {
      List<Annotation> found = new ArrayList<>();
      List<Check> present = new ArrayList<>();
      List<Check> absent = new ArrayList<>();
      boolean valid = false;
      for (Annotation annotation : all) {
        if (annotation instanceof Valid) {
          valid = true;
        } else if (Checks.isConstraint(annotation)) {
          found.add(annotation);
          present.add(Checks.compile(annotation, where));
          Check check = Checks.whenAbsent(annotation);
          if (check != null) {
            absent.add(check);
          }
        }
      }
      this.annotations = List.copyOf(found);
      this.checks = present.toArray(new Check[0]);
      this.whenAbsent = absent.toArray(new Check[0]);
      this.cascade = valid;
    }
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
    return compiled().annotations;
  }

  /** The compiled constraints of a present value. */
  public Check[] checks() {
    return compiled().checks;
  }

  /** The constraints that an absent value breaks. */
  public Check[] whenAbsent() {
    return compiled().whenAbsent;
  }

  /** Whether the value's own constraints are checked too ({@code @Valid}). */
  public boolean cascades() {
    return compiled().cascade;
  }

  /** Whether a constraint refuses this list or map when it is empty ({@code @NotEmpty}, or {@code @Size} from 1). */
  public boolean refusesEmpty() {
    if (kind != Kind.LIST && kind != Kind.MAP) {
      return false;
    }
    for (Annotation constraint : constraints()) {
      if (constraint instanceof NotEmpty || constraint instanceof Size && ((Size) constraint).min() > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether checking a value of this type can find anything: a constraint or a cascade in it. */
  public boolean checked() {
    Boolean known = checked;
    if (known == null) {
      Constraints own = compiled();
      known = own.checks.length > 0 || own.whenAbsent.length > 0 || own.cascade
          || element != null && element.checked() || key != null && key.checked();
      checked = known;
    }
    return known;
  }

  /** The shape of an object value. */
  public Shape shape() {
    return Shape.of(raw);
  }

  /** The constants of an enum by their JSON names, in declaration order; empty for other kinds. */
  public Map<String, Object> enumConstants() {
    return enumConstants;
  }

  /**
   * The constant of an enum whose JSON name is the text {@code length} characters long at
   * {@code offset} in {@code text}, compared without making a string; null when none is.
   */
  public Object enumConstant(char[] text, int offset, int length) {
    String[] names = enumNames;
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (name.length() == length && sameText(name, text, offset)) {
        return enumValues[i];
      }
    }
    return null;
  }

  private static boolean sameText(String name, char[] text, int offset) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }
}

package org.apprenticeship.standard.model.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apprenticeship.standard.model.StandardException;

/**
 * What a model type is made of, derived once per type, lazily, from its own declarations: its
 * properties with their types and compiled constraints, its constraints as a whole, and, for the
 * library's value types, how to build one.
 *
 * <p>The properties of a value type are those its generated builder takes from JSON (the
 * {@code @JsonProperty} setters that Immutables writes, which also say which are required); their
 * constraints are the Bean Validation annotations on the type's accessors. For a type of the
 * caller's own, the properties are its public no-argument methods that carry a constraint or
 * {@code @Valid}, as Hibernate Validator would see them with a record-style accessor strategy.
 *
 * <p>Thread-safe, and immutable apart from a hint: the order in which documents give the fields,
 * learnt as they are read (see {@link #property(String, int)}).
 */
public final class Shape {
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return derive(type);
    }
  };
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType SETTER = MethodType.methodType(Object.class, Object.class, Object.class);
  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone");

  private final Class<?> type;
  private final List<Property> properties;
  private final Map<String, Property> byName;
  private final Property[] byIndex;
  /**
   * For each property (by index, shifted by one; slot 0 for the start of an object), the index of
   * the property that followed it in the last document read, or -1: a guess tried before a
   * look-up by name. Written without synchronization: an int is written whole, and a guess from
   * another thread is only ever compared before it is used.
   */
  private final int[] following;
  private volatile List<ClassCheck<Object>> classChecks;
  private final MethodHandle newBuilder;
  private final MethodHandle build;
  private final boolean ignoresUnknown;

  private Shape(Class<?> type, List<Property> properties, MethodHandle newBuilder, MethodHandle build) {
    this.type = type;
    this.properties = List.copyOf(properties);
    Map<String, Property> names = new HashMap<>();
    for (Property property : properties) {
      names.put(property.name(), property);
    }
    this.byName = Collections.unmodifiableMap(names);
    this.byIndex = properties.toArray(new Property[0]);
    this.following = new int[byIndex.length + 1];
    Arrays.fill(following, -1);
    this.newBuilder = newBuilder;
    this.build = build;
    JsonIgnoreProperties ignore = type.getAnnotation(JsonIgnoreProperties.class);
    this.ignoresUnknown = ignore != null && ignore.ignoreUnknown();
  }

  /**
   * Returns the shape of a type, derived on first use.
   *
   * @throws StandardException if the type cannot be read: a constraint the library does not check,
   *     or accessors it may not call (a package not open to the model module); every call throws
   */
  public static Shape of(Class<?> type) {
    try {
      return SHAPES.get(type);
    } catch (StandardException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new StandardException("cannot read the constraints of " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  /** The type described. */
  public Class<?> type() {
    return type;
  }

  /** The properties, ordered by name. */
  public List<Property> properties() {
    return properties;
  }

  /** The property with a JSON name, or null. */
  public Property property(String name) {
    return byName.get(name);
  }

  /**
   * The property with a JSON name, given the index of the property a document gave just before it
   * in the same object ({@code -1} for the first field): documents mostly give fields in one order,
   * so the property that followed that one last time is tried before the name is looked up.
   *
   * @return the property, or null
   */
  public Property property(String name, int previous) {
    int guess = following[previous + 1];
    if (guess >= 0) {
      Property property = byIndex[guess];
      if (property.name().equals(name)) {
        return property;
      }
    }
    Property property = byName.get(name);
    if (property != null) {
      following[previous + 1] = property.index();
    }
    return property;
  }

  /** The constraints on the value as a whole, read on first use. */
  public List<ClassCheck<Object>> classChecks() {
    List<ClassCheck<Object>> known = classChecks;
    if (known == null) {
      known = List.copyOf(classChecks(type));
      classChecks = known;
    }
    return known;
  }

  /**
   * The types of the library's value types reachable from some, through their properties (inside
   * optionals, lists and maps), each once, the roots first; for tests that look at every type.
   */
  public static List<Class<?>> reachableFrom(Class<?>... roots) {
    List<Class<?>> seen = new ArrayList<>();
    List<Class<?>> waiting = new ArrayList<>(List.of(roots));
    while (!waiting.isEmpty()) {
      Class<?> type = waiting.remove(0);
      if (seen.contains(type) || !type.getPackageName().startsWith("org.apprenticeship.standard")) {
        continue;
      }
      seen.add(type);
      for (Property property : of(type).properties()) {
        ValueType inner = property.type();
        while (inner.element() != null) {
          inner = inner.element();
        }
        if (inner.kind() == ValueType.Kind.OBJECT) {
          waiting.add(inner.raw());
        }
      }
    }
    return seen;
  }

  /**
   * What is wrong with how a library type declares its constraints, for a test to show there is
   * nothing: a constraint where the builder reads no property (it would be checked nowhere), or a
   * library value inside another without {@code @Valid} (Bean Validation would not check it).
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!buildable()) {
      return problems;
    }
    for (Method method : type.getMethods()) {
      if (isAccessor(method) && property(method.getName()) == null
          && ValueType.of(method, type.getSimpleName() + "." + method.getName() + "()").checked()) {
        problems.add(type.getSimpleName() + "." + method.getName() + "() carries a constraint but is not a property");
      }
    }
    for (Property property : properties) {
      ValueType inner = property.type();
      while (inner.element() != null) {
        if (inner.kind() != ValueType.Kind.OPTIONAL && inner.element().kind() == ValueType.Kind.OBJECT && !inner.element().cascades()) {
          problems.add(type.getSimpleName() + "." + property.name() + "(): a value of " + inner.element().raw().getSimpleName() + " must be marked @Valid");
        }
        inner = inner.element();
      }
      if (inner.kind() == ValueType.Kind.OBJECT && !inner.cascades() && property.type().kind() != ValueType.Kind.LIST) {
        problems.add(type.getSimpleName() + "." + property.name() + "(): a value of " + inner.raw().getSimpleName() + " must be marked @Valid");
      }
    }
    return problems;
  }

  /**
   * Whether a document may give fields the type does not have, which are then ignored: only for a
   * format that is not the library's own ({@code @JsonIgnoreProperties(ignoreUnknown = true)}).
   */
  public boolean ignoresUnknown() {
    return ignoresUnknown;
  }

  /** Whether values of this type can be built from their properties. */
  public boolean buildable() {
    return newBuilder != null;
  }

  /** A new, empty builder. */
  public Object newBuilder() {
    try {
      return newBuilder.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot make a builder of " + type.getName(), e);
    }
  }

  /** Builds the value from a builder with every required property given. */
  public Object build(Object builder) {
    try {
      return build.invokeExact(builder);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  @Override
  public String toString() {
    return type.getSimpleName() + properties;
  }

  private static Shape derive(Class<?> type) {
    // A type of another module (the import's description of a record, in standard-data) is read
    // through its open package: the model module reads that module first.
    Shape.class.getModule().addReads(type.getModule());
    JsonDeserialize deserialize = type.getAnnotation(JsonDeserialize.class);
    Class<?> builder = deserialize == null ? null : builderOf(deserialize.as());
    if (builder == null) {
      return new Shape(type, checkedMethods(type), null, null);
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(builder, MethodHandles.lookup());
      Map<String, Method> setters = new HashMap<>();
      Map<String, Boolean> required = new LinkedHashMap<>();
      for (Method method : builder.getDeclaredMethods()) {
        JsonProperty json = method.getAnnotation(JsonProperty.class);
        if (json != null && method.getParameterCount() == 1 && !Modifier.isStatic(method.getModifiers())) {
          setters.put(json.value(), method);
          required.put(json.value(), json.required());
        }
      }
      List<String> names = new ArrayList<>(setters.keySet());
      names.sort(Comparator.naturalOrder());
      List<Property> properties = new ArrayList<>();
      for (String name : names) {
        Method accessor = accessor(type, name);
        String where = type.getSimpleName() + "." + name + "()";
        Method setter = setters.get(name);
        properties.add(new Property(name, properties.size(), ValueType.of(accessor, where), required.get(name), accessor,
            lookup.unreflect(setter).asType(SETTER), lookup, setter));
      }
      MethodHandle newBuilder = builderFactory(type, deserialize.as(), builder, lookup);
      MethodHandle build = lookup.unreflect(builder.getMethod("build")).asType(GETTER);
      return new Shape(type, properties, newBuilder, build);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the builder of " + type.getName(), e);
    }
  }

  /** The accessor of a property: a public method, or one of the type's own (a type internal to the library). */
  private static Method accessor(Class<?> type, String name) throws NoSuchMethodException {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      for (Class<?> owner = type; owner != null; owner = owner.getSuperclass()) {
        try {
          return owner.getDeclaredMethod(name);
        } catch (NoSuchMethodException notHere) {
          // look further up
        }
      }
      throw e;
    }
  }

  /** The type's own {@code builder()}, else the generated class's, else the builder's constructor. */
  private static MethodHandle builderFactory(Class<?> type, Class<?> implementation, Class<?> builder, MethodHandles.Lookup lookup)
      throws ReflectiveOperationException {
    for (Class<?> owner : List.of(type, implementation)) {
      for (Method method : owner.getDeclaredMethods()) {
        if (method.getName().equals("builder") && method.getParameterCount() == 0 && Modifier.isStatic(method.getModifiers())
            && builder.isAssignableFrom(method.getReturnType())) {
          return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).unreflect(method).asType(MethodType.methodType(Object.class));
        }
      }
    }
    return lookup.findConstructor(builder, MethodType.methodType(void.class)).asType(MethodType.methodType(Object.class));
  }

  private static Class<?> builderOf(Class<?> implementation) {
    for (Class<?> nested : implementation.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        return nested;
      }
    }
    return null;
  }

  /** The properties of a type without a builder: its public no-argument methods with a constraint or a cascade. */
  private static List<Property> checkedMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (isAccessor(method)) {
        methods.add(method);
      }
    }
    methods.sort(Comparator.comparing(Method::getName));
    List<Property> properties = new ArrayList<>();
    for (Method method : methods) {
      ValueType valueType = ValueType.of(method, type.getSimpleName() + "." + method.getName() + "()");
      if (valueType.checked()) {
        properties.add(new Property(method.getName(), properties.size(), valueType, false, method, null, null, null));
      }
    }
    return properties;
  }

  private static boolean isAccessor(Method method) {
    return method.getParameterCount() == 0 && method.getReturnType() != void.class && !Modifier.isStatic(method.getModifiers())
        && !method.isBridge() && !method.isSynthetic() && method.getDeclaringClass() != Object.class
        && !NOT_PROPERTIES.contains(method.getName());
  }

  /** A handle that reads a property with an accessor, whatever the accessor returns. */
  static MethodHandle getter(Method method) {
    try {
      MethodHandles.Lookup lookup = method.getDeclaringClass().getModule() == Shape.class.getModule()
          ? MethodHandles.lookup() : MethodHandles.publicLookup();
      return lookup.unreflect(method).asType(GETTER);
    } catch (IllegalAccessException e) {
      try {
        method.setAccessible(true);
        return MethodHandles.lookup().unreflect(method).asType(GETTER);
      } catch (RuntimeException | IllegalAccessException again) {
        throw new StandardException("cannot call " + method + " to check its constraints: open its package to the module "
            + Shape.class.getModule().getName(), again);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ClassCheck<Object>> classChecks(Class<?> type) {
    List<ClassCheck<Object>> checks = new ArrayList<>();
    for (Annotation annotation : type.getAnnotations()) {
      if (Checks.isConstraint(annotation)) {
        checks.add((ClassCheck<Object>) ClassCheck.of(annotation, type));
      }
    }
    return checks;
  }
}

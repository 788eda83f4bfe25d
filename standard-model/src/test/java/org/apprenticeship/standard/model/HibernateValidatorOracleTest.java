package org.apprenticeship.standard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.model.internal.FindingSink;
import org.apprenticeship.standard.model.internal.FundingRulesStructure;
import org.apprenticeship.standard.model.internal.FundingRulesStructureCheck;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.apprenticeship.standard.model.internal.PathStack;
import org.apprenticeship.standard.model.internal.PlausibleDate;
import org.apprenticeship.standard.model.internal.PlanStructure;
import org.apprenticeship.standard.model.internal.PlanStructureCheck;
import org.apprenticeship.standard.model.internal.Shape;
import org.apprenticeship.standard.model.internal.StandardStructure;
import org.apprenticeship.standard.model.internal.StandardStructureCheck;
import org.apprenticeship.standard.model.internal.ValueType;
import org.apprenticeship.standard.model.internal.Violations;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate Validator, in test scope only, as the oracle of the checks that {@link ModelValidator}
 * compiles from the model's annotations: on every constrained type, with every constrained
 * property set to values at and around its limits, both find the same violations (code and path).
 *
 * <p>The one deliberate difference, kept out of the generated values: the library counts the
 * length of a text in code points, as JSON Schema does, and Hibernate Validator in UTF-16 units;
 * they differ only for characters outside the Basic Multilingual Plane.
 */
class HibernateValidatorOracleTest {
  private static final Validator HIBERNATE = hibernate();

  @ParameterizedTest(name = "{0}: {2} at {3}")
  @MethodSource("org.apprenticeship.standard.model.ModelValidatorTest#fieldConstraints")
  void everyCaseOfTheModelTests_givesTheSameViolations(Class<?> type, Object value, FindingCode code, String path) {
    assertEquals(oracle(value), library(value));
  }

  @Test
  void theNotBlankPatternOfTheSchemas_isTheWhiteSpaceOfJava() {
    java.util.regex.Pattern notBlank = java.util.regex.Pattern.compile(org.apprenticeship.standard.model.internal.Checks.NOT_BLANK_PATTERN);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(Character.isWhitespace(c), !notBlank.matcher(String.valueOf(c)).find(), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void validFixtures_areValidForBoth() {
    assertEquals(List.of(), oracle(Fixtures.funding()));
    assertEquals(List.of(), library(Fixtures.funding()));
    assertEquals(List.of(), oracle(Fixtures.standard()));
    assertEquals(List.of(), oracle(Fixtures.learner()));
    assertEquals(List.of(), library(Fixtures.learner()));
  }

  @Test
  void theOracle_seesAConstraintOfEveryConstrainedType() {
    Set<Class<?>> seen = mutations().map(m -> m.type).collect(Collectors.toSet());
    Set<Class<?>> constrained = constrainedTypes();
    assertTrue(constrained.size() >= 20, "found only " + constrained);
    constrained.removeAll(seen);
    assertEquals(Set.of(), constrained, "constrained types without a mutation");
  }

  /** Every constrained property of every constrained type, set to each of a few values at and around its limits. */
  @Test
  void everyConstrainedProperty_atAndAroundItsLimits_givesTheSameViolations() {
    List<String> differences = new ArrayList<>();
    int[] compared = {0};
    mutations().forEach(m -> {
      compared[0]++;
      List<String> library = library(m.value);
      List<String> oracle = oracle(m.value);
      if (!library.equals(oracle)) {
        differences.add(m + ": library " + library + ", Hibernate Validator " + oracle);
      }
    });
    assertTrue(compared[0] > 300, "compared only " + compared[0]);
    assertEquals(List.of(), differences);
  }

  @Property(tries = 300)
  void generatedTexts_inEveryTextProperty_giveTheSameViolations(@ForAll("mutation") Mutation mutation) {
    assertEquals(oracle(mutation.value), library(mutation.value), mutation.toString());
  }

  @Provide
  Arbitrary<Mutation> mutation() {
    List<Mutation> textual = new ArrayList<>();
    bases().forEach((type, base) -> {
      for (org.apprenticeship.standard.model.internal.Property property : Shape.of(type).properties()) {
        if (property.type().checked() && innermost(property.type()).kind() == ValueType.Kind.TEXT) {
          textual.add(new Mutation(type, property, base, null));
        }
      }
    });
    Arbitrary<String> texts = Arbitraries.oneOf(
        Arbitraries.strings().withChars(" \t\n\r\u000b\u0001\u00a0KSBDP0123456789.-_abcxyzST$").ofMaxLength(12),
        Arbitraries.strings().ascii().ofMinLength(95).ofMaxLength(105),
        Arbitraries.of("K1", "S26", "B6", "D1", "ST0007", "OCC0007", "1.1", "1.10", "PASS", "observation",
            "professional-discussion", "2026-11", "2026-11-23", "6136/99", "P1", "$.ksbs[K6].theme").flatMap(valid ->
            Arbitraries.of(valid, valid + "\n", " " + valid, valid + " ", valid.toLowerCase(Locale.ROOT), valid.toUpperCase(Locale.ROOT))));
    return Combinators.combine(Arbitraries.of(textual), texts).as((slot, text) -> slot.with(text));
  }

  // --- the two sides --------------------------------------------------------------------------

  private static List<String> library(Object value) {
    return ModelValidator.validate(value).stream().map(f -> f.code() + " " + f.path()).sorted().collect(Collectors.toList());
  }

  private static List<String> oracle(Object value) {
    return HIBERNATE.validate(value).stream().map(HibernateValidatorOracleTest::toFinding).sorted().collect(Collectors.toList());
  }

  private static String toFinding(ConstraintViolation<Object> violation) {
    String path = jsonPath(violation.getPropertyPath());
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    Detail detail = hibernate.getDynamicPayload(Detail.class);
    if (detail != null) {
      return detail.code + " " + JsonPaths.join(path, detail.relativePath);
    }
    Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
    return codeOf(annotation, violation.getInvalidValue()) + " " + path;
  }

  private static FindingCode codeOf(Annotation annotation, Object invalid) {
    if (annotation instanceof NotBlank || annotation instanceof NotBlankWhenPresent) {
      return FindingCode.FIELD_01;
    }
    if (annotation instanceof Pattern) {
      return FindingCode.FIELD_02;
    }
    if (annotation instanceof Min || annotation instanceof Max || annotation instanceof DecimalMin || annotation instanceof DecimalMax
        || annotation instanceof Positive || annotation instanceof PositiveOrZero || annotation instanceof PlausibleDate) {
      return FindingCode.FIELD_03;
    }
    if (annotation instanceof NotEmpty) {
      return FindingCode.FIELD_04;
    }
    if (annotation instanceof Size) {
      return invalid instanceof CharSequence ? FindingCode.FIELD_05 : FindingCode.FIELD_04;
    }
    return FindingCode.FIELD_06;
  }

  /** A Bean Validation property path as a JSON path: names as properties, indexes and keys in brackets. */
  private static String jsonPath(Path propertyPath) {
    String path = JsonPaths.ROOT;
    for (Path.Node node : propertyPath) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          path = JsonPaths.index(path, node.getIndex());
        } else if (node.getKey() != null) {
          path = JsonPaths.property(path, String.valueOf(node.getKey()));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        path = JsonPaths.property(path, node.getName());
      }
    }
    return path;
  }

  private static Validator hibernate() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
        .getterPropertySelectionStrategy(new AccessorStrategy())
        .messageInterpolator(new ParameterMessageInterpolator())
        .defaultLocale(Locale.ENGLISH);
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.constraintDefinition(NotBlankWhenPresent.class).validatedBy(NotBlankWhenPresentValidator.class);
    mapping.constraintDefinition(PlausibleDate.class).validatedBy(PlausibleDateValidator.class);
    mapping.constraintDefinition(StandardStructure.class).validatedBy(StandardStructureValidator.class);
    mapping.constraintDefinition(PlanStructure.class).validatedBy(PlanStructureValidator.class);
    mapping.constraintDefinition(FundingRulesStructure.class).validatedBy(FundingRulesStructureValidator.class);
    return configuration.addMapping(mapping).buildValidatorFactory().getValidator();
  }

  /** Sees every public no-argument accessor as a property named like the method, as Immutables generates them. */
  static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length > 0 || executable.getReturnType() == void.class
          || NOT_PROPERTIES.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  /** Hibernate Validator's own reading of "not blank", for a present value. */
  public static final class NotBlankWhenPresentValidator implements ConstraintValidator<NotBlankWhenPresent, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || !value.toString().isBlank();
    }
  }

  /** An independent reading of a plausible date. */
  public static final class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {
    private int from;
    private int to;

    @Override
    public void initialize(PlausibleDate plausible) {
      from = plausible.value().fromYear();
      to = plausible.value().toYear();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || value.getYear() >= from && value.getYear() <= to;
    }
  }

  /** The code and relative path of a class-level violation. */
  static final class Detail {
    final FindingCode code;
    final String relativePath;

    Detail(FindingCode code, String relativePath) {
      this.code = code;
      this.relativePath = relativePath;
    }
  }

  /** Runs a class-level check of the library and hands its findings to Hibernate Validator. */
  abstract static class ClassLevel<A extends Annotation, T> implements ConstraintValidator<A, T> {
    abstract void check(T value, Violations violations);

    @Override
    public boolean isValid(T value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      FindingSink sink = new FindingSink(new PathStack());
      check(value, new Violations(sink));
      context.disableDefaultConstraintViolation();
      HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
      for (Finding finding : sink.findings()) {
        hibernate.withDynamicPayload(new Detail(finding.code(), finding.path()));
        // Hibernate Validator keeps one of equal violations: the template makes each one distinct.
        hibernate.buildConstraintViolationWithTemplate(escape(finding.code() + " " + finding.path() + ": " + finding.message()))
            .addConstraintViolation();
      }
      return sink.findings().isEmpty();
    }
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }

  /** {@link StandardStructure} for Hibernate Validator. */
  public static final class StandardStructureValidator extends ClassLevel<StandardStructure, Standard> {
    @Override
    void check(Standard value, Violations violations) {
      new StandardStructureCheck().check(value, violations);
    }
  }

  /** {@link PlanStructure} for Hibernate Validator. */
  public static final class PlanStructureValidator extends ClassLevel<PlanStructure, AssessmentPlan> {
    @Override
    void check(AssessmentPlan value, Violations violations) {
      new PlanStructureCheck().check(value, violations);
    }
  }

  /** {@link FundingRulesStructure} for Hibernate Validator. */
  public static final class FundingRulesStructureValidator extends ClassLevel<FundingRulesStructure, FundingRuleSet> {
    @Override
    void check(FundingRuleSet value, Violations violations) {
      new FundingRulesStructureCheck().check(value, violations);
    }
  }

  // --- values ---------------------------------------------------------------------------------

  /** A valid value of every constrained type, found in the fixtures, first of each type. */
  private static Map<Class<?>, Object> bases() {
    Map<Class<?>, Object> bases = new LinkedHashMap<>();
    collect(Fixtures.standard().withOccupation(ModelValidatorTest.occupation()
            .withSoc2020(SocGroup.of("6136", "Senior care workers")).withMedianSalary(Salary.of(25518, "2026-11")))
        .withDuties(ModelValidatorTest.duty()).withOptions(StandardOption.of("a", "Option A")), bases);
    collect(Fixtures.learner().withEvidence(Fixtures.learner().evidence().get(0))
        .withAchievements(Achievement.builder().kind(AchievementKind.DIPLOMA).title("Diploma").level(4).achievedOn(LocalDate.of(2020, 1, 1)).build()),
        bases);
    collect(Fixtures.funding(), bases);
    collect(Fixtures.plan().withMethods(Fixtures.observation().withDescriptors(
        GradeDescriptor.builder().grade("PASS").addKsbs("S1").statement("Shows").build()), Fixtures.discussion()), bases);
    return bases;
  }

  private static void collect(Object value, Map<Class<?>, Object> bases) {
    Class<?> type = org.apprenticeship.standard.model.internal.ValueChecker.typeOf(value);
    if (!type.getPackageName().equals(Standard.class.getPackageName()) || type.isEnum()) {
      return;
    }
    bases.putIfAbsent(type, value);
    for (org.apprenticeship.standard.model.internal.Property property : Shape.of(type).properties()) {
      Object child = property.get(value);
      if (child instanceof Optional) {
        child = ((Optional<?>) child).orElse(null);
      }
      if (child instanceof List) {
        ((List<?>) child).forEach(item -> collect(item, bases));
      } else if (child != null && !(child instanceof String) && !(child instanceof Number) && !(child instanceof Map)) {
        collect(child, bases);
      }
    }
  }

  private static Set<Class<?>> constrainedTypes() {
    Set<Class<?>> constrained = new java.util.HashSet<>();
    bases().keySet().forEach(type -> {
      Shape shape = Shape.of(type);
      boolean any = !shape.classChecks().isEmpty()
          || shape.properties().stream().anyMatch(p -> !innermost(p.type()).constraints().isEmpty() || !p.type().constraints().isEmpty());
      if (any) {
        constrained.add(type);
      }
    });
    return constrained;
  }

  /** One value of a type with one property replaced. */
  static final class Mutation {
    final Class<?> type;
    final org.apprenticeship.standard.model.internal.Property property;
    final Object base;
    final Object replacement;
    final Object value;

    Mutation(Class<?> type, org.apprenticeship.standard.model.internal.Property property, Object base, Object replacement) {
      this.type = type;
      this.property = property;
      this.base = base;
      this.replacement = replacement;
      this.value = replacement == null ? base : rebuild(type, base, property, replacement);
    }

    /** The same slot with a text put in it: as the value, the optional's content, or every item of a list. */
    Mutation with(String text) {
      return new Mutation(type, property, base, shaped(property.type(), text));
    }

    @Override
    public String toString() {
      return type.getSimpleName() + "." + property.name() + " = " + replacement;
    }
  }

  private static Object shaped(ValueType type, Object content) {
    switch (type.kind()) {
      case OPTIONAL:
        return Optional.of(content);
      case LIST:
        return List.of(content);
      case MAP:
        return Map.of(String.valueOf(content), String.valueOf(content));
      default:
        return content;
    }
  }

  private static ValueType innermost(ValueType type) {
    ValueType inner = type;
    while (inner.element() != null) {
      inner = inner.element();
    }
    return inner;
  }

  private static Object rebuild(Class<?> type, Object base, org.apprenticeship.standard.model.internal.Property replaced, Object value) {
    Shape shape = Shape.of(type);
    Object builder = shape.newBuilder();
    for (org.apprenticeship.standard.model.internal.Property property : shape.properties()) {
      builder = property.set(builder, property == replaced ? value : property.get(base));
    }
    return shape.build(builder);
  }

  /** Every constrained property of every constrained type, set to values at and around its limits. */
  private static Stream<Mutation> mutations() {
    List<Mutation> mutations = new ArrayList<>();
    bases().forEach((type, base) -> {
      Shape shape = Shape.of(type);
      for (org.apprenticeship.standard.model.internal.Property property : shape.properties()) {
        if (property.type().checked()) {
          for (Object candidate : candidates(property.type(), property.get(base))) {
            mutations.add(new Mutation(type, property, base, candidate));
          }
        }
      }
      if (!shape.classChecks().isEmpty()) {
        mutations.add(new Mutation(type, shape.properties().get(0), base, null));
      }
    });
    return mutations.stream();
  }

  private static List<Object> candidates(ValueType type, Object current) {
    List<Object> candidates = new ArrayList<>();
    switch (type.kind()) {
      case OPTIONAL:
        candidates.add(Optional.empty());
        for (Object content : candidates(type.element(), ((Optional<?>) current).orElse(null))) {
          candidates.add(Optional.of(content));
        }
        break;
      case LIST:
        candidates.add(List.of());
        List<?> items = (List<?>) current;
        Object first = items.isEmpty() ? null : items.get(0);
        for (Object item : candidates(type.element(), first)) {
          candidates.add(first == null ? List.of(item) : List.of(first, item));
        }
        break;
      case MAP:
        candidates.add(Map.of());
        candidates.add(Map.of("Obs", "PASS"));
        candidates.add(Map.of("obs", "pass"));
        candidates.add(Map.of("professional-discussion", "DISTINCTION"));
        break;
      case TEXT:
        candidates.addAll(List.of("", " ", "\t\n", "\u0001", "\u00a0", "x", "x".repeat(100), "x".repeat(101)));
        if (current != null) {
          String text = current.toString();
          candidates.addAll(List.of(text, text + "\n", " " + text, text.toLowerCase(Locale.ROOT), text + "x"));
        }
        break;
      case INTEGER:
        for (int n : new int[] {Integer.MIN_VALUE, -1, 0, 1, 2, 7, 8, 9, 99, 100, 101, Integer.MAX_VALUE}) {
          candidates.add(n);
        }
        break;
      case DOUBLE:
        for (double d : new double[] {-1, 0, 0.0001, 1, 24, 24.0001, 168, 168.5, 10_000, 10_000.5, Double.MIN_VALUE}) {
          candidates.add(d);
        }
        break;
      case DECIMAL:
        for (String d : new String[] {"-1", "0", "0.0001", "1", "24", "24.0001", "168", "168.5", "10000", "10000.5"}) {
          candidates.add(new BigDecimal(d));
        }
        break;
      case DATE:
        for (String d : new String[] {"0000-01-01", "1899-12-31", "1900-01-01", "1999-12-31", "2000-01-01", "2099-12-31", "2100-01-01"}) {
          candidates.add(LocalDate.parse(d));
        }
        break;
      default:
        if (current != null) {
          candidates.add(current);
        }
    }
    return candidates;
  }
}

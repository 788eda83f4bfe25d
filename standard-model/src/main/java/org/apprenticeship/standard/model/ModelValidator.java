package org.apprenticeship.standard.model;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.apprenticeship.standard.model.internal.PlainMessageInterpolator;
import org.apprenticeship.standard.model.internal.SetUp;
import org.apprenticeship.standard.model.internal.Violations;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Checks the Bean Validation constraints of model values, field by field and as a whole, and
 * reports every violation as a {@link Finding} with a stable code and the JSON path of the value.
 *
 * <p>The constraints sit on the record-style accessors of the model types ({@code code()}, not
 * {@code getCode()}); the validator here is built with a property selection strategy that sees
 * them. A validator of the caller's own sees them only with such a strategy.
 *
 * <p>One Hibernate Validator instance is built, lazily, on first use, and shared. This class is
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelValidator {

  private static final Map<Class<? extends Annotation>, FindingCode> CODES = Map.ofEntries(
      Map.entry(NotBlank.class, FindingCode.FIELD_01),
      Map.entry(NotBlankWhenPresent.class, FindingCode.FIELD_01),
      Map.entry(Pattern.class, FindingCode.FIELD_02),
      Map.entry(Min.class, FindingCode.FIELD_03),
      Map.entry(Max.class, FindingCode.FIELD_03),
      Map.entry(DecimalMin.class, FindingCode.FIELD_03),
      Map.entry(DecimalMax.class, FindingCode.FIELD_03),
      Map.entry(Positive.class, FindingCode.FIELD_03),
      Map.entry(PositiveOrZero.class, FindingCode.FIELD_03),
      Map.entry(NotEmpty.class, FindingCode.FIELD_04));

  private ModelValidator() {}

  /**
   * Validates a model value, such as a {@link Standard} or a {@link LearnerRecord}, with everything
   * it holds.
   *
   * <p>A value of the caller's own type is validated too, its constraints mapped to the {@code
   * FIELD_} codes ({@link FindingCode#FIELD_06} for a constraint without a code of its own); on the
   * module path its package must be open to {@code org.hibernate.validator}.
   *
   * @param value the value; not null
   * @return every finding, ordered by path and then code, with paths from {@code $} as the value;
   *     empty when the value is valid; at most 1,000, then a last {@link FindingCode#LIMIT_01} that
   *     says how many more there were
   * @throws NullPointerException if {@code value} is null
   * @throws jakarta.validation.ValidationException if the validator cannot read a value of the
   *     caller's own type (never for the library's types)
   * @throws StandardException if the validator could not be set up (a missing dependency), on
   *     every call
   */
  public static List<Finding> validate(Object value) {
    Objects.requireNonNull(value, "value");
    FindingCollector findings = new FindingCollector();
    Holder.VALIDATOR.get().validate(value).forEach(violation -> findings.add(toFinding(violation)));
    return List.copyOf(findings.toList());
  }

  /**
   * Returns the shared Hibernate Validator, for callers who want the raw constraint violations.
   *
   * @return the validator; not null
   * @throws StandardException if the validator could not be set up (a missing dependency), on
   *     every call
   */
  public static Validator validator() {
    return Holder.VALIDATOR.get();
  }

  private static Finding toFinding(ConstraintViolation<Object> violation) {
    String path = jsonPath(violation.getPropertyPath());
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    Optional<Violations.Detail> detail = Optional.ofNullable(hibernate.getDynamicPayload(Violations.Detail.class));
    if (detail.isPresent()) {
      return Finding.of(detail.get().code(), JsonPaths.join(path, detail.get().relativePath()), detail.get().message());
    }
    return Finding.of(codeOf(violation), path, violation.getMessage());
  }

  private static FindingCode codeOf(ConstraintViolation<Object> violation) {
    Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
    if (type == Size.class) {
      return violation.getInvalidValue() instanceof CharSequence ? FindingCode.FIELD_05 : FindingCode.FIELD_04;
    }
    return CODES.getOrDefault(type, FindingCode.FIELD_06);
  }

  /** Turns a Bean Validation property path into a JSON path: names as properties, indexes and keys in brackets. */
  static String jsonPath(Path propertyPath) {
    String path = JsonPaths.ROOT;
    for (Path.Node node : propertyPath) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          path = JsonPaths.index(path, node.getIndex());
        } else if (node.getKey() != null) {
          path = JsonPaths.property(path, String.valueOf(node.getKey()));
        }
      }
      boolean named = node.getKind() == ElementKind.PROPERTY && node.getName() != null;
      if (named) {
        path = JsonPaths.property(path, node.getName());
      }
    }
    return path;
  }

  /**
   * Holds the validator, built on first use (building one is slow), or why it could not be built.
   * Its messages need no Expression Language, which a named module would not have.
   */
  private static final class Holder {
    static final SetUp<Validator> VALIDATOR = SetUp.run("the Bean Validation validator",
        () -> Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(new AccessorStrategy())
            .messageInterpolator(new PlainMessageInterpolator())
            .defaultLocale(Locale.ENGLISH)
            .locales(Locale.ENGLISH)
            .buildValidatorFactory()
            .getValidator());
  }

  /** Sees every public no-argument accessor as a property named like the method, as Immutables generates them. */
  private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
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
}

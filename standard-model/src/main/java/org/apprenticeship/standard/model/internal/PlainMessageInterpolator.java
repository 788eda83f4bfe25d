package org.apprenticeship.standard.model.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Interpolates Bean Validation messages in English without Expression Language, so that the
 * validator needs no EL implementation (Hibernate Validator only {@code requires static
 * jakarta.el}, so as a named module it has none unless the application adds one).
 *
 * <p>Parameters such as {@code {max}} are replaced as usual. The two default messages of Bean
 * Validation's own constraints that use an expression, {@code @DecimalMin} and {@code @DecimalMax}
 * ("or equal to" when inclusive), are written out here, word for word as the default
 * interpolator gives them. Any other expression ({@code ${...}}) is left as written.
 */
public final class PlainMessageInterpolator implements MessageInterpolator {
  private static final String DECIMAL_MIN = "{jakarta.validation.constraints.DecimalMin.message}";
  private static final String DECIMAL_MAX = "{jakarta.validation.constraints.DecimalMax.message}";

  private final MessageInterpolator parameters =
      new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false);

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Locale.ENGLISH);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return parameters.interpolate(withoutExpression(template, context), context, locale);
  }

  private static String withoutExpression(String template, Context context) {
    boolean inclusive = Boolean.TRUE.equals(context.getConstraintDescriptor().getAttributes().get("inclusive"));
    String orEqual = inclusive ? "or equal to " : "";
    switch (template) {
      case DECIMAL_MIN:
        return "must be greater than " + orEqual + "{value}";
      case DECIMAL_MAX:
        return "must be less than " + orEqual + "{value}";
      default:
        return template;
    }
  }
}

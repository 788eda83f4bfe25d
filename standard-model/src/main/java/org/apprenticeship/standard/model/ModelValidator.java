package org.apprenticeship.standard.model;

import java.util.List;
import java.util.Objects;
import org.apprenticeship.standard.model.internal.FindingSink;
import org.apprenticeship.standard.model.internal.PathStack;
import org.apprenticeship.standard.model.internal.ValueChecker;

/**
 * Checks the Bean Validation constraints of model values, field by field and as a whole, and
 * reports every violation as a {@link Finding} with a stable code and the JSON path of the value.
 *
 * <p>The constraints are the annotations on the record-style accessors of the model types
 * ({@code code()}, not {@code getCode()}), and on their type arguments ({@code List<@Pattern(...)
 * String>}). They are read once per type, on first use, and compiled into checks: the same checks
 * that reading a document applies, and that the shipped JSON Schemas state. No Bean Validation
 * provider is needed at run time; a test proves that Hibernate Validator finds the same violations.
 *
 * <p>The constraints checked are those of {@code jakarta.validation.constraints} except {@code @Email}
 * and the dates relative to today ({@code @Past}, {@code @Future} and their variants), and the
 * library's own. Blank means every character is white space, as {@link String#isBlank()} has it; the length of a text counts code points; a
 * pattern must match the whole text. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelValidator {
  private ModelValidator() {}

  /**
   * Validates a model value, such as a {@link Standard} or a {@link LearnerRecord}, with everything
   * it holds.
   *
   * <p>A value of the caller's own type is validated too: the constraints on its public
   * no-argument methods, mapped to the {@code FIELD_} codes ({@link FindingCode#FIELD_06} for a
   * constraint without a code of its own), and of the values it holds where it says {@code @Valid}.
   * On the module path its package must be exported or open to {@code org.apprenticeship.standard.model}.
   *
   * @param value the value; not null
   * @return every finding, ordered by path and then code, with paths from {@code $} as the value;
   *     empty when the value is valid; at most 1,000, then a last {@link FindingCode#LIMIT_01} that
   *     says how many more there were
   * @throws NullPointerException if {@code value} is null
   * @throws StandardException if the value's type carries a constraint the library does not check,
   *     or its accessors cannot be called (never for the library's types)
   */
  public static List<Finding> validate(Object value) {
    Objects.requireNonNull(value, "value");
    FindingSink sink = new FindingSink(new PathStack());
    ValueChecker.check(value, sink);
    return sink.isEmpty() ? List.of() : List.copyOf(sink.findings());
  }

}

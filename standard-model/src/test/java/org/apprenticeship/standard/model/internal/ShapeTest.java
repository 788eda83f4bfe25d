package org.apprenticeship.standard.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardException;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;

/** The description of each model type, derived from its declarations. */
class ShapeTest {

  @Test
  void everyLibraryType_declaresItsConstraintsWhereTheyAreChecked() {
    List<String> problems = new ArrayList<>();
    List<Class<?>> seen = Shape.reachableFrom(Standard.class, LearnerRecord.class, org.apprenticeship.standard.model.FundingRuleSet.class);
    seen.forEach(type -> problems.addAll(Shape.of(type).problems()));
    assertTrue(seen.size() >= 20, "saw only " + seen);
    assertEquals(List.of(), problems);
  }

  @Test
  void aValueInsideAnotherWithoutValid_isAProblem_asIsAConstraintOnADerivedMethod() {
    assertEquals(List.of("Outer.derived() carries a constraint but is not a property",
            "Outer.inner(): a value of Inner must be marked @Valid"),
        Shape.of(Outer.class).problems());
  }

  @Test
  void aRequiredProperty_isOneWithoutADefault_orAListThatMustNotBeEmpty() {
    Shape standard = Shape.of(Standard.class);
    assertTrue(standard.property("reference").required());
    assertTrue(standard.property("ksbs").required());
    assertFalse(standard.property("duties").required());
    assertFalse(standard.property("occupation").required());
  }

  @Test
  void aTypeThatCannotBeRead_failsOnEveryCall_withTheLibrarysException() {
    Unsupported value = new Unsupported();
    assertThrows(StandardException.class, () -> org.apprenticeship.standard.model.ModelValidator.validate(value));
    assertThrows(StandardException.class, () -> org.apprenticeship.standard.model.ModelValidator.validate(value));
  }

  /** A type whose constraint the library does not check. */
  @org.apprenticeship.standard.model.internal.ShapeTest.Unchecked
  static final class Unsupported {}

  /** A class-level constraint of no checker. */
  @jakarta.validation.Constraint(validatedBy = {})
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface Unchecked {
    String message() default "x";

    Class<?>[] groups() default {};

    Class<? extends jakarta.validation.Payload>[] payload() default {};
  }

  /** A value type that declares its constraints wrongly. */
  @Value.Immutable
  @ValueStyle
  @JsonDeserialize(as = ImmutableOuter.class)
  public abstract static class Outer {
    Outer() {}

    public abstract Optional<Inner> inner();

    @NotBlank
    public String derived() {
      return "";
    }
  }

  /** A value inside {@link Outer}. */
  @Value.Immutable
  @ValueStyle
  @JsonDeserialize(as = ImmutableInner.class)
  public abstract static class Inner {
    Inner() {}

    @NotBlank
    public abstract String name();
  }
}

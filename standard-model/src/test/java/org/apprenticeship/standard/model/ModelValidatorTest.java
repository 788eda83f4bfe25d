package org.apprenticeship.standard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelValidatorTest {

  /** One invalid value of every constrained type, with the finding it must give. */
  static Stream<Arguments> fieldConstraints() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    Standard standard = Fixtures.standard();
    AssessmentMethod observation = Fixtures.observation();
    LearnerRecord learner = Fixtures.learner();
    return Stream.of(
        Arguments.of(Standard.class, standard.withReference("ST7"), FindingCode.FIELD_02, "$.reference"),
        Arguments.of(Standard.class, standard.withVersion("1.x"), FindingCode.FIELD_02, "$.version"),
        Arguments.of(Standard.class, standard.withTitle(" "), FindingCode.FIELD_01, "$.title"),
        Arguments.of(Standard.class, standard.withLevel(9), FindingCode.FIELD_03, "$.level"),
        Arguments.of(Standard.class, standard.withTypicalDurationMonths(0), FindingCode.FIELD_03, "$.typicalDurationMonths"),
        Arguments.of(Standard.class, standard.withMaxFundingPounds(-1), FindingCode.FIELD_03, "$.maxFundingPounds"),
        Arguments.of(Occupation.class, occupation().withReference("OC7"), FindingCode.FIELD_02, "$.reference"),
        Arguments.of(Occupation.class, occupation().withLevel(1), FindingCode.FIELD_03, "$.level"),
        Arguments.of(Occupation.class, occupation().withTypicalJobTitles("Lead", " "), FindingCode.FIELD_01, "$.typicalJobTitles[1]"),
        Arguments.of(SocGroup.class, SocGroup.of("61", "Carers"), FindingCode.FIELD_02, "$.code"),
        Arguments.of(Salary.class, Salary.of(0, "2026-11"), FindingCode.FIELD_03, "$.annualPounds"),
        Arguments.of(Salary.class, Salary.of(25518, "2026-13"), FindingCode.FIELD_02, "$.dateRead"),
        Arguments.of(Ksb.class, Ksb.of("X1", "Knows"), FindingCode.FIELD_02, "$.code"),
        Arguments.of(Ksb.class, Ksb.of("K1", ""), FindingCode.FIELD_01, "$.statement"),
        Arguments.of(Ksb.class, Ksb.of("K1", "Knows").withTheme(" "), FindingCode.FIELD_01, "$.theme"),
        Arguments.of(Duty.class, duty().withCode("1"), FindingCode.FIELD_02, "$.code"),
        Arguments.of(Duty.class, duty().withKsbs("K1", "k2"), FindingCode.FIELD_02, "$.ksbs[1]"),
        Arguments.of(StandardOption.class, StandardOption.of(" ", "Option"), FindingCode.FIELD_01, "$.id"),
        Arguments.of(AssessmentMethod.class, observation.withId("Observation"), FindingCode.FIELD_02, "$.id"),
        Arguments.of(AssessmentMethod.class, observation.withDurationMinutes(0), FindingCode.FIELD_03, "$.durationMinutes"),
        Arguments.of(AssessmentMethod.class, observation.withExtensionPercent(101), FindingCode.FIELD_03, "$.extensionPercent"),
        Arguments.of(AssessmentMethod.class, observation.withKsbs(List.of()), FindingCode.FIELD_04, "$.ksbs"),
        Arguments.of(AssessmentMethod.class, observation.withGrades("FAIL", "pass"), FindingCode.FIELD_02, "$.grades[1]"),
        Arguments.of(GradeDescriptor.class, GradeDescriptor.builder().grade("pass").statement("Shows").build(), FindingCode.FIELD_02, "$.grade"),
        Arguments.of(GradingRule.class, GradingRule.builder().putMethodGrade("Obs", "PASS").overall("PASS").build(), FindingCode.FIELD_02, "$.methodGrades.Obs"),
        Arguments.of(GradingRule.class, GradingRule.builder().putMethodGrade("obs", "pass").overall("PASS").build(), FindingCode.FIELD_02, "$.methodGrades.obs"),
        Arguments.of(GradingRule.class, GradingRule.builder().overall("PASS").build(), FindingCode.FIELD_04, "$.methodGrades"),
        Arguments.of(ResitPolicy.class, ResitPolicy.builder().window(java.time.Period.ofMonths(3)).gradeCap("pass").build(), FindingCode.FIELD_02, "$.gradeCap"),
        Arguments.of(AssessmentPlan.class, Fixtures.plan().withOverallGrades("FAIL", "PASS", "DISTINCTION", "x"), FindingCode.FIELD_02, "$.overallGrades[3]"),
        Arguments.of(GatewayCriterion.class, criterion().withId("English"), FindingCode.FIELD_02, "$.id"),
        Arguments.of(GatewayCriterion.class, criterion().withMinimumLevel(9), FindingCode.FIELD_03, "$.minimumLevel"),
        Arguments.of(Source.class, source().withId("1"), FindingCode.FIELD_02, "$.id"),
        Arguments.of(Source.class, source().withTitle(""), FindingCode.FIELD_01, "$.title"),
        Arguments.of(Source.class, source().withDateRead("November 2026"), FindingCode.FIELD_02, "$.dateRead"),
        Arguments.of(Citation.class, Citation.of("ksbs", "P1"), FindingCode.FIELD_02, "$.path"),
        Arguments.of(Citation.class, Citation.builder().path("$").build(), FindingCode.FIELD_04, "$.sources"),
        Arguments.of(LearnerRecord.class, learner.withLearnerId(""), FindingCode.FIELD_01, "$.learnerId"),
        Arguments.of(LearnerRecord.class, learner.withLearnerId("L".repeat(101)), FindingCode.FIELD_05, "$.learnerId"),
        Arguments.of(LearnerRecord.class, learner.withStandard("st0007"), FindingCode.FIELD_02, "$.standard"),
        Arguments.of(LearnerRecord.class, learner.withVersion("v1"), FindingCode.FIELD_02, "$.version"),
        Arguments.of(LearnerRecord.class, learner.withContractedHoursPerWeek(BigDecimal.ZERO), FindingCode.FIELD_03, "$.contractedHoursPerWeek"),
        Arguments.of(LearnerRecord.class, learner.withContractedHoursPerWeek(new BigDecimal("168.01")), FindingCode.FIELD_03, "$.contractedHoursPerWeek"),
        Arguments.of(LearnerRecord.class, learner.withPriorLearningReductionHours(new BigDecimal("-0.5")), FindingCode.FIELD_03, "$.priorLearningReductionHours"),
        Arguments.of(LearnerRecord.class, learner.withStartDate(LocalDate.of(0, 1, 1)), FindingCode.FIELD_03, "$.startDate"),
        Arguments.of(LearnerRecord.class, learner.withPlannedEndDate(LocalDate.of(2100, 1, 1)), FindingCode.FIELD_03, "$.plannedEndDate"),
        Arguments.of(LearnerRecord.class, learner.withDateOfBirth(LocalDate.of(1899, 12, 31)), FindingCode.FIELD_03, "$.dateOfBirth"),
        Arguments.of(Standard.class, standard.withEarliestStartDate(LocalDate.of(1999, 12, 31)), FindingCode.FIELD_03, "$.earliestStartDate"),
        Arguments.of(Source.class, source().withDateRead("1899-12"), FindingCode.FIELD_02, "$.dateRead"),
        Arguments.of(OffTheJobEntry.class, OffTheJobEntry.of(LocalDate.of(1999, 1, 1), BigDecimal.ONE, "Workshop"), FindingCode.FIELD_03, "$.date"),
        Arguments.of(Achievement.class, Achievement.builder().kind(AchievementKind.MATHS).achievedOn(LocalDate.of(1899, 6, 1)).build(), FindingCode.FIELD_03, "$.achievedOn"),
        Arguments.of(Evidence.class, evidence().withDate(LocalDate.of(2100, 1, 1)), FindingCode.FIELD_03, "$.date"),
        Arguments.of(MethodResult.class, MethodResult.of("obs", "PASS", LocalDate.of(1970, 1, 1)), FindingCode.FIELD_03, "$.date"),
        Arguments.of(EpaRecord.class, EpaRecord.builder().gatewayDate(LocalDate.of(1970, 1, 1)).build(), FindingCode.FIELD_03, "$.gatewayDate"),
        Arguments.of(BreakInLearning.class, BreakInLearning.of(LocalDate.of(1970, 1, 1), LocalDate.of(2024, 1, 1)), FindingCode.FIELD_03, "$.from"),
        Arguments.of(OffTheJobEntry.class, OffTheJobEntry.of(day, BigDecimal.ZERO, "Workshop"), FindingCode.FIELD_03, "$.hours"),
        Arguments.of(OffTheJobEntry.class, OffTheJobEntry.of(day, BigDecimal.ONE, " "), FindingCode.FIELD_01, "$.activity"),
        Arguments.of(OffTheJobEntry.class, OffTheJobEntry.of(day, new BigDecimal("24.000001"), "Workshop"), FindingCode.FIELD_03, "$.hours"),
        Arguments.of(BreakInLearning.class, BreakInLearning.of(day, day.plusDays(30)).withReason(" "), FindingCode.FIELD_01, "$.reason"),
        Arguments.of(LearnerRecord.class, learner.withBreaks(BreakInLearning.of(day, day).withReason("")), FindingCode.FIELD_01, "$.breaks[0].reason"),
        Arguments.of(Achievement.class, Achievement.builder().kind(AchievementKind.MATHS).level(0).achievedOn(day).build(), FindingCode.FIELD_03, "$.level"),
        Arguments.of(Achievement.class, Achievement.builder().kind(AchievementKind.MATHS).title(" ").achievedOn(day).build(), FindingCode.FIELD_01, "$.title"),
        Arguments.of(Evidence.class, evidence().withId(""), FindingCode.FIELD_01, "$.id"),
        Arguments.of(Evidence.class, evidence().withKsbs("K1", "Q1"), FindingCode.FIELD_02, "$.ksbs[1]"),
        Arguments.of(MethodResult.class, MethodResult.of("Obs", "PASS", day), FindingCode.FIELD_02, "$.method"),
        Arguments.of(MethodResult.class, MethodResult.of("obs", "pass", day), FindingCode.FIELD_02, "$.grade"),
        Arguments.of(MethodResult.class, MethodResult.of("obs", "PASS", day).withAttempt(0), FindingCode.FIELD_03, "$.attempt"),
        Arguments.of(FundingParameters.class, FundingParameters.builder().percent(new BigDecimal("100.5")).build(), FindingCode.FIELD_03, "$.percent"),
        Arguments.of(FundingParameters.class, FundingParameters.builder().leaveWeeksPerYear(new BigDecimal("52")).build(), FindingCode.FIELD_03, "$.leaveWeeksPerYear"),
        Arguments.of(FundingParameters.class, FundingParameters.builder().age(0).build(), FindingCode.FIELD_03, "$.age"),
        Arguments.of(FundingRule.class, Fixtures.funding().rules().get(0).withId("OTJ 20%"), FindingCode.FIELD_02, "$.id"),
        Arguments.of(FundingRule.class, Fixtures.funding().rules().get(0).withSources(List.of()), FindingCode.FIELD_04, "$.sources"),
        Arguments.of(FundingRule.class, Fixtures.funding().rules().get(0).withNote(" "), FindingCode.FIELD_01, "$.note"),
        Arguments.of(FundingRuleSet.class, Fixtures.funding().withVersion("2026-11"), FindingCode.FIELD_02, "$.version"),
        Arguments.of(FundingRuleSet.class, Fixtures.funding().withRules(Fixtures.funding().rules().get(0)
            .withParameters(FundingParameters.builder().percent(BigDecimal.ZERO).leaveWeeksPerYear(BigDecimal.ONE).build())),
            FindingCode.FIELD_03, "$.rules[0].parameters.percent"),
        Arguments.of(EpaRecord.class, EpaRecord.builder().addResults(MethodResult.of("obs", "pass", day)).build(), FindingCode.FIELD_02, "$.results[0].grade"));
  }

  @ParameterizedTest(name = "{0}: {2} at {3}")
  @MethodSource("fieldConstraints")
  void fieldConstraint_onGeneratedClass_fires(Class<?> type, Object value, FindingCode code, String path) {
    assertTrue(type.isInstance(value));
    List<Finding> findings = ModelValidator.validate(value);
    assertEquals(List.of(code + " " + path), findings.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()),
        () -> "findings: " + findings);
  }

  @Test
  void everyConstrainedType_hasACaseThatFires() throws IOException, URISyntaxException {
    Set<Class<?>> tested = fieldConstraints().map(a -> (Class<?>) a.get()[0]).collect(Collectors.toSet());
    Set<Class<?>> constrained = modelTypes().stream().filter(ModelValidatorTest::hasConstraints).collect(Collectors.toSet());
    assertTrue(constrained.size() >= 20, "found only " + constrained);
    constrained.removeAll(tested);
    assertEquals(Set.of(), constrained, "constrained types without a case");
  }

  @Test
  void fixtures_areValid() {
    assertEquals(List.of(), ModelValidator.validate(Fixtures.standard()));
    assertEquals(List.of(), ModelValidator.validate(Fixtures.learner()));
    assertEquals(List.of(), ModelValidator.validate(Fixtures.funding()));
  }

  @Test
  void nestedViolation_hasThePathFromTheRoot() {
    Standard standard = Fixtures.standard();
    Standard broken = standard.withKsbs(standard.ksbs().get(0), standard.ksbs().get(1), Ksb.of("S1", " "), standard.ksbs().get(3));
    assertEquals("$.ksbs[2].statement", single(ModelValidator.validate(broken)).path());
  }

  @Test
  void findings_areOrderedByPathWithNumbersByValue() {
    Evidence bad = evidence().withKsbs("K1", "x", "K2", "x", "K3", "x", "K4", "x", "K5", "x", "K6", "x");
    List<String> paths = ModelValidator.validate(bad).stream().map(Finding::path).collect(Collectors.toList());
    assertEquals(List.of("$.ksbs[1]", "$.ksbs[3]", "$.ksbs[5]", "$.ksbs[7]", "$.ksbs[9]", "$.ksbs[11]"), paths);
  }

  @Test
  void everyViolation_isReported_notOnlyTheFirst() {
    Standard broken = Fixtures.standard().withReference("x").withTitle("").withLevel(1);
    assertEquals(3, ModelValidator.validate(broken).size());
  }

  @Test
  void messages_sayTheLimit_inTheWordsOfReading_withoutExpressionLanguage() {
    // No Bean Validation provider and no EL implementation are needed: the checks are the library's own.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ELManager"));
    LearnerRecord learner = Fixtures.learner().withContractedHoursPerWeek(BigDecimal.valueOf(169)).withPriorLearningReductionHours(BigDecimal.valueOf(-1));
    assertEquals(List.of(
            "FIELD_03 $.contractedHoursPerWeek: must be at most 168",
            "FIELD_03 $.priorLearningReductionHours: must be at least 0"),
        ModelValidator.validate(learner).stream().map(f -> f.code() + " " + f.path() + ": " + f.message())
            .collect(Collectors.toList()));
    assertEquals("must be less than 10", ModelValidator.validate(new Bounded(10)).get(0).message());
    assertEquals("must be a KSB code: K, S or B followed by a number from 1, such as K1, not \"K1\\n\"",
        ModelValidator.validate(evidence().withKsbs("K1\n")).get(0).message());
  }

  /** A caller's own type with a bound that excludes its value: the message has no "or equal to". */
  static final class Bounded {
    private final double value;

    Bounded(double value) {
      this.value = value;
    }

    @jakarta.validation.constraints.DecimalMax(value = "10", inclusive = false)
    public double value() {
      return value;
    }
  }

  static Finding single(List<Finding> findings) {
    assertEquals(1, findings.size(), () -> "findings: " + findings);
    return findings.get(0);
  }

  static Occupation occupation() {
    return Occupation.builder().reference("OCC9001").title("Practitioner").level(3).route("Care services")
        .status("Approved occupation").summary("Cares.").build();
  }

  static Duty duty() {
    return Duty.builder().code("D1").statement("Leads").core(true).addKsbs("K1").build();
  }

  static GatewayCriterion criterion() {
    return Fixtures.standard().gatewayCriteria().get(0);
  }

  static Source source() {
    return Fixtures.standard().sources().get(0);
  }

  static Evidence evidence() {
    return Fixtures.learner().evidence().get(0);
  }

  /** The public top-level types of the model package, read from the compiled classes. */
  static List<Class<?>> modelTypes() throws IOException, URISyntaxException {
    Path dir = Path.of(Standard.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("org/apprenticeship/standard/model");
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("Immutable") && !n.startsWith("With"))
          .map(n -> load("org.apprenticeship.standard.model." + n.substring(0, n.length() - ".class".length())))
          .filter(c -> Modifier.isPublic(c.getModifiers()))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasConstraints(Class<?> type) {
    if (Arrays.stream(type.getAnnotations()).anyMatch(ModelValidatorTest::isConstraint)) {
      return true;
    }
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0)
        .anyMatch(ModelValidatorTest::hasConstraints);
  }

  private static boolean hasConstraints(Method method) {
    return Arrays.stream(method.getAnnotations()).anyMatch(ModelValidatorTest::isConstraint)
        || hasConstraints(method.getAnnotatedReturnType());
  }

  private static boolean hasConstraints(AnnotatedType type) {
    if (Arrays.stream(type.getAnnotations()).anyMatch(ModelValidatorTest::isConstraint)) {
      return true;
    }
    return type instanceof AnnotatedParameterizedType
        && Arrays.stream(((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()).anyMatch(ModelValidatorTest::hasConstraints);
  }

  private static boolean isConstraint(java.lang.annotation.Annotation annotation) {
    return annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class);
  }
}

package org.apprenticeship.standard.rules.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apprenticeship.standard.model.AttemptKind;
import org.apprenticeship.standard.model.CriterionKind;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.rules.CoverageReport;
import org.apprenticeship.standard.rules.CoveredCount;
import org.apprenticeship.standard.rules.CriterionResult;
import org.apprenticeship.standard.rules.CriterionStatus;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.GatewayReport;
import org.apprenticeship.standard.rules.GradeReport;
import org.apprenticeship.standard.rules.KsbCoverage;
import org.apprenticeship.standard.rules.KsbStatus;
import org.apprenticeship.standard.rules.MethodGrade;
import org.apprenticeship.standard.rules.OffTheJobReport;
import org.apprenticeship.standard.rules.Rag;
import org.apprenticeship.standard.rules.Timeline;

/**
 * Makes the result values of every evaluation straight from the generated implementations'
 * constructors: a builder copies each list twice (into itself, then into the value) and checks each
 * attribute was set. Each value is the one the builder makes, equal to it and written alike (the
 * result types have no checks and no defaults); the lists given must be unmodifiable and held by no
 * one who changes them afterwards, which {@link #unmodifiable} makes of a list no one else holds.
 */
final class Results {
  private static final MethodHandle KSB_COVERAGE = constructor(KsbCoverage.class, String.class, KsbStatus.class, int.class, int.class,
      List.class, List.class);
  private static final MethodHandle COVERAGE_REPORT = constructor(CoverageReport.class, double.class, double.class, Rag.class, List.class,
      int.class, int.class, int.class, List.class, List.class, List.class);
  private static final MethodHandle CRITERION_RESULT = constructor(CriterionResult.class, String.class, CriterionStatus.class,
      boolean.class, CriterionKind.class, String.class, String.class);
  private static final MethodHandle METHOD_GRADE = constructor(MethodGrade.class, String.class, String.class, Integer.class,
      AttemptKind.class, LocalDate.class);
  private static final MethodHandle GRADE_REPORT = constructor(GradeReport.class, String.class, boolean.class, List.class, String.class);
  private static final MethodHandle EVALUATION = constructor(Evaluation.class, String.class, String.class, String.class, String.class,
      LocalDate.class, CoverageReport.class, OffTheJobReport.class, GatewayReport.class, GradeReport.class, Timeline.class, List.class);

  private Results() {}

  /**
   * The coverage of a KSB: {@code KsbCoverage.builder().code(code).status(status).accepted(...)
   * .pending(...).addAcceptedEvidence(accepted).addPendingEvidence(pending).build()}, the counts
   * being the lengths of the arrays. The arrays must hold no null and must not change afterwards.
   */
  static KsbCoverage ksbCoverage(String code, KsbStatus status, String[] accepted, String[] pending) {
    try {
      return (KsbCoverage) KSB_COVERAGE.invokeExact(code, status, accepted.length, pending.length, listOf(accepted), listOf(pending));
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  /** {@code CoverageReport.builder()...build()} with these attributes, in the order of the type. */
  static CoverageReport coverageReport(double percent, double expectedPercent, Rag rag, List<String> uncovered, int covered, int total,
      int minimumAccepted, List<KsbCoverage> ksbs, List<CoveredCount> types, List<CoveredCount> methods) {
    try {
      return (CoverageReport) COVERAGE_REPORT.invokeExact(percent, expectedPercent, rag, uncovered, covered, total, minimumAccepted, ksbs,
          types, methods);
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  /** {@code CriterionResult.of(id, kind, mandatory, status, reason)}, with the rule it was judged by when not null. */
  static CriterionResult criterionResult(String id, CriterionKind kind, boolean mandatory, CriterionStatus status, String reason,
      String rule) {
    try {
      return (CriterionResult) CRITERION_RESULT.invokeExact(id, status, mandatory, kind, reason, rule);
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  /** {@code MethodGrade.builder()...build()} with these attributes, each but the method absent when null. */
  static MethodGrade methodGrade(String method, String grade, Integer attempt, AttemptKind kind, LocalDate date) {
    try {
      return (MethodGrade) METHOD_GRADE.invokeExact(method, grade, attempt, kind, date);
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  /** {@code GradeReport.builder()...build()} with these attributes, the overall grade absent when null. */
  static GradeReport gradeReport(String overall, boolean capped, List<MethodGrade> methods, String reason) {
    try {
      return (GradeReport) GRADE_REPORT.invokeExact(overall, capped, methods, reason);
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  /** {@code Evaluation.builder()...build()} with these attributes, in the order of the type. */
  static Evaluation evaluation(String learnerId, String standard, String version, String fundingRulesVersion, LocalDate asOf,
      CoverageReport coverage, OffTheJobReport offTheJob, GatewayReport gateway, GradeReport grade, Timeline timeline,
      List<Finding> findings) {
    try {
      return (Evaluation) EVALUATION.invokeExact(learnerId, standard, version, fundingRulesVersion, asOf, coverage, offTheJob, gateway,
          grade, timeline, findings);
    } catch (Throwable e) {
      throw rethrown(e);
    }
  }

  /** An unmodifiable view of a list that no one else holds, as the builders' lists are. */
  static <T> List<T> unmodifiable(List<T> list) {
    return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
  }

  private static List<String> listOf(String[] ids) {
    return ids.length == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(ids));
  }

  private static RuntimeException rethrown(Throwable e) {
    if (e instanceof RuntimeException) {
      throw (RuntimeException) e;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    throw new IllegalStateException(e);
  }

  /** The private constructor of the generated implementation of a result type, typed to return the type. */
  private static MethodHandle constructor(Class<?> type, Class<?>... parameters) {
    try {
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      return MethodHandles.privateLookupIn(generated, MethodHandles.lookup())
          .findConstructor(generated, MethodType.methodType(void.class, parameters))
          .asType(MethodType.methodType(type, parameters));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}

package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.apprenticeship.standard.rules.Synthetic.accepted;
import static org.apprenticeship.standard.rules.Synthetic.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AttemptKind;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.model.Severity;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.Outcomes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each finding code of a learner record against its standard, triggered on ST0007. */
class RecordValidationTest {
  private static final LocalDate AS_OF = START.plusMonths(20);
  private static final LocalDate GATEWAY = START.plusMonths(18);

  private static LearnerRecord.Builder record() {
    return Synthetic.st0007Record();
  }

  private static EpaRecord epa(LocalDate gateway, org.apprenticeship.standard.model.MethodResult... results) {
    return EpaRecord.builder().gatewayDate(Optional.ofNullable(gateway)).addResults(results).build();
  }

  static Stream<Arguments> cases() {
    LocalDate day = GATEWAY.plusWeeks(6);
    return Stream.of(
        Arguments.of(record().standard("ST0008").build(), FindingCode.RECORD_02, "$.standard"),
        Arguments.of(record().version("1.0").build(), FindingCode.RECORD_02, "$.version"),
        Arguments.of(record().plannedEndDate(START).build(), FindingCode.RECORD_03, "$.plannedEndDate"),
        Arguments.of(record().startDate(LocalDate.of(2026, 9, 1)).plannedEndDate(LocalDate.of(2028, 3, 1)).build(), FindingCode.RECORD_04, "$.startDate"),
        Arguments.of(record().addEvidence(accepted("E1", "K1", "K14")).build(), FindingCode.EVIDENCE_01, "$.evidence[0].ksbs[1]"),
        Arguments.of(record().addEvidence(accepted("E1", "K1"), accepted("E1", "K2")).build(), FindingCode.EVIDENCE_02, "$.evidence[1].id"),
        Arguments.of(record().addEvidence(accepted("E1", "K1", "S2", "K1")).build(), FindingCode.EVIDENCE_03, "$.evidence[0].ksbs[2]"),
        Arguments.of(record().addEvidence(Synthetic.evidence("E1", org.apprenticeship.standard.model.EvidenceStatus.ACCEPTED, AS_OF.plusDays(1), "K1")).build(),
            FindingCode.EVIDENCE_04, "$.evidence[0].date"),
        Arguments.of(record().addEvidence(accepted("E1")).build(), FindingCode.EVIDENCE_05, "$.evidence[0].ksbs"),
        Arguments.of(record().addOffTheJob(OffTheJobEntry.of(START.plusDays(3), new BigDecimal("20"), "Day"), OffTheJobEntry.of(START.plusDays(3), new BigDecimal("5"), "Evening"),
            OffTheJobEntry.of(START.plusDays(3), new BigDecimal("1"), "Night")).build(), FindingCode.OTJ_01, "$.offTheJob[1].hours"),
        Arguments.of(record().addOffTheJob(OffTheJobEntry.of(START.minusDays(1), new BigDecimal("6"), "Before")).build(), FindingCode.OTJ_02, "$.offTheJob[0].date"),
        Arguments.of(record().addOffTheJob(OffTheJobEntry.of(AS_OF.plusDays(1), new BigDecimal("6"), "After")).build(), FindingCode.OTJ_03, "$.offTheJob[0].date"),
        Arguments.of(record().addAchievements(Achievement.builder().kind(AchievementKind.ENGLISH).level(2).achievedOn(AS_OF.plusDays(1)).build()).build(),
            FindingCode.ACHIEVEMENT_01, "$.achievements[0].achievedOn"),
        Arguments.of(record().epa(epa(GATEWAY, result("observaton", "PASS", day, 1))).build(), FindingCode.EPA_01, "$.epa.results[0].method"),
        Arguments.of(record().epa(epa(GATEWAY, result("observation", "DISTINCTION", day, 1))).build(), FindingCode.EPA_02, "$.epa.results[0].grade"),
        Arguments.of(record().epa(epa(GATEWAY, result("observation", "PASS", GATEWAY.minusDays(1), 1))).build(), FindingCode.EPA_03, "$.epa.results[0].date"),
        Arguments.of(record().epa(epa(null, result("observation", "PASS", day, 1))).build(), FindingCode.EPA_04, "$.epa.gatewayDate"),
        Arguments.of(record().epa(epa(GATEWAY, result("observation", "FAIL", day, 1), result("observation", "PASS", day.plusDays(9), 1))).build(),
            FindingCode.EPA_05, "$.epa.results[1].attempt"),
        Arguments.of(record().epa(epa(GATEWAY, result("observation", "PASS", AS_OF.plusDays(1), 1))).build(), FindingCode.EPA_06, "$.epa.results[0].date"),
        Arguments.of(record().epa(epa(GATEWAY, result("observation", "FAIL", day, 1), result("observation", "PASS", day.minusDays(1), 2))).build(),
            FindingCode.EPA_08, "$.epa.results[1].date"),
        Arguments.of(record().epa(epa(AS_OF.plusDays(1))).build(), FindingCode.EPA_09, "$.epa.gatewayDate"),
        Arguments.of(record().epa(epa(START.minusDays(1))).build(), FindingCode.EPA_09, "$.epa.gatewayDate"),
        Arguments.of(record().epa(epa(GATEWAY, result("observation", "PASS", day, 1).withKind(AttemptKind.RESIT))).build(),
            FindingCode.EPA_12, "$.epa.results[0].kind"),
        Arguments.of(record().dateOfBirth(START).build(), FindingCode.RECORD_06, "$.dateOfBirth"),
        Arguments.of(record().addBreak(BreakInLearning.of(START.plusMonths(3), START.plusMonths(2))).build(), FindingCode.BREAK_01, "$.breaks[0].to"),
        Arguments.of(record().addBreaks(BreakInLearning.of(START.plusMonths(1), START.plusMonths(3)),
            BreakInLearning.of(START.plusMonths(3), START.plusMonths(4))).build(), FindingCode.BREAK_02, "$.breaks[1].from"),
        Arguments.of(record().addBreak(BreakInLearning.of(START.minusDays(1), START.plusDays(9))).build(), FindingCode.BREAK_03, "$.breaks[0].from"),
        Arguments.of(record().addBreak(BreakInLearning.of(START.plusMonths(17), START.plusMonths(18).plusDays(1))).build(), FindingCode.BREAK_03,
            "$.breaks[0].to"),
        Arguments.of(record().addBreak(BreakInLearning.of(START.plusMonths(1), START.plusMonths(2)))
            .addEvidence(Synthetic.evidence("E1", org.apprenticeship.standard.model.EvidenceStatus.ACCEPTED, START.plusMonths(2), "K1")).build(),
            FindingCode.EVIDENCE_06, "$.evidence[0].date"),
        Arguments.of(record().addBreak(BreakInLearning.of(START.plusMonths(1), START.plusMonths(2)))
            .addOffTheJob(OffTheJobEntry.of(START.plusMonths(1), new BigDecimal("6"), "In the break")).build(), FindingCode.OTJ_05,
            "$.offTheJob[0].date"));
  }

  @ParameterizedTest(name = "{1} at {2}")
  @MethodSource("cases")
  void eachRule_reportsItsCodeAtThePathOfTheValue(LearnerRecord record, FindingCode code, String path) {
    List<Finding> findings = Rules.validate(Synthetic.ST0007, record, AS_OF);
    assertEquals(List.of(code + " " + path), findings.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()),
        () -> findings.toString());
    Validated<Evaluation> evaluated = Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, record, AS_OF);
    assertEquals(code.severity() == Severity.WARNING, evaluated.isValid(), "a record is evaluated exactly when it has no error");
  }

  @Test
  void resultsForAStandardWithoutAPlan_areAnError() {
    Standard imported = Synthetic.ST0007.withAssessmentPlan(Optional.empty());
    LearnerRecord record = record().epa(epa(GATEWAY, result("observation", "PASS", GATEWAY.plusWeeks(6), 1))).build();
    assertEquals(List.of("EPA_07 $.epa.results"), Rules.validate(imported, record, AS_OF).stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
  }

  @Test
  void aRecordWithErrors_isNotEvaluated_andEveryErrorIsReportedAtOnce() {
    LearnerRecord record = record().plannedEndDate(START.minusDays(1)).learnerId(" ")
        .addEvidence(accepted("E1", "K99"), accepted("E1", "K1"))
        .addAchievements(Achievement.builder().kind(AchievementKind.MATHS).level(2).achievedOn(AS_OF.plusDays(2)).build())
        .build();
    Validated<Evaluation> result = Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, record, AS_OF);
    assertFalse(result.isValid());
    assertEquals(Optional.empty(), result.value());
    assertEquals(List.of("ACHIEVEMENT_01 $.achievements[0].achievedOn", "EVIDENCE_01 $.evidence[0].ksbs[0]", "EVIDENCE_02 $.evidence[1].id",
            "FIELD_01 $.learnerId", "RECORD_03 $.plannedEndDate"),
        result.findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
    assertTrue(result.findings().get(1).message().endsWith("its KSBs are K1-K13, S1-S26, B1-B6"), result.findings().get(1).message());
  }

  @Test
  void aRecordWhoseStandardIsNotHeld_isAnErrorResult_notAnException() {
    LearnerRecord record = record().standard("ST9999").build();
    Validated<Evaluation> result = Rules.evaluate(Outcomes.of(record, List.of()), Standards.bundled(), Synthetic.FUNDING, AS_OF,
        EvaluationPolicy.defaults());
    assertEquals(List.of("RECORD_01 $.standard"), result.findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
    assertEquals("there is no standard ST9999; the registry holds ST0007 (1.1)", result.findings().get(0).message());
  }

  @Test
  void aRecordAsRead_isValidatedOnTheStandardTheLookupFinds_keepingTheReadersFindings() {
    Finding fromReading = Finding.of(FindingCode.EVIDENCE_05, "$.evidence[0].ksbs", "a warning the reader found");
    LearnerRecord record = record().addEvidence(accepted("E1", "K99")).build();
    List<Finding> findings = Rules.validate(Outcomes.of(record, List.of(fromReading)), Standards.bundled(), AS_OF);
    assertEquals(List.of("EVIDENCE_05 $.evidence[0].ksbs", "EVIDENCE_01 $.evidence[0].ksbs[0]"),
        findings.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
    List<Finding> unknown = Rules.validate(Outcomes.of(record().standard("ST9999").build(), List.of()), Standards.bundled(), AS_OF);
    assertEquals(FindingCode.RECORD_01, unknown.get(0).code());
  }

  @Test
  void theStartDateAfterTheLatestStart_isAWarningCitingItsStatus() {
    LearnerRecord record = record().startDate(LocalDate.of(2026, 9, 1)).plannedEndDate(LocalDate.of(2028, 3, 1)).build();
    Finding warning = Rules.validate(Synthetic.ST0007, record, LocalDate.of(2026, 10, 1)).get(0);
    assertEquals("the start date 2026-09-01 is after 2026-08-31, the last day ST0007 1.1 accepted new starts (ASSUMED: A1, P10)", warning.message());
  }
}

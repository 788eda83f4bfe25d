package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.apprenticeship.standard.rules.Synthetic.achievement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.Declarations;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.model.Standard;
import org.junit.jupiter.api.Test;

class GatewayTest {
  private static final LocalDate AS_OF = START.plusMonths(18);

  /** An ST0007 record that meets every criterion at {@link #AS_OF}. */
  static LearnerRecord.Builder ready() {
    LearnerRecord.Builder builder = Synthetic.st0007Record()
        .addAchievements(achievement(AchievementKind.DIPLOMA, 4, "Level 4 Diploma in Adult Care (England)"),
            achievement(AchievementKind.ENGLISH, 2, null), achievement(AchievementKind.MATHS, 2, null))
        .evidence(Synthetic.covering(Synthetic.ST0007))
        .declarations(Declarations.builder().portfolioSubmitted(true).employerConfirmsReady(true).observationScopeAgreed(true).build());
    for (int week = 0; week < 70; week++) {
      builder.addOffTheJob(OffTheJobEntry.of(START.plusWeeks(week), new BigDecimal("6"), "Study day"));
    }
    return builder;
  }

  private static GatewayReport gateway(Standard standard, LearnerRecord record, LocalDate asOf, EvaluationPolicy policy) {
    return Rules.evaluate(standard, Synthetic.FUNDING, record, asOf, policy).value().orElseThrow().gateway();
  }

  private static GatewayReport gateway(LearnerRecord record) {
    return gateway(Synthetic.ST0007, record, AS_OF, EvaluationPolicy.defaults());
  }

  private static CriterionResult criterion(GatewayReport report, String id) {
    return report.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void st0007_recordMeetingEveryCriterion_isReady() {
    GatewayReport report = gateway(ready().build());
    assertTrue(report.ready(), () -> report.criteria().toString());
    assertEquals(List.of("diploma", "english", "maths", "portfolio", "off-the-job", "minimum-duration", "employer-confirmation",
        "observation-scope"), report.criteria().stream().map(CriterionResult::id).collect(Collectors.toList()));
    assertTrue(report.criteria().stream().allMatch(c -> c.status() == CriterionStatus.MET));
    assertEquals("Off-the-job training: 420 hours logged; the minimum is 417.6", criterion(report, "off-the-job").reason());
    assertEquals("Portfolio: submitted, and all 45 KSBs that professional-discussion assesses are covered", criterion(report, "portfolio").reason());
    assertEquals(List.of(), report.blocking());
  }

  @Test
  void withoutEnglish_isNotReady_andSaysSo() {
    LearnerRecord record = ready().build();
    List<org.apprenticeship.standard.model.Achievement> achievements = new ArrayList<>(record.achievements());
    achievements.remove(1);
    // Born 2007-03-01, the apprentice was 17 on the start date 2024-09-02: under 19, so English is required.
    GatewayReport report = gateway(record.withAchievements(achievements).withDateOfBirth(LocalDate.of(2007, 3, 1)));
    assertFalse(report.ready());
    CriterionResult english = criterion(report, "english");
    assertEquals(CriterionStatus.NOT_MET, english.status());
    assertEquals("English: no Level 2 English recorded; required: the apprentice was 17 on the start date 2024-09-02, and for the as-of"
        + " date 2026-03-02 Level 2 English is required only of apprentices under 19 on their start date"
        + " (rule english-maths-under-19, CONFIRMED: E3, E4)", english.reason());
    assertEquals(List.of("english"), report.blocking().stream().map(CriterionResult::id).collect(Collectors.toList()));
  }

  @Test
  void notReadyForSeveralReasons_listsEachWithWhatToDo() {
    LearnerRecord record = Synthetic.st0007Record()
        .addAchievements(achievement(AchievementKind.DIPLOMA, 3, "Level 4 Diploma in Adult Care"), achievement(AchievementKind.MATHS, 1, null))
        .addEvidence(Synthetic.accepted("E1", "K1", "S1"))
        .addOffTheJob(OffTheJobEntry.of(START.plusDays(7), new BigDecimal("6"), "Workshop"))
        .dateOfBirth(LocalDate.of(2008, 1, 1))
        .build();
    GatewayReport report = gateway(Synthetic.ST0007, record, START.plusMonths(10), EvaluationPolicy.defaults());
    assertFalse(report.ready());
    assertEquals("Level 4 Diploma in Adult Care: only level 3 is recorded (achieved on 2023-09-02); level 4 or above is needed",
        criterion(report, "diploma").reason());
    assertEquals("Maths: only level 1 is recorded (achieved on 2023-09-02); level 2 or above is needed; required: the apprentice was 16 on"
        + " the start date 2024-09-02, and for the as-of date 2025-07-02 Level 2 maths is required only of apprentices under 19 on their"
        + " start date (rule english-maths-under-19, CONFIRMED: E3, E4)", criterion(report, "maths").reason());
    assertEquals("Portfolio: not declared submitted (portfolioSubmitted); 43 of the 45 KSBs that professional-discussion assesses are not covered:"
        + " K2-K13, S2-S26, B1-B6", criterion(report, "portfolio").reason());
    assertEquals("Off-the-job training: 6 hours logged; 411.6 more are needed to reach the minimum of 417.6", criterion(report, "off-the-job").reason());
    // 2024-09-02 to 2025-07-02, both included: 29 + 31 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 2 = 304 days.
    assertEquals("Time on programme: 304 days from the start on 2024-09-02 to 2025-07-02, both included; the minimum of 12 months (365 days,"
        + " counted inclusively) for starts to 2025-07-31 (rule minimum-duration-12-months, CONFIRMED: D1, D2) is reached on 2025-09-01",
        criterion(report, "minimum-duration").reason());
    assertEquals("Employer confirmation: not declared: set declarations.employerConfirmsReady once it holds", criterion(report, "employer-confirmation").reason());
    assertEquals(CriterionStatus.NOT_MET, criterion(report, "observation-scope").status());
    assertFalse(criterion(report, "observation-scope").mandatory());
    assertEquals(7, report.blocking().size());
  }

  @Test
  void aQualificationOfAnotherTitle_doesNotMeetTheDiploma() {
    LearnerRecord record = ready().build();
    List<org.apprenticeship.standard.model.Achievement> achievements = new ArrayList<>(record.achievements());
    achievements.set(0, achievement(AchievementKind.DIPLOMA, 5, "Level 5 Diploma in Leadership"));
    CriterionResult diploma = criterion(gateway(record.withAchievements(achievements)), "diploma");
    assertEquals(CriterionStatus.NOT_MET, diploma.status());
    assertEquals("Level 4 Diploma in Adult Care: none recorded; the qualifications recorded are \"Level 5 Diploma in Leadership\"", diploma.reason());
  }

  @Test
  void anUnmetOptionalCriterion_doesNotStopGateway() {
    LearnerRecord record = ready().declarations(Declarations.builder().portfolioSubmitted(true).employerConfirmsReady(true).build()).build();
    GatewayReport report = gateway(record);
    assertEquals(CriterionStatus.NOT_MET, criterion(report, "observation-scope").status());
    assertTrue(report.ready());
  }

  @Test
  void aCriterionThePolicyExempts_isNotApplicable_andDoesNotStopGateway() {
    LearnerRecord record = ready().build();
    List<org.apprenticeship.standard.model.Achievement> achievements = new ArrayList<>(record.achievements());
    achievements.remove(2);
    EvaluationPolicy exempt = EvaluationPolicy.builder().addNotApplicableCriteria("maths").build();
    GatewayReport report = gateway(Synthetic.ST0007, record.withAchievements(achievements), AS_OF, exempt);
    assertEquals(CriterionStatus.NOT_APPLICABLE, criterion(report, "maths").status());
    assertEquals("Maths: does not apply to this apprentice, as the evaluation policy says", criterion(report, "maths").reason());
    assertTrue(report.ready());
  }

  @Test
  void minimumDuration_isTwelveMonthsBeforeAugust2025_andEightFromThen_inDaysCountedAsTheIlrCountsThem() {
    // 8 months from 2025-08-01 are 242 days, both ends included: August 31, September 30 (61),
    // October 31 (92), November 30 (122), December 31 (153), January 31 (184), February 28 (212),
    // and 30 days of March (242): met on 2026-03-30, not on 2026-03-29.
    LocalDate start = LocalDate.of(2025, 8, 1);
    LearnerRecord record = ready().startDate(start).plannedEndDate(start.plusMonths(18)).offTheJob(List.of()).evidence(List.of()).build();
    EvaluationPolicy policy = EvaluationPolicy.builder().addPublishedOffTheJobMinimums(PublishedMinimum.of(new BigDecimal("300"))).build();
    CriterionResult notYet = criterion(gateway(Synthetic.ST0007, record, LocalDate.of(2026, 3, 29), policy), "minimum-duration");
    assertEquals(CriterionStatus.NOT_MET, notYet.status());
    assertEquals("Time on programme: 241 days from the start on 2025-08-01 to 2026-03-29, both included; the minimum of 8 months (242 days,"
        + " counted inclusively) for starts from 2025-08-01 (rule minimum-duration-8-months, CONFIRMED: D2, D5) is reached on 2026-03-30",
        notYet.reason());
    CriterionResult met = criterion(gateway(Synthetic.ST0007, record, LocalDate.of(2026, 3, 30), policy), "minimum-duration");
    assertEquals(CriterionStatus.MET, met.status());
    assertEquals(Optional.of("minimum-duration-8-months"), met.rule());
    // 12 months from 2024-09-02 are 365 days: met on 2025-09-01, as a 1 August start meets it on 31 July.
    LearnerRecord earlier = ready().build();
    assertEquals(CriterionStatus.NOT_MET, criterion(gateway(Synthetic.ST0007, earlier, LocalDate.of(2025, 8, 31), EvaluationPolicy.defaults()),
        "minimum-duration").status());
    assertEquals(CriterionStatus.MET, criterion(gateway(Synthetic.ST0007, earlier, LocalDate.of(2025, 9, 1), EvaluationPolicy.defaults()),
        "minimum-duration").status());
  }

  @Test
  void portfolio_onASyntheticStandard_needsTheKsbsOfItsMethod() {
    LearnerRecord record = Synthetic.record()
        .declarations(Declarations.builder().portfolioSubmitted(true).build())
        .addEvidence(Synthetic.accepted("E1", "K1", "K2", "S1", "S2")).build();
    CriterionResult portfolio = criterion(gateway(Synthetic.standard(), record, START.plusMonths(6), EvaluationPolicy.defaults()), "portfolio");
    assertEquals("Portfolio: 1 of the 5 KSBs that discussion assesses are not covered: B1", portfolio.reason());
  }
}

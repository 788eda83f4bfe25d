package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.FundingSets.date;
import static org.apprenticeship.standard.rules.Synthetic.FUNDING;
import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AppliesBy;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.FundingParameters;
import org.apprenticeship.standard.model.FundingRuleKind;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.junit.jupiter.api.Test;

/**
 * English and maths by the funding rules: required of everyone for a gateway (or, before gateway,
 * an as-of date) before 2025-02-11, and from then only of apprentices under 19 on their start
 * date; an achievement always meets the criterion; without a date of birth the rules never assume
 * an age.
 */
class EnglishMathsTest {
  /** Start 2024-09-02; planned end 2026-03-02. */
  private static final LocalDate AS_OF = START.plusMonths(18);

  /** An ST0007 record meeting every criterion but English and maths, which it has not achieved. */
  private static LearnerRecord.Builder withoutEnglishAndMaths() {
    LearnerRecord ready = GatewayTest.ready().build();
    return LearnerRecord.builder().from(ready)
        .achievements(ready.achievements().stream().filter(a -> a.kind() == AchievementKind.DIPLOMA).collect(Collectors.toList()));
  }

  private static GatewayReport gateway(FundingRuleSet funding, LearnerRecord record, LocalDate asOf) {
    return Rules.evaluate(Synthetic.ST0007, funding, record, asOf).value().orElseThrow(() -> new AssertionError("not evaluated")).gateway();
  }

  private static CriterionResult criterion(GatewayReport report, String id) {
    return report.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aged19OrOverAtTheStart_after11February2025_englishAndMathsDoNotApply_andGatewayIsReady() {
    // Born 1990-05-01, started 2024-09-02: 34 years and 4 months old. As of 2026-03-02 (after 2025-02-11).
    GatewayReport report = gateway(FUNDING, withoutEnglishAndMaths().dateOfBirth(date("1990-05-01")).build(), AS_OF);
    CriterionResult english = criterion(report, "english");
    assertEquals(CriterionStatus.NOT_APPLICABLE, english.status());
    assertEquals(CriterionStatus.NOT_APPLICABLE, criterion(report, "maths").status());
    assertEquals("English: not required: the apprentice was 34 on the start date 2024-09-02, and for the as-of date 2026-03-02"
        + " Level 2 English is required only of apprentices under 19 on their start date (rule english-maths-under-19, CONFIRMED: E3, E4)",
        english.reason());
    assertEquals(Optional.of("english-maths-under-19"), english.rule());
    assertTrue(report.ready(), () -> report.blocking().toString());
  }

  @Test
  void underNineteenAtTheStart_theyAreStillRequired() {
    // Born 2006-09-03: the 18th birthday is the day after the start 2024-09-02, so 17 at the start.
    GatewayReport report = gateway(FUNDING, withoutEnglishAndMaths().dateOfBirth(date("2006-09-03")).build(), AS_OF);
    assertEquals(CriterionStatus.NOT_MET, criterion(report, "english").status());
    assertTrue(criterion(report, "maths").reason().contains("required: the apprentice was 17 on the start date 2024-09-02"),
        criterion(report, "maths").reason());
    assertFalse(report.ready());
  }

  @Test
  void aNineteenthBirthdayOnTheStartDay_countsAsNineteen() {
    // Born 2005-09-02: 19 exactly on the start day 2024-09-02. Born a day later: still 18.
    assertEquals(CriterionStatus.NOT_APPLICABLE,
        criterion(gateway(FUNDING, withoutEnglishAndMaths().dateOfBirth(date("2005-09-02")).build(), AS_OF), "english").status());
    assertEquals(CriterionStatus.NOT_MET,
        criterion(gateway(FUNDING, withoutEnglishAndMaths().dateOfBirth(date("2005-09-03")).build(), AS_OF), "english").status());
  }

  @Test
  void aGatewayBefore11February2025_needsThemOfEveryone_theGatewayDateDecides() {
    // A 34-year-old who started 2023-09-04: a gateway on 2025-02-10 falls under the rule for everyone;
    // the same apprentice with a gateway on 2025-02-11 falls under the rule for the under-19s only.
    LearnerRecord record = withoutEnglishAndMaths().dateOfBirth(date("1989-01-01")).startDate(date("2023-09-04"))
        .plannedEndDate(date("2025-03-03")).offTheJob(List.of()).build();
    CriterionResult before = criterion(gateway(FUNDING, record.withEpa(EpaRecord.builder().gatewayDate(date("2025-02-10")).build()),
        date("2025-06-01")), "english");
    assertEquals(CriterionStatus.NOT_MET, before.status());
    assertEquals("English: no Level 2 English recorded; it is required of every apprentice for the gateway on 2025-02-10"
        + " (rule english-maths-for-all, CONFIRMED: E1, E2)", before.reason());
    CriterionResult after = criterion(gateway(FUNDING, record.withEpa(EpaRecord.builder().gatewayDate(date("2025-02-11")).build()),
        date("2025-06-01")), "english");
    assertEquals(CriterionStatus.NOT_APPLICABLE, after.status());
  }

  @Test
  void beforeGateway_theAsOfDateDecides() {
    LearnerRecord record = withoutEnglishAndMaths().dateOfBirth(date("1990-05-01")).build();
    assertEquals(CriterionStatus.NOT_MET, criterion(gateway(FUNDING, record, date("2025-02-10")), "maths").status());
    assertEquals(CriterionStatus.NOT_APPLICABLE, criterion(gateway(FUNDING, record, date("2025-02-11")), "maths").status());
  }

  @Test
  void withoutADateOfBirth_orAnAchievement_itIsNotMet_andTheReasonAsksForTheDateOfBirth() {
    CriterionResult english = criterion(gateway(FUNDING, withoutEnglishAndMaths().build(), AS_OF), "english");
    assertEquals(CriterionStatus.NOT_MET, english.status());
    assertEquals("English: no Level 2 English recorded, and no date of birth: for the as-of date 2026-03-02 Level 2 English is required"
        + " only of apprentices under 19 on their start date (rule english-maths-under-19, CONFIRMED: E3, E4); record dateOfBirth so that"
        + " the age on the start date is known", english.reason());
  }

  @Test
  void anAchievementRecorded_alwaysMeetsIt_whateverTheAge() {
    GatewayReport report = gateway(FUNDING, GatewayTest.ready().dateOfBirth(date("1990-05-01")).build(), AS_OF);
    assertEquals(CriterionStatus.MET, criterion(report, "english").status());
    assertEquals(Optional.empty(), criterion(report, "english").rule());
  }

  @Test
  void aRuleSetOfOnesOwn_withAnotherAge_isApplied_andWithoutARuleTheStandardsCriterionStands() {
    // A provider's rule: required under 25. A 22-year-old needs English; a 30-year-old does not.
    FundingRuleSet under25 = FundingSets.of(FundingSets.rule("english-under-25", FundingRuleKind.ENGLISH_AND_MATHS_UNDER_AGE,
        AppliesBy.EVENT_DATE).parameters(FundingParameters.builder().age(25).build()).build());
    assertEquals(CriterionStatus.NOT_MET,
        criterion(gateway(under25, withoutEnglishAndMaths().dateOfBirth(date("2002-01-01")).build(), AS_OF), "english").status());
    assertEquals(CriterionStatus.NOT_APPLICABLE,
        criterion(gateway(under25, withoutEnglishAndMaths().dateOfBirth(date("1994-01-01")).build(), AS_OF), "english").status());
    FundingRuleSet none = FundingSets.of(FundingSets.sixHoursAWeek());
    CriterionResult standing = criterion(gateway(none, withoutEnglishAndMaths().dateOfBirth(date("1990-05-01")).build(), AS_OF), "english");
    assertEquals(CriterionStatus.NOT_MET, standing.status());
    assertEquals("English: no Level 2 English recorded", standing.reason());
  }

  @Property(tries = 200)
  void anOlderApprentice_neverNeedsMoreThanAYoungerOne(@ForAll @IntRange(min = 5_000, max = 20_000) int olderDays,
      @ForAll @IntRange(min = 0, max = 10_000) int gap, @ForAll @IntRange(min = -400, max = 400) int asOfShift,
      @ForAll boolean withGateway) {
    LocalDate older = START.minusDays(olderDays);
    LocalDate younger = older.plusDays(gap);
    LocalDate asOf = AS_OF.plusDays(asOfShift);
    LearnerRecord.Builder base = withoutEnglishAndMaths().offTheJob(List.of()).evidence(List.of());
    if (withGateway) {
      base.epa(EpaRecord.builder().gatewayDate(START.plusMonths(13)).build());
    }
    if (younger.isBefore(START) && !asOf.isBefore(START.plusMonths(13))) {
      GatewayReport olderReport = gateway(FUNDING, base.dateOfBirth(older).build(), asOf);
      GatewayReport youngerReport = gateway(FUNDING, base.dateOfBirth(younger).build(), asOf);
      for (String id : List.of("english", "maths")) {
        if (criterion(olderReport, id).status() == CriterionStatus.NOT_MET) {
          assertEquals(CriterionStatus.NOT_MET, criterion(youngerReport, id).status(), id + ": born " + older + " and " + younger);
        }
      }
      assertTrue(olderReport.blocking().size() <= youngerReport.blocking().size());
    }
  }
}

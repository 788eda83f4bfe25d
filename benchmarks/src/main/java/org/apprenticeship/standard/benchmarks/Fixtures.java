package org.apprenticeship.standard.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apprenticeship.standard.data.LibraryJson;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.Declarations;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.model.Standard;

/**
 * Deterministic learner records on the bundled ST0007 for the benchmarks, built in code from the
 * standard's own KSB codes, so that every rule does real work: coverage over 45 KSBs with accepted,
 * submitted, draft and rejected evidence; off-the-job hours under the regime for starts before
 * 1 August 2025; every gateway criterion; a graded end-point assessment with a resit, so that the
 * grade cap and the resit window apply.
 *
 * <p>Every record here is valid as of {@link #AS_OF}: it has warnings at most, never errors. The
 * same inputs always give the same records. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Fixtures {
  /** The as-of date of every benchmark, and of the command line run in the README. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);

  /** The learner id in {@linkplain #cohortTemplates(Standard) templates}, replaced line by line. */
  public static final String ID_PLACEHOLDER = "L-TEMPLATE-ID";

  /** The number of evidence items of {@link #sixtyEvidence(Standard)}, as SPEC section 8 asks. */
  public static final int EVIDENCE_ITEMS = 60;

  private static final String[] EVIDENCE_KINDS = {
      "Observation record", "Witness testimony", "Case study", "Supervision record", "Reflective account"};
  private static final String[] TOPICS = {
      "safeguarding", "person-centred care", "leadership and mentoring", "risk management", "communication",
      "dignity and diversity", "health and wellbeing", "professional development"};

  private static final ObjectMapper MAPPER = LibraryJson.newMapper();

  private Fixtures() {}

  /**
   * Returns the record of the evaluation benchmark: an apprentice who started on 2 September 2024,
   * with exactly {@value #EVIDENCE_ITEMS} evidence items each mapped to three KSBs (every KSB four
   * times; one in six items submitted or rejected, a few drafts), 70 weekly off-the-job entries,
   * the diploma, English and maths, every declaration, and an end-point assessment with a failed
   * observation, its resit passed, and a distinction in the professional discussion, so the
   * overall grade is capped.
   *
   * @param st0007 the bundled ST0007; not null
   * @return the record, with learner id {@code L-0000060}; not null
   */
  public static LearnerRecord sixtyEvidence(Standard st0007) {
    return sixtyEvidence(st0007, "L-0000060");
  }

  private static LearnerRecord sixtyEvidence(Standard st0007, String learnerId) {
    LocalDate start = LocalDate.of(2024, 9, 2);
    return base(st0007, learnerId, start, start.plusMonths(18), EVIDENCE_ITEMS, 70)
        .addAchievements(diploma(LocalDate.of(2025, 10, 20)), english(), maths())
        .declarations(Declarations.builder().portfolioSubmitted(true).employerConfirmsReady(true).observationScopeAgreed(true).build())
        .epa(EpaRecord.builder()
            .gatewayDate(LocalDate.of(2025, 11, 3))
            .addResults(
                MethodResult.of("observation", "FAIL", LocalDate.of(2025, 12, 1)),
                MethodResult.of("professional-discussion", "DISTINCTION", LocalDate.of(2025, 12, 10)),
                MethodResult.builder().method("observation").grade("PASS").date(LocalDate.of(2026, 1, 12)).attempt(2).build())
            .build())
        .build();
  }

  /**
   * Returns the templates of the cohort benchmarks, as single-line JSON documents in which the
   * learner id is {@link #ID_PLACEHOLDER}: the {@linkplain #sixtyEvidence(Standard) graded record};
   * an apprentice ready for gateway with 45 accepted items; one halfway through with 25 items, some
   * pending, and English only; and a new starter under the rules from 1 August 2025 with 5 items.
   *
   * @param st0007 the bundled ST0007; not null
   * @return four templates, each valid once its id is filled in; not null
   */
  public static List<String> cohortTemplates(Standard st0007) {
    LocalDate midwayStart = LocalDate.of(2025, 3, 3);
    LocalDate newStart = LocalDate.of(2025, 9, 1);
    List<LearnerRecord> records = List.of(
        sixtyEvidence(st0007, ID_PLACEHOLDER),
        base(st0007, ID_PLACEHOLDER, LocalDate.of(2024, 10, 7), LocalDate.of(2026, 4, 7), 45, 66)
            .addAchievements(diploma(LocalDate.of(2026, 1, 15)), english(), maths())
            .declarations(Declarations.builder().portfolioSubmitted(true).employerConfirmsReady(true).build())
            .build(),
        base(st0007, ID_PLACEHOLDER, midwayStart, midwayStart.plusMonths(18), 25, 40)
            .addAchievement(english())
            .build(),
        base(st0007, ID_PLACEHOLDER, newStart, newStart.plusMonths(18), 5, 10)
            .build());
    List<String> templates = new ArrayList<>();
    for (LearnerRecord record : records) {
      templates.add(json(record));
    }
    return templates;
  }

  /**
   * Writes a record on one line, in the library's JSON format.
   *
   * @param record the record; not null
   * @return the JSON document, without a line end; not null
   */
  public static String json(LearnerRecord record) {
    try {
      return MAPPER.writeValueAsString(Objects.requireNonNull(record, "record"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the record " + record.learnerId(), e);
    }
  }

  /** A record with evidence and weekly off-the-job training from its start; achievements, declarations and EPA left to the caller. */
  private static LearnerRecord.Builder base(Standard st0007, String learnerId, LocalDate start, LocalDate plannedEnd,
      int evidenceItems, int trainingWeeks) {
    LearnerRecord.Builder record = LearnerRecord.builder()
        .learnerId(learnerId)
        .standard(st0007.reference())
        .version(st0007.version())
        .startDate(start)
        .plannedEndDate(plannedEnd)
        .contractedHoursPerWeek(new BigDecimal("37.5"));
    List<String> codes = st0007.ksbCodes();
    LocalDate last = plannedEnd.isBefore(AS_OF) ? plannedEnd : AS_OF;
    long span = ChronoUnit.DAYS.between(start.plusDays(14), last.minusDays(14));
    for (int i = 0; i < evidenceItems; i++) {
      List<String> ksbs = List.of(codes.get(3 * i % codes.size()), codes.get((3 * i + 1) % codes.size()), codes.get((3 * i + 2) % codes.size()));
      record.addEvidence(Evidence.builder()
          .id("E" + (i + 1))
          .title(EVIDENCE_KINDS[i % EVIDENCE_KINDS.length] + ": " + String.join(", ", ksbs))
          .date(start.plusDays(14 + span * i / evidenceItems))
          .ksbs(ksbs)
          .status(statusOf(i))
          .build());
    }
    for (int week = 0; week < trainingWeeks; week++) {
      LocalDate day = start.plusDays(2 + 7L * week);
      if (day.isAfter(AS_OF)) {
        throw new IllegalArgumentException("training in week " + week + " after the as-of date " + AS_OF);
      }
      record.addOffTheJob(OffTheJobEntry.of(day, week % 4 == 3 ? new BigDecimal("7.5") : new BigDecimal("6.0"), "Study day: " + TOPICS[week % TOPICS.length]));
    }
    return record;
  }

  private static EvidenceStatus statusOf(int item) {
    if (item % 30 == 17) {
      return EvidenceStatus.DRAFT;
    }
    switch (item % 12) {
      case 5:
        return EvidenceStatus.SUBMITTED;
      case 11:
        return EvidenceStatus.REJECTED;
      default:
        return EvidenceStatus.ACCEPTED;
    }
  }

  private static Achievement diploma(LocalDate on) {
    return Achievement.builder().kind(AchievementKind.DIPLOMA).title("Level 4 Diploma in Adult Care (England)").level(4).achievedOn(on).build();
  }

  private static Achievement english() {
    return Achievement.builder().kind(AchievementKind.ENGLISH).title("Functional Skills English").level(2)
        .achievedOn(LocalDate.of(2019, 6, 1)).build();
  }

  private static Achievement maths() {
    return Achievement.builder().kind(AchievementKind.MATHS).title("GCSE Mathematics").level(2).achievedOn(LocalDate.of(2019, 6, 14)).build();
  }
}

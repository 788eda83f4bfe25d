package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.FundingSets.decimal;
import static org.apprenticeship.standard.rules.Synthetic.FUNDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.OffTheJobEntry;

/** Invariants of the funding rules over generated records. */
class FundingPropertiesTest {
  private static final Pattern DAYS = Pattern.compile("^Time on programme: (\\d+) days");
  private static final EvaluationPolicy POLICY = EvaluationPolicy.builder()
      .addPublishedOffTheJobMinimums(PublishedMinimum.of(decimal("300"))).build();

  private static Evaluation evaluate(LearnerRecord record, LocalDate asOf) {
    return Rules.evaluate(Synthetic.standard(), FUNDING, record, asOf, POLICY).value()
        .orElseThrow(() -> new AssertionError("not evaluated: " + record));
  }

  private static CriterionResult duration(Evaluation evaluation) {
    return evaluation.gateway().criteria().stream().filter(c -> c.id().equals("minimum-duration")).findFirst().orElseThrow();
  }

  private static long daysOnProgramme(Evaluation evaluation) {
    Matcher matcher = DAYS.matcher(duration(evaluation).reason());
    assertTrue(matcher.find(), duration(evaluation).reason());
    return Long.parseLong(matcher.group(1));
  }

  @Property(tries = 300)
  void aLongerBreak_neverRaisesTheOffTheJobMinimum_orTheTimeOnProgramme(
      @ForAll @IntRange(min = 0, max = 4000) int startOffset, @ForAll @IntRange(min = 450, max = 900) int planDays,
      @ForAll @IntRange(min = 0, max = 300) int breakStart, @ForAll @IntRange(min = 1, max = 60) int breakDays,
      @ForAll @IntRange(min = 1, max = 60) int longer, @ForAll @IntRange(min = 0, max = 1200) int asOfOffset,
      @ForAll @IntRange(min = 1000, max = 4500) int hundredthsOfHours) {
    LocalDate start = LocalDate.of(2018, 1, 1).plusDays(startOffset);
    LearnerRecord record = Synthetic.record().startDate(start).plannedEndDate(start.plusDays(planDays))
        .contractedHoursPerWeek(java.math.BigDecimal.valueOf(hundredthsOfHours, 2)).build();
    // The break, even lengthened (at most 300 + 60 + 60 days in), ends before the planned end (450 days or more).
    LocalDate from = start.plusDays(breakStart);
    LearnerRecord shorter = record.withBreaks(BreakInLearning.of(from, from.plusDays(breakDays - 1)));
    LearnerRecord longerBreak = record.withBreaks(BreakInLearning.of(from, from.plusDays(breakDays - 1 + longer)));
    LocalDate asOf = start.plusDays(asOfOffset);
    Evaluation a = evaluate(shorter, asOf);
    Evaluation b = evaluate(longerBreak, asOf);
    a.offTheJob().minimumHours().ifPresent(min -> assertTrue(b.offTheJob().minimumHours().orElseThrow().compareTo(min) <= 0,
        min + " then " + b.offTheJob().minimumHours()));
    assertTrue(daysOnProgramme(b) <= daysOnProgramme(a), daysOnProgramme(a) + " then " + daysOnProgramme(b));
    if (duration(b).status() == CriterionStatus.MET) {
      assertEquals(CriterionStatus.MET, duration(a).status());
    }
  }

  @Property(tries = 200)
  void hoursAfterTheGateway_neverChangeTheResult(@ForAll("withGateway") LearnerRecord record, @ForAll @IntRange(min = 1, max = 8) int entries) {
    LocalDate gateway = record.epa().orElseThrow().gatewayDate().orElseThrow();
    Set<LocalDate> taken = new HashSet<>();
    record.offTheJob().forEach(e -> taken.add(e.date()));
    LearnerRecord.Builder more = LearnerRecord.builder().from(record);
    for (int i = 1; i <= entries; i++) {
      LocalDate day = gateway.plusDays(i * 9L);
      if (!day.isAfter(Records.AS_OF)) {
        more.addOffTheJob(OffTheJobEntry.of(day, decimal(taken.contains(day) ? "1" : "7.5"), "After the gateway"));
      }
    }
    Evaluation before = Rules.evaluate(Synthetic.ST0007, FUNDING, record, Records.AS_OF).value().orElseThrow();
    Evaluation after = Rules.evaluate(Synthetic.ST0007, FUNDING, more.build(), Records.AS_OF).value().orElseThrow();
    assertEquals(before.gateway(), after.gateway());
    assertEquals(before.grade(), after.grade());
    assertEquals(before.coverage(), after.coverage());
    assertEquals(before.offTheJob().withHoursAfterGateway(after.offTheJob().hoursAfterGateway()), after.offTheJob());
  }

  @Property(tries = 100)
  void theSameRulesReadFromTheirJson_giveTheSameEvaluation(@ForAll("records") LearnerRecord record) {
    FundingRuleSet reread = FundingRules.read(new ByteArrayInputStream(FundingRules.toJson(FUNDING).getBytes(StandardCharsets.UTF_8)));
    assertEquals(FUNDING, reread);
    assertEquals(Rules.evaluate(Synthetic.ST0007, FUNDING, record, Records.AS_OF).value(),
        Rules.evaluate(Synthetic.ST0007, reread, record, Records.AS_OF).value());
  }

  @Provide
  Arbitrary<LearnerRecord> withGateway() {
    return Records.st0007().filter(r -> r.epa().flatMap(e -> e.gatewayDate()).isPresent());
  }

  @Provide
  Arbitrary<LearnerRecord> records() {
    return Records.st0007();
  }
}

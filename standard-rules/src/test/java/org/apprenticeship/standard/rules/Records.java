package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.Synthetic.START;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.Declarations;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.OffTheJobEntry;

/** Generators of valid ST0007 learner records, as of {@link #AS_OF}. */
final class Records {
  static final LocalDate AS_OF = START.plusMonths(22);
  private static final int DAYS = (int) java.time.temporal.ChronoUnit.DAYS.between(START, AS_OF);

  private Records() {}

  static Arbitrary<LearnerRecord> st0007() {
    Arbitrary<List<Evidence>> evidence = Combinators.combine(
            Arbitraries.of(Synthetic.ST0007.ksbCodes()).list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
            Arbitraries.of(EvidenceStatus.class), Arbitraries.integers().between(0, DAYS))
        .as((codes, status, day) -> Evidence.builder().id("E").title("Evidence").date(START.plusDays(day)).ksbs(codes).status(status).build())
        .list().ofMaxSize(60).map(Records::numbered);
    Arbitrary<List<OffTheJobEntry>> otj = Combinators.combine(Arbitraries.integers().between(0, DAYS), Arbitraries.integers().between(1, 32))
        .as((day, quarters) -> OffTheJobEntry.of(START.plusDays(day), BigDecimal.valueOf(quarters * 25L, 2), "Training"))
        .list().ofMaxSize(40).uniqueElements(OffTheJobEntry::date);
    Arbitrary<List<Achievement>> achievements = Combinators.combine(Arbitraries.of(AchievementKind.DIPLOMA, AchievementKind.ENGLISH, AchievementKind.MATHS),
            Arbitraries.integers().between(1, 5), Arbitraries.integers().between(-900, DAYS))
        .as((kind, level, day) -> Achievement.builder().kind(kind).level(level).achievedOn(START.plusDays(day))
            .title(kind == AchievementKind.DIPLOMA ? "Level " + level + " Diploma in Adult Care" : "").build())
        .map(a -> a.title().filter(String::isEmpty).isPresent() ? a.withTitle(java.util.Optional.empty()) : a)
        .list().ofMaxSize(4);
    Arbitrary<Declarations> declarations = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((p, e, o) -> Declarations.builder().portfolioSubmitted(p).employerConfirmsReady(e).observationScopeAgreed(o).build());
    return Combinators.combine(evidence, otj, achievements, declarations, epa(), Arbitraries.integers().between(12, 24),
            Arbitraries.integers().between(16, 45))
        .as((ev, entries, ach, decl, epa, months, hours) -> Synthetic.st0007Record()
            .plannedEndDate(START.plusMonths(months)).contractedHoursPerWeek(BigDecimal.valueOf(hours))
            .evidence(ev).offTheJob(entries).achievements(ach).declarations(decl).epa(epa).build());
  }

  /** Valid EPA records: gateway in the last months, results for the plan's methods after it, attempts in date order. */
  static Arbitrary<java.util.Optional<EpaRecord>> epa() {
    List<AssessmentMethod> methods = Synthetic.ST0007.assessmentPlan().orElseThrow().methods();
    LocalDate gateway = AS_OF.minusMonths(3);
    Arbitrary<List<MethodResult>> results = Combinators.combine(
            Arbitraries.of(methods.get(0).grades()).list().ofMaxSize(2), Arbitraries.of(methods.get(1).grades()).list().ofMaxSize(2))
        .as((observation, discussion) -> {
          List<MethodResult> list = new ArrayList<>();
          for (int i = 0; i < observation.size(); i++) {
            list.add(MethodResult.builder().method("observation").grade(observation.get(i)).date(gateway.plusWeeks(5 + i)).attempt(i + 1).build());
          }
          for (int i = 0; i < discussion.size(); i++) {
            list.add(MethodResult.builder().method("professional-discussion").grade(discussion.get(i)).date(gateway.plusWeeks(5 + i)).attempt(i + 1).build());
          }
          return list;
        });
    return Combinators.combine(results, Arbitraries.of(true, false))
        .as((list, exceptional) -> EpaRecord.builder().gatewayDate(gateway).results(list).exceptionalCircumstances(exceptional).build())
        .optional();
  }

  private static List<Evidence> numbered(List<Evidence> evidence) {
    List<Evidence> numbered = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      numbered.add(evidence.get(i).withId("E" + i));
    }
    return numbered;
  }
}

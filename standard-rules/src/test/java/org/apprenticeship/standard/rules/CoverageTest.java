package org.apprenticeship.standard.rules;

import static org.apprenticeship.standard.rules.Synthetic.START;
import static org.apprenticeship.standard.rules.Synthetic.accepted;
import static org.apprenticeship.standard.rules.Synthetic.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private static CoverageReport coverage(Standard standard, LearnerRecord record, LocalDate asOf, EvaluationPolicy policy) {
    return Rules.evaluate(standard, Synthetic.FUNDING, record, asOf, policy).value().orElseThrow().coverage();
  }

  private static CoverageReport coverage(LearnerRecord record, LocalDate asOf) {
    return coverage(Synthetic.standard(), record, asOf, EvaluationPolicy.defaults());
  }

  @Test
  void acceptedEvidenceCovers_submittedIsPending_draftsAndRejectionsCountForNothing() {
    LocalDate day = START.plusMonths(1);
    LearnerRecord record = Synthetic.record().addEvidence(
        accepted("E1", "K1", "S1"),
        evidence("E2", EvidenceStatus.SUBMITTED, day, "K2", "S1"),
        evidence("E3", EvidenceStatus.DRAFT, day, "S2"),
        evidence("E4", EvidenceStatus.REJECTED, day, "B1")).build();
    CoverageReport report = coverage(record, START.plusMonths(6));
    assertEquals(List.of("K1 COVERED 1 0", "K2 IN_PROGRESS 0 1", "S1 COVERED 1 1", "S2 NOT_STARTED 0 0", "B1 NOT_STARTED 0 0"),
        report.ksbs().stream().map(k -> k.code() + " " + k.status() + " " + k.accepted() + " " + k.pending()).collect(Collectors.toList()));
    assertEquals(List.of("E1"), report.ksbs().get(2).acceptedEvidence());
    assertEquals(List.of("E2"), report.ksbs().get(2).pendingEvidence());
    assertEquals(List.of("K2", "S2", "B1"), report.uncovered());
    assertEquals(2, report.covered());
    assertEquals(40.0, report.percent());
  }

  @Test
  void totals_arePerTypeAndPerMethod() {
    LearnerRecord record = Synthetic.record().addEvidence(accepted("E1", "K1", "S1", "B1")).build();
    CoverageReport report = coverage(record, START.plusMonths(6));
    assertEquals(List.of("KNOWLEDGE 1/2", "SKILL 1/2", "BEHAVIOUR 1/1"),
        report.types().stream().map(t -> t.type().orElseThrow() + " " + t.covered() + "/" + t.total()).collect(Collectors.toList()));
    assertEquals(List.of("observation 2/3", "discussion 3/5"),
        report.methods().stream().map(m -> m.method().orElseThrow() + " " + m.covered() + "/" + m.total()).collect(Collectors.toList()));
  }

  @Test
  void theMinimumOfAcceptedItems_isAPolicy() {
    LearnerRecord record = Synthetic.record().addEvidence(accepted("E1", "K1"), accepted("E2", "K1", "K2")).build();
    EvaluationPolicy two = EvaluationPolicy.builder().minimumAcceptedEvidence(2).build();
    CoverageReport report = coverage(Synthetic.standard(), record, START.plusMonths(6), two);
    assertEquals(KsbStatus.COVERED, report.ksbs().get(0).status());
    assertEquals(KsbStatus.IN_PROGRESS, report.ksbs().get(1).status());
    assertEquals(2, report.minimumAccepted());
  }

  @Test
  void evidenceDatedAfterTheAsOfDate_isNotCounted_andEachKsbCountsOncePerPieceOfEvidence() {
    LearnerRecord record = Synthetic.record().addEvidence(
        evidence("E1", EvidenceStatus.ACCEPTED, START.plusMonths(7), "K1"),
        accepted("E2", "K2", "K2")).build();
    var result = Rules.evaluate(Synthetic.standard(), Synthetic.FUNDING, record, START.plusMonths(6));
    CoverageReport report = result.value().orElseThrow().coverage();
    assertEquals(KsbStatus.NOT_STARTED, report.ksbs().get(0).status());
    assertEquals(1, report.ksbs().get(1).accepted());
    assertEquals(List.of("EVIDENCE_04 $.evidence[0].date", "EVIDENCE_03 $.evidence[1].ksbs[1]"),
        result.findings().stream().filter(f -> f.code().name().startsWith("EVIDENCE_")).map(f -> f.code() + " " + f.path())
            .collect(Collectors.toList()));
  }

  @Test
  void expectedPercent_isTheElapsedShareOfThePlannedDuration_andSetsTheRag() {
    LearnerRecord record = Synthetic.record().startDate(LocalDate.of(2024, 1, 1)).plannedEndDate(LocalDate.of(2024, 1, 1).plusDays(100))
        .addEvidence(evidence("E1", EvidenceStatus.ACCEPTED, LocalDate.of(2024, 1, 1), "K1", "K2")).build();
    assertEquals(40.0, coverage(record, LocalDate.of(2024, 1, 1)).percent());
    CoverageReport green = coverage(record, LocalDate.of(2024, 1, 1).plusDays(40));
    assertEquals(40.0, green.expectedPercent());
    assertEquals(Rag.GREEN, green.rag());
    CoverageReport amber = coverage(record, LocalDate.of(2024, 1, 1).plusDays(50));
    assertEquals(Rag.AMBER, amber.rag());
    CoverageReport edge = coverage(record, LocalDate.of(2024, 1, 1).plusDays(50));
    assertEquals(50.0, edge.expectedPercent());
    assertEquals(Rag.RED, coverage(record, LocalDate.of(2024, 1, 1).plusDays(51)).rag());
    assertEquals(100.0, coverage(record, LocalDate.of(2025, 1, 1)).expectedPercent());
    assertEquals(0.0, coverage(record, LocalDate.of(2023, 12, 1)).expectedPercent());
  }

  @Test
  void st0007_fullyEvidenced_isFullyCovered() {
    LearnerRecord record = Synthetic.st0007Record().evidence(Synthetic.covering(Synthetic.ST0007)).build();
    CoverageReport report = coverage(Synthetic.ST0007, record, START.plusMonths(9), EvaluationPolicy.defaults());
    assertEquals(100.0, report.percent());
    assertEquals(List.of(), report.uncovered());
    assertEquals(List.of("observation 32/32", "professional-discussion 45/45"),
        report.methods().stream().map(m -> m.method().orElseThrow() + " " + m.covered() + "/" + m.total()).collect(Collectors.toList()));
    assertEquals(13, report.types().stream().filter(t -> t.type().orElseThrow() == KsbType.KNOWLEDGE).findFirst().orElseThrow().total());
  }

  @Property(tries = 300)
  void addingAcceptedEvidence_neverLowersCoverage(@ForAll("pieces") List<Evidence> evidence, @ForAll("pieces") List<Evidence> more) {
    LearnerRecord before = Synthetic.st0007Record().evidence(evidence).build();
    List<Evidence> all = new ArrayList<>(evidence);
    for (int i = 0; i < more.size(); i++) {
      all.add(more.get(i).withId("X" + i).withStatus(EvidenceStatus.ACCEPTED));
    }
    LearnerRecord after = before.withEvidence(all);
    LocalDate asOf = START.plusMonths(12);
    CoverageReport a = coverage(Synthetic.ST0007, before, asOf, EvaluationPolicy.defaults());
    CoverageReport b = coverage(Synthetic.ST0007, after, asOf, EvaluationPolicy.defaults());
    assertTrue(b.percent() >= a.percent(), a.percent() + " then " + b.percent());
    assertTrue(a.uncovered().containsAll(b.uncovered()));
    for (int i = 0; i < a.ksbs().size(); i++) {
      assertTrue(b.ksbs().get(i).accepted() >= a.ksbs().get(i).accepted());
    }
  }

  @Property(tries = 200)
  void coverage_isTheSameEveryTime_forTheSameInput(@ForAll("pieces") List<Evidence> evidence) {
    LearnerRecord record = Synthetic.st0007Record().evidence(evidence).build();
    LocalDate asOf = START.plusMonths(10);
    assertEquals(coverage(Synthetic.ST0007, record, asOf, EvaluationPolicy.defaults()),
        coverage(Synthetic.ST0007, record, asOf, EvaluationPolicy.defaults()));
  }

  @Property(tries = 100)
  void coverage_isTheSame_whenAnotherStandardWasEvaluatedBetween(@ForAll("pieces") List<Evidence> evidence) {
    // The rules keep what they work out about a standard for the standard last used: another one replaces it.
    LearnerRecord record = Synthetic.st0007Record().evidence(evidence).build();
    LocalDate asOf = START.plusMonths(10);
    CoverageReport first = coverage(Synthetic.ST0007, record, asOf, EvaluationPolicy.defaults());
    Rules.evaluate(Synthetic.standard(), Synthetic.FUNDING, Synthetic.record().evidence(Synthetic.covering(Synthetic.standard())).build(),
        asOf, EvaluationPolicy.defaults());
    assertEquals(first, coverage(Synthetic.ST0007, record, asOf, EvaluationPolicy.defaults()));
  }

  @Provide
  Arbitrary<List<Evidence>> pieces() {
    Arbitrary<String> code = Arbitraries.of(Synthetic.ST0007.ksbCodes());
    Arbitrary<Evidence> one = Combinators.combine(code.list().ofMinSize(1).ofMaxSize(5).uniqueElements(), Arbitraries.of(EvidenceStatus.class),
            Arbitraries.integers().between(0, 360))
        .as((codes, status, day) -> evidence("E", status, START.plusDays(day), codes.toArray(String[]::new)));
    return one.list().ofMaxSize(30).map(list -> {
      List<Evidence> numbered = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        numbered.add(list.get(i).withId("E" + i));
      }
      return numbered;
    });
  }
}
